// A run as a chart shows it: which scenario, in which colour, and whether it is the baseline.
import type { PercentileBands } from '../results/percentile-bands'
import type { RunView } from '../results/run-view'
import { BASELINE_COLOUR, BASELINE_DASH, seriesColour } from './palette'

export interface ChartRun {
  /** Scenario id (or `baseline`): the line's identity across redraws. */
  key: string
  label: string
  colour: string
  baseline: boolean
  view: RunView
  /** Percentiles across uncertainty runs of the same settings, when the analyst shows uncertainty. */
  bands?: PercentileBands
}

/** The chart run of the `index`th scenario shown (its colour follows its place). */
export function scenarioRun(
  entry: { id: string; scenario: { name: string } },
  index: number,
  view: RunView,
  bands?: PercentileBands,
): ChartRun {
  return {
    key: entry.id,
    label: entry.scenario.name,
    colour: seriesColour(index),
    baseline: false,
    view,
    bands,
  }
}

export function baselineRun(view: RunView): ChartRun {
  return { key: 'baseline', label: 'Baseline', colour: BASELINE_COLOUR, baseline: true, view }
}

export function lineDash(run: ChartRun): string | undefined {
  return run.baseline ? BASELINE_DASH : undefined
}

const yearsCache = new WeakMap<RunView, Float64Array>()

/** Calendar years of a run's saved times: the area's base year is the model's start time. */
export function calendarYears(view: RunView, baseYear: number, startTime: number): Float64Array {
  let years = yearsCache.get(view)
  if (!years) {
    years = view.times.map((t) => baseYear + (t - startTime))
    yearsCache.set(view, years)
  }
  return years
}
