// CSV text (RFC 4180 quoting) for a chart's data or a table, readable by Excel and by the same
// tools that read the CLI's output. A chart's CSV comes two ways: for reading (months as ISO
// year-months, values rounded to what they can mean, shares in percent, units in the headings)
// and raw (every saved time and every digit, in the model's own units) for checking and reuse.
import { csvText } from '../../model/csv-cell'
import type { Figure } from '../charts/figure'
import { csvDecimals, csvNumber } from '../format/csv-values'
import { unitsLabel } from '../format/quantity'
import { isoMonth } from '../format/time'

/** A number as it is, an empty cell for a missing one, text made safe for a spreadsheet. */
function field(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  return csvText(value)
}

export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [columns.map(field).join(',')]
  for (const row of rows) lines.push(row.map(field).join(','))
  return `${lines.join('\r\n')}\r\n`
}

function headed(label: string, units: string): string {
  return units ? `${label} (${units})` : label
}

/** The chart's numbers for reading: one row a saved month, dated `2024-02`, values rounded. */
export function figureCsv(figure: Figure): string {
  const { columns, rows } = figure.table
  const units = unitsLabel(figure.quantity)
  const decimals = columns.slice(1).map((_, c) => {
    let maxAbs = 0
    for (const row of rows) if (Number.isFinite(row[c + 1])) maxAbs = Math.max(maxAbs, Math.abs(row[c + 1]))
    return csvDecimals(maxAbs, figure.quantity)
  })
  return toCsv(
    ['Month', ...columns.slice(1).map((c) => headed(c, units))],
    rows.map((row) => [
      isoMonth(row[0]),
      ...row.slice(1).map((v, c) => csvNumber(v, figure.quantity, decimals[c])),
    ]),
  )
}

/** The chart's numbers as the model gave them: decimal years and every digit, in model units. */
export function figureRawCsv(figure: Figure): string {
  const { columns, rows } = figure.table
  return toCsv(
    ['Month', 'Year (decimal)', ...columns.slice(1).map((c) => headed(c, figure.modelUnits))],
    rows.map((row) => [isoMonth(row[0]), row[0], ...row.slice(1)]),
  )
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
