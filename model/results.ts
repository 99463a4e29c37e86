// Reading values out of a RunResult without copying.
import { canonicalName } from './names'
import type { RunResult } from './simulation'

/** The saved values of one output, as a view into the result's buffer. */
export function series(result: RunResult, name: string): Float64Array {
  const index = outputIndex(result, name)
  const count = result.times.length
  return result.values.subarray(index * count, (index + 1) * count)
}

/** The value of one output at the saved time nearest to `time`. */
export function valueAt(result: RunResult, name: string, time: number): number {
  const values = series(result, name)
  let nearest = 0
  for (let i = 1; i < result.times.length; i++) {
    if (Math.abs(result.times[i] - time) < Math.abs(result.times[nearest] - time)) nearest = i
  }
  return values[nearest]
}

export function outputIndex(result: RunResult, name: string): number {
  const wanted = canonicalName(name)
  const index = result.names.findIndex((n) => canonicalName(n) === wanted)
  if (index < 0) throw new Error(`no output named '${name}'`)
  return index
}
