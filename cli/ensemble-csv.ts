// The ensemble's CSV: `time`, then for each output `NAME p10`, `NAME p50`, `NAME p90`, one row per
// saved time; numbers in the shortest form that reads back to the same double (as `run` writes).
import { csvText as csvField } from '../model/csv-cell'

export interface PercentileColumns {
  times: ArrayLike<number>
  outputNames: readonly string[]
  /** The 10th, 50th and 90th percentiles, each `outputNames.length` x `times.length`, output by output. */
  p10: ArrayLike<number>
  p50: ArrayLike<number>
  p90: ArrayLike<number>
}

export const ENSEMBLE_PERCENTILES = [0.1, 0.5, 0.9] as const

export function ensembleCsv({ times, outputNames, p10, p50, p90 }: PercentileColumns): string {
  const count = times.length
  const header = ['time', ...outputNames.flatMap((name) => [`${name} p10`, `${name} p50`, `${name} p90`])]
  const lines = [header.map(csvField).join(',')]
  for (let t = 0; t < count; t++) {
    const row = [String(times[t])]
    for (let o = 0; o < outputNames.length; o++) {
      const cell = o * count + t
      row.push(String(p10[cell]), String(p50[cell]), String(p90[cell]))
    }
    lines.push(row.join(','))
  }
  return `${lines.join('\n')}\n`
}
