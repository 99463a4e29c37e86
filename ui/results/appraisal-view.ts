// The appraisal as the app shows it: each compared scenario against the baseline, in real terms
// (base-year prices, as the Green Book asks) or in cash (each year's money at that year's prices,
// by the model's general price index), with the chart of the cumulative discounted saving. The
// arithmetic is the CLI's (model/care/appraisal.ts), so the app and `carebalance appraise` agree.
import { type Appraisal, type AppraisalOptions, appraise, type SpendRun } from '../../model/care/appraisal'
import { APPRAISAL_OUTPUT_NAMES } from '../../model/care/appraisal-outputs'
import type { ChartRun } from '../charts/chart-run'
import type { LineSeries } from '../charts/chart-series'
import type { LineFigure } from '../charts/figure'
import { formatValue, type Scale } from '../format/numbers'
import { DEFAULT_CURRENCY, quantityOf, unitsLabel } from '../format/quantity'

/** The model output that turns base-year prices into cash (issue 7). */
export const PRICE_INDEX_OUTPUT = 'general price index'

export type Prices = 'real' | 'cash'

/** A run's money in cash: every spend series times the price index at the same time. */
export function inCash(run: SpendRun, priceIndex: ArrayLike<number>): SpendRun {
  return {
    times: run.times,
    series(name) {
      const values = run.series(name)
      return Float64Array.from(values, (v, i) => v * priceIndex[i])
    },
  }
}

export interface ScenarioAppraisal {
  run: ChartRun
  /** Real terms: the NPV, as the Green Book asks, whatever the prices shown. */
  real: Appraisal
  /** The same in cash, undiscounted (discounting is of real money); present when the model has a price index. */
  cash?: Appraisal
}

export function canAppraise(run: ChartRun): boolean {
  return APPRAISAL_OUTPUT_NAMES.every((name) => run.view.has(name))
}

export function appraiseScenarios(
  baseline: ChartRun,
  scenarios: readonly ChartRun[],
  options: AppraisalOptions,
): ScenarioAppraisal[] {
  if (!canAppraise(baseline)) return []
  const baseIndex = baseline.view.has(PRICE_INDEX_OUTPUT)
    ? baseline.view.series(PRICE_INDEX_OUTPUT)
    : undefined
  return scenarios
    .filter((run) => canAppraise(run) && run.view.times.length === baseline.view.times.length)
    .map((run) => {
      const real = appraise(run.view, baseline.view, options)
      const index = run.view.has(PRICE_INDEX_OUTPUT) ? run.view.series(PRICE_INDEX_OUTPUT) : undefined
      const cash =
        index && baseIndex
          ? appraise(inCash(run.view, index), inCash(baseline.view, baseIndex), {
              ...options,
              discountRate: 0,
            })
          : undefined
      return { run, real, cash }
    })
}

/** Money as a finance paper sets it out: millions to one decimal (billions to two), in the area's currency. */
export function millions(value: number, currency = DEFAULT_CURRENCY): string {
  const money = quantityOf(currency, currency)
  const scale: Scale = Math.abs(value) >= 1e9 ? { divisor: 1e9, suffix: 'bn' } : { divisor: 1e6, suffix: 'm' }
  return formatValue(value, money, { scale, decimals: scale.suffix === 'bn' ? 2 : 1 })
}

const percent = (rate: number) => `${Number((rate * 100).toFixed(2))}%`

/** The cumulative saving against the baseline at the end of each appraisal year, one line per scenario. */
export function cumulativeSavingFigure(
  appraisals: readonly ScenarioAppraisal[],
  prices: Prices,
  areaName: string,
  currency = DEFAULT_CURRENCY,
): LineFigure | undefined {
  if (appraisals.length === 0) return undefined
  const first = appraisals[0].real
  const cash = prices === 'cash' && appraisals.every((a) => a.cash)
  const series: LineSeries[] = appraisals.map(({ run, real, cash: inCashTerms }) => {
    const years = (cash ? inCashTerms : real)?.years ?? real.years
    return {
      key: run.key,
      label: run.label,
      colour: run.colour,
      xs: [years[0].from, ...years.map((y) => y.to)],
      ys: [0, ...years.map((y) => (cash ? y.cumulativeSaving : y.cumulativePresentSaving))],
    }
  })
  // Money in the area's currency (the model's units say GBP; San Marino's figures are euros).
  const quantity = quantityOf('GBP', currency)
  const basis = first.yearBasis === 'financial' ? 'financial year (April to March)' : 'calendar year'
  // What a board takes away, in the caption so it travels with the chart onto a slide.
  const verdicts = appraisals
    .map(({ run, real }) => {
      const npv = `${real.npvTotal >= 0 ? 'saves' : 'costs'} ${millions(Math.abs(real.npvTotal), currency)} net present value`
      const even = real.discountedBreakEvenYear
        ? `breaks even (discounted) in ${real.discountedBreakEvenYear}`
        : 'does not break even by the end of the run'
      return `${run.label} ${npv} and ${even}.`
    })
    .join(' ')
  const caption = cash
    ? `Cumulative saving against the baseline in cash (each year's money at that year's prices, undiscounted), ${areaName}, at the end of each ${basis}. Above zero the scenario has cost less than the baseline so far. The net present value in the table is in real terms, as the Green Book asks.`
    : `Cumulative saving against the baseline in real terms (base-year prices), discounted at ${percent(first.discountRate)} a year from ${first.years[0].label} (HM Treasury Green Book), ${areaName}, at the end of each ${basis}. Above zero the scenario has cost less than the baseline so far; where a line crosses zero for good is its discounted break-even. ${verdicts}`
  return {
    kind: 'line',
    id: cash ? 'appraisal-cumulative-cash' : 'appraisal-cumulative-discounted',
    title: cash
      ? 'Cumulative saving against the baseline, cash'
      : 'Cumulative discounted saving against the baseline',
    caption,
    units: unitsLabel(quantity),
    modelUnits: 'GBP',
    quantity,
    scenarios: appraisals.map((a) => a.run.label),
    series,
    bands: [],
    zero: true,
    table: {
      columns: ['Year end', ...series.map((s) => `${s.label} (${currency})`)],
      rows: Array.from(series[0].xs as number[], (x, i) => [x, ...series.map((s) => s.ys[i] as number)]),
    },
    revision: Math.max(...appraisals.map((a) => a.run.view.seq)),
  }
}
