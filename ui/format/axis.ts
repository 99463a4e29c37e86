// The rules for a chart's axes. The value axis: its range from the data and what the quantity is
// (counts and money start at zero, shares keep at least a few points of range so a line that
// barely moves looks flat, a series that is zero throughout still gets a readable scale), and tick
// labels in one unit and precision, chosen from the step between ticks so no two labels read the
// same. The time axis: whole calendar years only.
import { grouped, type Scale, scaleFor } from './numbers'
import { currencySymbol, type Quantity } from './quantity'

/** The least range an axis spans, by kind, so a flat or zero series is not blown up into noise. */
const MIN_SPAN: Record<Quantity['kind'], number> = {
  count: 10,
  money: 1_000_000,
  share: 0.02,
  points: 0.02,
  duration: 1 / 12,
  'calendar-year': 1,
  number: 1,
}

export interface DomainOptions {
  /** A difference chart: zero is always in range. */
  zero?: boolean
  /** Values that must be in range besides the data (a band's lower edge, say). */
  include?: readonly number[]
}

/**
 * The value range an axis shows before rounding to nice ticks. Counts and money include zero, so
 * a bar of spend is never cut; shares do not (occupancy lives between 80% and 100%) but a share
 * is kept between 0% and 100% unless a value is outside it.
 */
export function valueDomain(
  values: Iterable<number>,
  quantity: Quantity,
  options: DomainOptions = {},
): [number, number] {
  let low = Number.POSITIVE_INFINITY
  let high = Number.NEGATIVE_INFINITY
  const take = (v: number) => {
    if (!Number.isFinite(v)) return
    if (v < low) low = v
    if (v > high) high = v
  }
  for (const v of values) take(v)
  for (const v of options.include ?? []) take(v)
  const dataLow = low
  const dataHigh = high
  if (low > high) {
    low = 0
    high = 0
  }
  const share = quantity.kind === 'share' || quantity.kind === 'points'
  if (options.zero || !share) {
    low = Math.min(low, 0)
    high = Math.max(high, 0)
  }
  // A share keeps a few points of range always; other kinds only need one when there is no range
  // at all (a series of zeros), since they already reach down to zero.
  const span = MIN_SPAN[quantity.kind]
  if (high - low < span && (share || high === low)) {
    if (low === 0 && !options.zero) high = span
    else if (high === 0 && !options.zero) low = -span
    else {
      const middle = (low + high) / 2
      low = middle - span / 2
      high = middle + span / 2
    }
  }
  if (share && !options.zero) {
    // Keep a share within 0-100% unless the data themselves go beyond.
    if (high > 1 && dataHigh <= 1) {
      low -= high - 1
      high = 1
    }
    if (low < 0 && dataLow >= 0) {
      high -= low
      low = 0
    }
  }
  return [low, high]
}

/** The step between ticks: the smallest gap between neighbours. */
function tickStep(ticks: readonly number[]): number {
  let step = Number.POSITIVE_INFINITY
  for (let i = 1; i < ticks.length; i++) step = Math.min(step, Math.abs(ticks[i] - ticks[i - 1]))
  if (Number.isFinite(step) && step > 0) return step
  return Math.abs(ticks[0] ?? 1) || 1
}

/** Decimal places that tell apart numbers `step` apart. */
function decimalsForStep(step: number): number {
  return Math.max(0, Math.ceil(-Math.log10(step) - 1e-9))
}

/**
 * A formatter for one axis' tick labels: every label in the same unit (one k, m or bn for the
 * whole axis) and with the decimals the tick step needs, so labels are distinct and read back to
 * the tick's value.
 */
export function tickFormatter(ticks: readonly number[], quantity: Quantity): (value: number) => string {
  const step = tickStep(ticks)
  const maxAbs = Math.max(0, ...ticks.map(Math.abs))
  switch (quantity.kind) {
    case 'share': {
      const decimals = decimalsForStep(step * 100)
      return (v) => (v === 0 ? '0%' : `${grouped(v * 100, decimals)}%`)
    }
    case 'points': {
      const decimals = decimalsForStep(step * 100)
      return (v) => (v === 0 ? '0' : `${grouped(v * 100, decimals)} pts`)
    }
    case 'calendar-year':
      return (v) => String(Math.round(v))
    case 'duration': {
      // Axes of durations are in days when short, else in years.
      if (maxAbs < 0.5) {
        const decimals = decimalsForStep(step * 365)
        return (v) => `${grouped(v * 365, decimals)}d`
      }
      const decimals = decimalsForStep(step)
      return (v) => `${grouped(v, decimals)}y`
    }
    case 'money': {
      const scale = scaleFor(maxAbs, 'money')
      const decimals = decimalsForStep(step / scale.divisor)
      const symbol = currencySymbol(quantity.currency)
      return (v) => {
        if (v === 0) return `${symbol}0`
        const magnitude = grouped(Math.abs(v) / scale.divisor, decimals)
        return `${v < 0 ? '-' : ''}${symbol}${magnitude}${scale.suffix}`
      }
    }
    default: {
      const scale: Scale = scaleFor(maxAbs, 'count', maxAbs >= 1e4)
      const decimals = decimalsForStep(step / scale.divisor)
      return (v) => (v === 0 ? '0' : `${grouped(v / scale.divisor, decimals)}${scale.suffix}`)
    }
  }
}

/**
 * Whole calendar years for a time axis, at most `maxTicks` of them. Both ends are labelled when a
 * step of 1, 2, 4, 5, 10 or 20 years divides the span; otherwise ticks fall on round years.
 */
export function yearTicks(first: number, last: number, maxTicks: number): number[] {
  if (!Number.isFinite(first) || !Number.isFinite(last) || last < first) return []
  const from = Math.ceil(first - 1e-6)
  const to = Math.floor(last + 1e-6)
  const span = to - from
  const range = (start: number, step: number) => {
    const ticks: number[] = []
    for (let year = start; year <= to; year += step) ticks.push(year)
    return ticks
  }
  const fits = (step: number) => Math.floor(span / step) + 1 <= maxTicks
  const even = [1, 2, 4, 5, 10, 20].find((step) => span % step === 0 && fits(step))
  if (even !== undefined) return range(from, even)
  const step = [1, 2, 5, 10, 20, 50].find(fits) ?? 100
  return range(Math.ceil(from / step) * step, step)
}
