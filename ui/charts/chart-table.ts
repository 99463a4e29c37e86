// The numbers behind a chart, as rows: what the "show data" table displays and the CSV export
// writes. Keeping one shape for both means the table a screen-reader user hears and the file an
// analyst downloads are the same numbers as the lines on screen.
import { columnOptions, formatValue } from '../format/numbers'
import type { Quantity } from '../format/quantity'

export interface ChartTable {
  /** Column headings without units (the figure carries them); the first is the time column. */
  columns: string[]
  rows: number[][]
}

/**
 * Rows at whole years only, for a table a person can read; the CSV keeps every saved time. A table
 * that is yearly already (financial years end on 1 April) keeps all its rows.
 */
export function yearlyRows(table: ChartTable): number[][] {
  const whole = table.rows.filter((row) => Math.abs(row[0] - Math.round(row[0])) < 1e-6)
  return whole.length ? whole : table.rows
}

/**
 * The yearly rows as text: the year, then each value in its column's one unit and precision
 * (what "Show data" and a slide's notes show).
 */
export function readableYearlyRows(table: ChartTable, quantity: Quantity): string[][] {
  const rows = yearlyRows(table)
  const options = table.columns.slice(1).map((_, c) =>
    columnOptions(
      rows.map((row) => row[c + 1]),
      quantity,
    ),
  )
  return rows.map((row) => [
    String(Math.round(row[0])),
    ...row.slice(1).map((v, c) => formatValue(v, quantity, options[c])),
  ])
}
