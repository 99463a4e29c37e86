// The numbers behind a chart, as rows: what the "show data" table displays and the CSV export
// writes. Keeping one shape for both means the table a screen-reader user hears and the file an
// analyst downloads are the same numbers as the lines on screen.

export interface ChartTable {
  /** Column headings without units (the figure carries them); the first is the time column. */
  columns: string[]
  rows: number[][]
}

/** Rows at whole years only, for a table a person can read; the CSV keeps every saved time. */
export function yearlyRows(table: ChartTable): number[][] {
  return table.rows.filter((row) => Math.abs(row[0] - Math.round(row[0])) < 1e-6)
}
