// Results as CSV: a `time` column, then one column per output, one row per saved time.
import type { RunResult } from '../model/simulation'

export function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Numbers are written in the shortest form that reads back to the same double. */
export function resultToCsv(result: RunResult): string {
  const count = result.times.length
  const lines = [['time', ...result.names].map(csvField).join(',')]
  for (let t = 0; t < count; t++) {
    const row = [String(result.times[t])]
    for (let v = 0; v < result.names.length; v++) row.push(String(result.values[v * count + t]))
    lines.push(row.join(','))
  }
  return `${lines.join('\n')}\n`
}
