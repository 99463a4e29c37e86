// A scenario in three plain sentences, worked out from its run and the baseline's: what happens to
// hospital beds ten years on, to emergency admissions and unmet social care need, and what it
// costs over the first five years and when it breaks even. Each sentence names the charts its
// numbers are read from, so a reader can find every number on a chart.
import { formatValue } from '../format/numbers'
import { quantityOf } from '../format/quantity'
import { breakEven, cumulativeTotal } from './spend-analysis'

/** A run's outputs by name (a RunView is one). */
export interface SeriesSource {
  readonly times: ArrayLike<number>
  has(name: string): boolean
  series(name: string): ArrayLike<number>
}

export interface NarrativeContext {
  baseYear: number
  startTime: number
  currency: string
}

export interface NarrativeSentence {
  text: string
  /** Ids of the charts (OUTCOME_CHARTS and their difference forms) the numbers are read from. */
  charts: string[]
}

/** The year the sentences look at: ten years on, or the end of a shorter run. */
export const NARRATIVE_YEARS = 10
/** The medium-term financial plan's horizon, over which the extra cost is told. */
export const MONEY_YEARS = 5

function nearestIndex(times: ArrayLike<number>, time: number): number {
  let best = 0
  for (let i = 1; i < times.length; i++)
    if (Math.abs(times[i] - time) < Math.abs(times[best] - time)) best = i
  return best
}

function difference(
  scenario: SeriesSource,
  baseline: SeriesSource,
  output: string,
  index: number,
): number | undefined {
  if (!scenario.has(output) || !baseline.has(output)) return undefined
  return scenario.series(output)[index] - baseline.series(output)[index]
}

/** "45 fewer beds", "1 more bed", "1,300 fewer emergency admissions": a difference as words. */
function fewerOrMore(value: number, noun: string): string {
  const size = formatValue(Math.abs(value), quantityOf(noun), { decimals: 0 })
  const singular = size !== '1' ? noun : noun === 'people' ? 'person' : noun.replace(/s\b/, '')
  return `${size} ${value < 0 ? 'fewer' : 'more'} ${singular}`
}

function hospitalSentence(
  name: string,
  scenario: SeriesSource,
  baseline: SeriesSource,
  index: number,
  year: number,
): NarrativeSentence | undefined {
  const closed = scenario.has('beds closed for the shift')
    ? scenario.series('beds closed for the shift')[index]
    : 0
  const occupied = difference(scenario, baseline, 'occupied beds', index)
  if (occupied === undefined) return undefined
  const share = quantityOf('share')
  const occupancy =
    scenario.has('bed occupancy') && baseline.has('bed occupancy')
      ? ` (occupancy ${formatValue(scenario.series('bed occupancy')[index], share)} against ${formatValue(baseline.series('bed occupancy')[index], share)})`
      : ''
  const charts = ['occupied-beds', 'bed-occupancy']
  const parts: string[] = []
  if (closed >= 0.5) {
    const beds = formatValue(closed, quantityOf('beds'), { decimals: 0 })
    parts.push(`closes ${beds} ${beds === '1' ? 'bed' : 'beds'}`)
    charts.unshift('beds-closed-for-shift')
  }
  if (Math.abs(occupied) >= 0.5)
    parts.push(`has ${fewerOrMore(occupied, 'beds')} occupied than the baseline${occupancy}`)
  else parts.push(`has as many beds occupied as the baseline${occupancy}`)
  return { text: `By ${year} ${name} ${parts.join(' and ')}.`, charts }
}

function peopleSentence(
  scenario: SeriesSource,
  baseline: SeriesSource,
  index: number,
  year: number,
): NarrativeSentence | undefined {
  const admissions = difference(scenario, baseline, 'emergency admissions', index)
  const unmet = difference(scenario, baseline, 'unmet social care need', index)
  const differ: string[] = []
  const same: string[] = []
  const charts: string[] = []
  if (admissions !== undefined) {
    charts.push('emergency-admissions')
    if (Math.abs(admissions) >= 0.5) differ.push(`${fewerOrMore(admissions, 'emergency admissions')} a year`)
    else same.push('emergency admissions')
  }
  if (unmet !== undefined) {
    charts.push('unmet-need')
    if (Math.abs(unmet) >= 0.5) differ.push(`${fewerOrMore(unmet, 'people')} with unmet social care need`)
    else same.push('unmet social care need')
  }
  if (charts.length === 0) return undefined
  const sameText = `${same.join(' and ')} ${same.length > 1 || same[0] === 'emergency admissions' ? 'are' : 'is'} as in the baseline`
  const text = differ.length
    ? `In ${year} it has ${differ.join(' and ')} than the baseline${same.length ? `; ${sameText}` : ''}.`
    : `In ${year} ${sameText}.`
  return { text, charts }
}

function moneySentence(
  scenario: SeriesSource,
  baseline: SeriesSource,
  context: NarrativeContext,
): NarrativeSentence | undefined {
  const output = 'total spend'
  if (!scenario.has(output) || !baseline.has(output)) return undefined
  const times = baseline.times
  if (scenario.times.length !== times.length) return undefined
  const spend = scenario.series(output)
  const base = baseline.series(output)
  const years = Math.min(MONEY_YEARS, times[times.length - 1] - times[0])
  const until = times[0] + years
  const baseTotal = cumulativeTotal(times, base, until)
  const extra = cumulativeTotal(times, spend, until) - baseTotal
  const money = quantityOf('GBP', context.currency)
  const period = `over the first ${years === 5 ? 'five' : years} years`
  const tolerance = 5e-4 * Math.abs(baseTotal)
  const cost =
    extra > tolerance
      ? `It costs ${formatValue(extra, money)} more than the baseline ${period}`
      : extra < -tolerance
        ? `It saves ${formatValue(-extra, money)} against the baseline ${period}`
        : `It costs about the same as the baseline ${period}`
  const result = breakEven(times, spend, base)
  const yearOf = (time: number) => Math.floor(context.baseYear + (time - context.startTime))
  const end = yearOf(times[times.length - 1])
  let clause = ''
  if (result.kind === 'breaks-even') clause = ` and breaks even in ${yearOf(result.time)}`
  else if (result.kind === 'not-within-horizon')
    clause = ` and has not broken even by ${end}, when it has cost ${formatValue(result.extraAtEnd, money)} more in all`
  else if (result.kind === 'never-above') clause = ' and never costs more than the baseline'
  return { text: `${cost}${clause}.`, charts: ['total-spend-cumulative-difference', 'total-spend'] }
}

/** Two or three sentences about a scenario against the baseline, with the charts behind each. */
export function scenarioNarrative(
  name: string,
  scenario: SeriesSource,
  baseline: SeriesSource,
  context: NarrativeContext,
): NarrativeSentence[] {
  const times = baseline.times
  if (times.length === 0 || scenario.times.length !== times.length) return []
  const at = Math.min(times[0] + NARRATIVE_YEARS, times[times.length - 1])
  const index = nearestIndex(times, at)
  const year = Math.round(context.baseYear + (times[index] - context.startTime))
  return [
    hospitalSentence(name, scenario, baseline, index, year),
    peopleSentence(scenario, baseline, index, year),
    moneySentence(scenario, baseline, context),
  ].filter((s): s is NarrativeSentence => s !== undefined)
}
