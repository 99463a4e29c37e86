// When each scenario pays for itself, as words and amounts for a table (the app's break-even table
// and the break-even slide say the same): most extra spend at its worst, the year yearly spend
// falls below the baseline's for good, the break-even year, and the saving or cost at the end.
import { formatValue } from '../format/numbers'
import { quantityOf } from '../format/quantity'
import type { RunView } from './run-view'
import { breakEven, cumulativeTotal, spendBelowBaselineFrom } from './spend-analysis'

export interface BreakEvenRow {
  peakExtra: string
  belowFrom: string
  breakEven: string
  /** "saves £3.2m", "costs £112.9m more", "none". */
  overRun: string
}

export interface BreakEvenContext {
  baseYear: number
  startTime: number
  currency: string
  /** The spend output compared, e.g. `total spend`. */
  output: string
}

export function runYears(view: RunView): number {
  const times = view.times
  return Math.round(times[times.length - 1] - times[0])
}

/** The row of one scenario, or undefined when the runs cannot be compared. */
export function breakEvenRow(
  scenario: RunView,
  baseline: RunView,
  context: BreakEvenContext,
): BreakEvenRow | undefined {
  const { output } = context
  if (!scenario.has(output) || !baseline.has(output) || scenario.times.length !== baseline.times.length)
    return undefined
  const times = baseline.times
  const spend = scenario.series(output)
  const base = baseline.series(output)
  const money = quantityOf('GBP', context.currency)
  const year = (time: number) => String(Math.floor(context.baseYear + (time - context.startTime)))
  const horizon = runYears(baseline)
  const result = breakEven(times, spend, base)
  const below = spendBelowBaselineFrom(times, spend, base)
  const saving = cumulativeTotal(times, base) - cumulativeTotal(times, spend)
  const peak = result.kind === 'breaks-even' || result.kind === 'not-within-horizon' ? result.peakExtra : 0
  return {
    peakExtra: formatValue(peak, money),
    belowFrom: below === undefined ? 'never' : below <= times[0] ? 'the start' : year(below),
    breakEven:
      result.kind === 'breaks-even'
        ? year(result.time)
        : result.kind === 'never-above'
          ? 'never spends more'
          : result.kind === 'same'
            ? 'same as baseline'
            : `not within ${horizon} years`,
    overRun:
      Math.abs(saving) < 0.5
        ? 'none'
        : saving > 0
          ? `saves ${formatValue(saving, money)}`
          : `costs ${formatValue(-saving, money)} more`,
  }
}
