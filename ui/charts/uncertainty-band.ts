// What a figure says about an uncertainty band: the caption sentence that tells the reader what the
// shading is, and the percentile columns of its table and CSV, so the numbers behind the band
// leave the app with the chart.
import type { PercentileBands, PercentileSeries } from '../results/percentile-bands'
import type { ChartRun } from './chart-run'

/** The band of one run for one output at the run's saved times, if it has one. */
export function runBand(run: ChartRun, output: string): PercentileSeries | undefined {
  return run.bands?.seriesOn(output, run.view.times)
}

export function bandSentence(bands: PercentileBands): string {
  const count = bands.parameters.length
  const incomplete = bands.incompleteRuns
  return [
    `Shaded: 10th–90th percentile${bands.hasRuns ? ' (light) and 25th–75th (darker)' : ''} of ${bands.samples} runs varying ${count} uncertain parameter${count === 1 ? '' : 's'}`,
    'within their sourced ranges (each drawn from a triangular distribution peaking at its default;',
    `levers and the area’s own figures stay as set; seed ${bands.seed}).`,
    'The line is the run with every parameter at its default.',
    incomplete
      ? `${incomplete} run${incomplete === 1 ? '' : 's'} gave no number at some times and ${incomplete === 1 ? 'is' : 'are'} left out there.`
      : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/** Table columns for a run's band: its 10th, 50th and 90th percentile. */
export function bandColumns(
  label: string,
  band: PercentileSeries,
): { label: string; values: ArrayLike<number> }[] {
  const inner = band.inner
  return [
    { label: `${label}: 10th percentile`, values: band.low },
    ...(inner ? [{ label: `${label}: 25th percentile`, values: inner.low }] : []),
    { label: `${label}: 50th percentile`, values: band.median },
    ...(inner ? [{ label: `${label}: 75th percentile`, values: inner.high }] : []),
    { label: `${label}: 90th percentile`, values: band.high },
  ]
}
