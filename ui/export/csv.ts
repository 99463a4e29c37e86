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
