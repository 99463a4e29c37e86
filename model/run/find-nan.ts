// A NaN in the results means an equation produced an undefined number (0/0, LN of a negative...).
// Reporting the first variable and time it appeared saves the user a search through every column.
import { ModelError } from '../errors'
import type { RunResult } from '../simulation'

/** Called only when the run's NaN probe says a saved value may be NaN (see compile/driver-source.ts). */
export function failOnNaN(result: RunResult, file?: string): void {
  const count = result.times.length
  let first: { name: string; time: number; index: number } | undefined
  for (let v = 0; v < result.names.length; v++) {
    const limit = first ? first.index : count
    for (let t = 0; t < limit; t++) {
      if (Number.isNaN(result.values[v * count + t])) {
        first = { name: result.names[v], time: result.times[t], index: t }
        break
      }
    }
  }
  if (first) {
    throw new ModelError({
      file,
      variable: first.name,
      message: `value is NaN (not a number) at time ${first.time}: check for 0/0, LN or SQRT of a negative number, or a NaN input`,
    })
  }
}
