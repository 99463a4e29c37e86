// CSV text (RFC 4180 quoting) for a chart's data or a table, readable by Excel and by the same
// tools that read the CLI's output.
import type { ChartTable } from '../charts/chart-table'

function field(value: string | number): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [columns.map(field).join(',')]
  for (const row of rows) lines.push(row.map(field).join(','))
  return `${lines.join('\r\n')}\r\n`
}

export function tableToCsv(table: ChartTable): string {
  return toCsv(table.columns, table.rows)
}

/**
 * The CSV with notes below the table, after an empty line, one per row: where the numbers come
 * from (area, edited baseline parameters with sourced and edited value, scenarios, model). Below,
 * not above, so the header stays the first line for any tool that reads the table.
 */
export function withNotes(csv: string, notes: readonly string[]): string {
  const written = notes.filter((note) => note.trim())
  if (!written.length) return csv
  return `${csv}\r\n${written.map((note) => field(note)).join('\r\n')}\r\n`
}
