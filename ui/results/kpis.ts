// The key-figures table of the comparison: each scenario's value of a few outputs at years 1, 3, 5
// and 10 of the run, and for rates (admissions, spend) the total over the whole run.
import type { RunView } from './run-view'
import { cumulativeTotal } from './spend-analysis'

/** Years after the start at which the table reports values. */
export const KPI_YEARS = [1, 3, 5, 10] as const

export interface KpiSpec {
  output: string
  label: string
  /** A rate per year, whose total over the run means something (admissions, spend). */
  cumulative: boolean
  /** Lower is better (admissions, spend, delays): used to say whether a difference is a gain. */
  lowerIsBetter: boolean
}

/** The key figures a board asks about first. */
export const KPI_SPECS: KpiSpec[] = [
  {
    output: 'emergency admissions',
    label: 'Emergency admissions a year',
    cumulative: true,
    lowerIsBetter: true,
  },
  {
    output: 'bed occupancy',
    label: 'Bed occupancy',
    cumulative: false,
    lowerIsBetter: true,
  },
  {
    output: 'delayed discharge beds',
    label: 'Delayed discharge beds',
    cumulative: false,
    lowerIsBetter: true,
  },
  {
    output: 'unmet social care need',
    label: 'Unmet social care need',
    cumulative: false,
    lowerIsBetter: true,
  },
  {
    output: 'share of 65+ supported at home',
    label: 'Share of 65+ supported at home',
    cumulative: false,
    lowerIsBetter: false,
  },
  {
    output: 'health spend',
    label: 'Health spend a year',
    cumulative: true,
    lowerIsBetter: true,
  },
  {
    output: 'social care spend',
    label: 'Social care spend a year',
    cumulative: true,
    lowerIsBetter: true,
  },
  {
    output: 'total spend',
    label: 'Total spend a year',
    cumulative: true,
    lowerIsBetter: true,
  },
]

export interface KpiRow {
  spec: KpiSpec
  /** Value at each of `years` (NaN where the run ends before it). */
  atYears: number[]
  /** Total over the run for cumulative KPIs. */
  total?: number
}

export interface KpiColumnYears {
  years: number[]
  /** Years covered by the totals (the run's length). */
  horizon: number
}

/** The KPI years that fall inside the run, with the run's length for the totals column. */
export function kpiYears(startTime: number, stopTime: number): KpiColumnYears {
  const horizon = stopTime - startTime
  return { years: KPI_YEARS.filter((y) => y <= horizon + 1e-9), horizon }
}

export function kpiRows(
  run: RunView,
  specs: readonly KpiSpec[],
  startTime: number,
  years: number[],
): KpiRow[] {
  return specs
    .filter((spec) => run.has(spec.output))
    .map((spec) => {
      const values = run.series(spec.output)
      const atYears = years.map((y) => values[run.nearestTimeIndex(startTime + y)])
      const row: KpiRow = { spec, atYears }
      if (spec.cumulative) row.total = cumulativeTotal(run.times, values)
      return row
    })
}
