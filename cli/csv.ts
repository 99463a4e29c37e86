// Results as CSV: a `time` column, then one column per output, one row per saved time. Written in
// pieces as it goes, so a run of millions of rows never becomes one string in memory.
import { csvText } from '../model/csv-cell'
import type { RunResult } from '../model/simulation'

/** Rows are gathered into pieces of about this many characters before each write. */
const PIECE = 1 << 16

/**
 * Numbers are written in the shortest form that reads back to the same double. Each piece waits
 * for the writer (see cli/main.ts), so a slow reader holds back the CSV rather than filling memory.
 */
export async function writeCsv(
  result: RunResult,
  write: (text: string) => void | Promise<void>,
): Promise<void> {
  const count = result.times.length
  const columns = result.names.length
  const { values, times } = result
  await write(`${['time', ...result.names].map(csvText).join(',')}\n`)
  let piece = ''
  for (let t = 0; t < count; t++) {
    let row = String(times[t])
    for (let v = 0; v < columns; v++) row += `,${values[v * count + t]}`
    piece += `${row}\n`
    if (piece.length >= PIECE) {
      await write(piece)
      piece = ''
    }
  }
  if (piece) await write(piece)
}
