// Money over time: cumulative totals of a rate (spend a year, admissions a year) and when a
// scenario's extra spend is paid back against the baseline. Pure functions over saved series; the
// integral of a rate is the model's one rule (model/care/rate-totals.ts), which the appraisal uses too.
import { cumulative } from '../../model/care/rate-totals'

export { cumulative, cumulativeTotal } from '../../model/care/rate-totals'

export type BreakEven =
  /** Never spends more than the baseline, cumulatively. */
  | { kind: 'never-above'; saving: number }
  /** Spends more first, then cumulative spend falls back to the baseline's at `time`. */
  | { kind: 'breaks-even'; time: number; peakExtra: number }
  /** Still behind the baseline, cumulatively, at the end of the run. */
  | { kind: 'not-within-horizon'; peakExtra: number; extraAtEnd: number }
  /** Spend the same as the baseline's throughout. */
  | { kind: 'same' }

/**
 * When the scenario's cumulative spend returns to the baseline's for good: the time after which
 * the money it spent up front has been recovered, found between saved times by interpolation.
 */
export function breakEven(
  times: ArrayLike<number>,
  scenarioSpend: ArrayLike<number>,
  baselineSpend: ArrayLike<number>,
): BreakEven {
  const scenario = cumulative(times, scenarioSpend)
  const baseline = cumulative(times, baselineSpend)
  const last = times.length - 1
  // Differences below a billionth of the baseline's total are rounding, not policy.
  const tolerance = 1e-9 * Math.max(1, Math.abs(baseline[last] ?? 0))
  const extra = scenario.map((s, i) => s - baseline[i])
  let peakExtra = 0
  let lastAbove = -1
  for (let i = 0; i <= last; i++) {
    if (extra[i] > peakExtra) peakExtra = extra[i]
    if (extra[i] > tolerance) lastAbove = i
  }
  if (lastAbove < 0) {
    const saving = -(extra[last] ?? 0)
    return saving > tolerance ? { kind: 'never-above', saving } : { kind: 'same' }
  }
  if (lastAbove === last) return { kind: 'not-within-horizon', peakExtra, extraAtEnd: extra[last] }
  const before = extra[lastAbove]
  const after = extra[lastAbove + 1]
  const share = before / (before - after)
  const time = times[lastAbove] + share * (times[lastAbove + 1] - times[lastAbove])
  return { kind: 'breaks-even', time, peakExtra }
}

/** The first saved time from which a scenario's yearly spend stays at or below the baseline's. */
export function spendBelowBaselineFrom(
  times: ArrayLike<number>,
  scenarioSpend: ArrayLike<number>,
  baselineSpend: ArrayLike<number>,
): number | undefined {
  let from: number | undefined
  for (let i = 0; i < times.length; i++) {
    const below = scenarioSpend[i] <= baselineSpend[i] * (1 + 1e-12)
    if (!below) from = undefined
    else if (from === undefined) from = times[i]
  }
  return from
}
