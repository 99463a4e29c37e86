// A run as a chart shows it: which scenario, in which colour, and whether it is the baseline.
import type { PercentileBands } from '../results/percentile-bands'
import type { RunView } from '../results/run-view'
import type { LineSeries } from './chart-series'
import { BASELINE_STYLE, type LineStyle, scenarioStyle } from './line-style'

export interface ChartRun {
  /** Scenario id (or `baseline`): the line's identity across redraws. */
  key: string
  label: string
  /** The line's colour: `style.colour`, kept at hand for tables and swatches. */
  colour: string
  /** Colour, dash pattern and marker: how the run's line is told apart without colour. */
  style: LineStyle
  baseline: boolean
  view: RunView
  /** Percentiles across uncertainty runs of the same settings, when the analyst shows uncertainty. */
  bands?: PercentileBands
}

/** The chart run of the `index`th scenario shown (its colour, dash and marker follow its place). */
export function scenarioRun(
  entry: { id: string; scenario: { name: string } },
  index: number,
  view: RunView,
  bands?: PercentileBands,
): ChartRun {
  const style = scenarioStyle(index)
  return {
    key: entry.id,
    label: entry.scenario.name,
    colour: style.colour,
    style,
    baseline: false,
    view,
    bands,
  }
}

export function baselineRun(view: RunView): ChartRun {
  return {
    key: 'baseline',
    label: 'Baseline',
    colour: BASELINE_STYLE.colour,
    style: BASELINE_STYLE,
    baseline: true,
    view,
  }
}

/** What a run's line carries into a chart series: colour, dash, marker, and whether it is the baseline. */
export function seriesLook(run: ChartRun): Pick<LineSeries, 'colour' | 'dash' | 'marker' | 'baseline'> {
  return { colour: run.style.colour, dash: run.style.dash, marker: run.style.marker, baseline: run.baseline }
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
