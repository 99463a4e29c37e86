// Money a year (or admissions a year) added up over time: the integral of a rate saved at a run's
// saved times, by the trapezoid rule, with the ends interpolated inside a step so a total does not
// depend on the save period. One rule for the app's cumulative charts, break-even and the appraisal.

/** Running integral of a rate over the saved times, starting at 0. */
export function cumulative(times: ArrayLike<number>, rate: ArrayLike<number>): Float64Array {
  const total = new Float64Array(times.length)
  for (let i = 1; i < times.length; i++) {
    total[i] = total[i - 1] + ((rate[i] + rate[i - 1]) / 2) * (times[i] - times[i - 1])
  }
  return total
}

/** The rate at `time`, interpolated between saved times and held flat beyond them. */
function rateAt(times: ArrayLike<number>, rate: ArrayLike<number>, index: number, time: number): number {
  const t0 = times[index - 1]
  const t1 = times[index]
  if (!(t1 > t0)) return rate[index]
  return rate[index - 1] + ((time - t0) / (t1 - t0)) * (rate[index] - rate[index - 1])
}

/**
 * The integral of a rate from `from` to `to` (both clipped to the saved times). Summing it over
 * back-to-back intervals that cover the run gives the whole run's total.
 */
export function totalBetween(
  times: ArrayLike<number>,
  rate: ArrayLike<number>,
  from: number,
  to: number,
): number {
  const count = times.length
  if (count < 2) return 0
  const start = Math.max(from, times[0])
  const end = Math.min(to, times[count - 1])
  if (!(end > start)) return 0
  let total = 0
  for (let i = 1; i < count; i++) {
    const a = Math.max(times[i - 1], start)
    const b = Math.min(times[i], end)
    if (b <= a) {
      if (times[i - 1] >= end) break
      continue
    }
    total += ((rateAt(times, rate, i, a) + rateAt(times, rate, i, b)) / 2) * (b - a)
  }
  return total
}

/** The integral of a rate from the first saved time to `until` (or to the end). */
export function cumulativeTotal(times: ArrayLike<number>, rate: ArrayLike<number>, until?: number): number {
  if (times.length === 0) return 0
  return totalBetween(times, rate, times[0], until ?? times[times.length - 1])
}
