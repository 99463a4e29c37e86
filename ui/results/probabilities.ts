// Probability statements from an ensemble, for a board: how likely a scenario is to cost less than
// the baseline over 5 or 10 years (discounted), to keep occupancy at or below 92% through a year,
// or to beat another scenario on an outcome. Every run of a scenario is set against the run of the
// baseline (or the other scenario) with the same parameter draws, so chance in the parameters
// cancels out and only the policy's effect is compared. A run that gave no number is left out.
import { type AppraisalOptions, presentSavingWithin } from '../../model/care/appraisal'
import { APPRAISAL_OUTPUTS } from '../../model/care/appraisal-outputs'
import type { PercentileBands } from './percentile-bands'

export interface Probability {
  /** The share of runs for which the statement holds, 0 to 1. */
  probability: number
  /** Runs counted (those with a number). */
  runs: number
}

function share(holds: (run: number) => boolean | undefined, runs: number): Probability | undefined {
  let yes = 0
  let counted = 0
  for (let r = 0; r < runs; r++) {
    const answer = holds(r)
    if (answer === undefined) continue
    counted++
    if (answer) yes++
  }
  return counted ? { probability: yes / counted, runs: counted } : undefined
}

/** P(the scenario's total spend over the first `years` appraisal years, discounted, is below the baseline's). */
export function probabilityCostsLess(
  scenario: PercentileBands,
  baseline: PercentileBands,
  years: number,
  options: AppraisalOptions = {},
): Probability | undefined {
  const output = APPRAISAL_OUTPUTS.totalSpend
  if (!scenario.pairs(baseline) || !scenario.has(output)) return undefined
  return share((r) => {
    const a = scenario.runSeries(output, r) as Float64Array
    const b = baseline.runSeries(output, r) as Float64Array
    const saving = presentSavingWithin(scenario.times, a, b, years, options)
    return Number.isFinite(saving) ? saving > 0 : undefined
  }, scenario.samples)
}

/** P(the output stays at or below `threshold` at every kept time of calendar year `year`). */
export function probabilityStaysAtOrBelow(
  bands: PercentileBands,
  output: string,
  year: number,
  threshold: number,
): Probability | undefined {
  const times = Array.from(bands.times).filter((t) => t >= year - 1e-9 && t < year + 1 - 1e-9)
  if (!bands.hasRuns || !bands.has(output) || times.length === 0) return undefined
  const columns = times.map((t) => bands.runsAt(output, t) as Float32Array)
  return share((r) => {
    let below = true
    for (const column of columns) {
      const v = column[r]
      if (!Number.isFinite(v)) return undefined
      // Stored in single precision: a value that is the threshold to 7 figures meets it.
      if (v > threshold * (1 + 1e-7)) below = false
    }
    return below
  }, bands.samples)
}

/** P(scenario `a` does better than `b` on the output at model time `time`); ties are not "better". */
export function probabilityBeats(
  a: PercentileBands,
  b: PercentileBands,
  output: string,
  time: number,
  lowerIsBetter: boolean,
): Probability | undefined {
  if (!a.pairs(b) || !a.has(output) || !b.has(output)) return undefined
  const va = a.runsAt(output, time) as Float32Array
  const vb = b.runsAt(output, time) as Float32Array
  return share((r) => {
    if (!Number.isFinite(va[r]) || !Number.isFinite(vb[r])) return undefined
    return lowerIsBetter ? va[r] < vb[r] : va[r] > vb[r]
  }, a.samples)
}

/** Outputs where more is better; for the rest (spend, admissions, occupancy, waits) less is. */
const HIGHER_IS_BETTER = new Set([
  'share of 65+ supported at home',
  'intermediate care clients',
  'step up admissions',
  'health budget balance',
  'social care budget balance',
])

export function lowerIsBetter(output: string): boolean {
  return !HIGHER_IS_BETTER.has(output.toLowerCase())
}

/** "87%", or "over 99%" / "under 1%" where the runs cannot tell finer. */
export function formatProbability({ probability, runs }: Probability): string {
  const floor = 1 / runs
  if (probability === 1) return `over ${(100 - Math.max(1, 100 * floor)).toFixed(0)}%`
  if (probability === 0) return `under ${Math.max(1, 100 * floor).toFixed(0)}%`
  return `${(probability * 100).toFixed(0)}%`
}
