// Reads a canonical output file of the SDXorg suite (output.csv or output.tab) into an OutputTable.
//
// The files come from several tools and years, and differ in ways that must not matter:
//  - comma- or tab-separated; CR, CRLF or LF line ends; a UTF-8 byte-order mark or none;
//  - headers quoted or not (`"Heat Loss to Room"`), with `""` for a quote inside quotes;
//  - time running down the rows (the usual) or across the columns (some Vensim exports);
//  - Vensim prints a constant only in the first row and leaves the rest of its column blank: the
//    first value is carried down, as the tools that compare against these files do.
// Times are printed to about six significant digits; matching them is the comparison's job.
import { canonicalName } from '../../model/names'
import type { OutputTable } from './output-table'

export function readCanonicalOutput(text: string): OutputTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const firstLine = body.split(/\r\n|\r|\n/, 1)[0]
  const delimiter = firstLine.includes('\t') ? '\t' : ','
  let rows = splitRows(body, delimiter).filter((row) => row.some((cell) => cell.trim() !== ''))
  if (rows.length === 0) throw new Error('the output file is empty')
  if (timeRunsAcross(rows)) rows = transpose(rows)

  const header = rows[0].map((cell) => cell.trim())
  const timeIndex = Math.max(
    0,
    header.findIndex((name) => canonicalName(name) === 'time'),
  )
  const data = rows.slice(1).filter((row) => Number.isFinite(parseValue(row[timeIndex])))
  const table: OutputTable = { names: [], times: data.map((row) => parseValue(row[timeIndex])), columns: [] }
  const seen = new Set<string>()
  header.forEach((name, column) => {
    if (column === timeIndex || name === '' || seen.has(name)) return
    seen.add(name)
    const cells = data.map((row) => row[column] ?? '')
    const values = cells.map(parseValue)
    const printedOnce =
      cells.length > 1 && cells[0].trim() !== '' && cells.slice(1).every((cell) => cell.trim() === '')
    table.names.push(name)
    table.columns.push(printedOnce ? values.map(() => values[0]) : values)
  })
  return table
}

/** Rows of fields; quoted fields may hold delimiters, line ends and doubled quotes. */
function splitRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char !== '"') field += char
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (char === '"' && field.trim() === '') {
      quoted = true
      field = ''
    } else if (char === delimiter) {
      row.push(field)
      field = ''
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

/** Time across: the header holds numbers after its first cell, and the first column holds names. */
function timeRunsAcross(rows: string[][]): boolean {
  const header = rows[0]
  const numericHeader =
    header.length > 2 &&
    header.slice(1).every((cell) => cell.trim() === '' || Number.isFinite(parseValue(cell)))
  const namesDown = rows.slice(1).some((row) => row[0] !== undefined && !Number.isFinite(parseValue(row[0])))
  return numericHeader && namesDown
}

function transpose(rows: string[][]): string[][] {
  const width = Math.max(...rows.map((row) => row.length))
  return Array.from({ length: width }, (_, column) => rows.map((row) => row[column] ?? ''))
}

const SPECIAL_VALUES = new Map<string, number>([
  ['nan', Number.NaN],
  ['na', Number.NaN],
  [':na:', Number.NaN],
  ['inf', Number.POSITIVE_INFINITY],
  ['+inf', Number.POSITIVE_INFINITY],
  ['infinity', Number.POSITIVE_INFINITY],
  ['-inf', Number.NEGATIVE_INFINITY],
  ['-infinity', Number.NEGATIVE_INFINITY],
])

/** A printed value; NaN for blanks and anything unreadable. */
export function parseValue(cell: string | undefined): number {
  const text = (cell ?? '').trim()
  if (text === '') return Number.NaN
  const special = SPECIAL_VALUES.get(text.toLowerCase())
  if (special !== undefined) return special
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : Number.NaN
}
