// Money over time: cumulative totals of a rate (spend a year, admissions a year) and when a
// scenario's extra spend is paid back against the baseline. Pure functions over saved series.

/** Running integral of a rate over the saved times (trapezoid rule), starting at 0. */
export function cumulative(times: ArrayLike<number>, rate: ArrayLike<number>): Float64Array {
  const total = new Float64Array(times.length)
  for (let i = 1; i < times.length; i++) {
    total[i] = total[i - 1] + ((rate[i] + rate[i - 1]) / 2) * (times[i] - times[i - 1])
  }
  return total
}

/** The integral of a rate from the first saved time to `until` (or to the end). */
export function cumulativeTotal(times: ArrayLike<number>, rate: ArrayLike<number>, until?: number): number {
  const totals = cumulative(times, rate)
  if (until === undefined) return totals[totals.length - 1] ?? 0
  for (let i = 1; i < times.length; i++) {
    if (times[i] >= until) {
      // Interpolate inside the step so the total does not depend on the save period.
      const share = (until - times[i - 1]) / (times[i] - times[i - 1])
      const rateAtUntil = rate[i - 1] + share * (rate[i] - rate[i - 1])
      return totals[i - 1] + ((rate[i - 1] + rateAtUntil) / 2) * (until - times[i - 1])
    }
  }
  return totals[totals.length - 1] ?? 0
}

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
