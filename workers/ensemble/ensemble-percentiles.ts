// An ensemble's runs reduced to percentiles, time by time: the 10th, 50th and 90th for the CLI's
// CSV and the bands, the 25th and 75th as well for the fan charts' inner band.
import { percentilesByCell } from '../uncertainty/percentiles'
import type { EnsembleRuns } from './ensemble-runs'

export const FAN_PERCENTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const

export interface EnsemblePercentiles {
  times: Float64Array
  outputNames: string[]
  probabilities: readonly number[]
  /** One array per probability, `outputNames.length` x `times.length`, output by output. */
  values: Float64Array[]
}

export function ensemblePercentiles(
  runs: Pick<EnsembleRuns, 'times' | 'outputNames' | 'values' | 'from' | 'to'>,
  probabilities: readonly number[] = FAN_PERCENTILES,
): EnsemblePercentiles {
  return {
    times: runs.times,
    outputNames: runs.outputNames,
    probabilities,
    values: percentilesByCell(runs.values, runs.to - runs.from, probabilities),
  }
}
