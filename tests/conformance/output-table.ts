// One shape for every set of results the conformance test compares: a canonical output file from
// Stella or Vensim, or a run of this engine.
import type { RunResult } from '../../model/simulation'

export interface OutputTable {
  /** Column names as written, without the time column. */
  names: string[]
  times: number[]
  /** One array per name, one value per time. */
  columns: number[][]
}

export function tableFromRun(result: RunResult): OutputTable {
  const count = result.times.length
  return {
    names: [...result.names],
    times: Array.from(result.times),
    columns: result.names.map((_, v) => Array.from(result.values.subarray(v * count, (v + 1) * count))),
  }
}
