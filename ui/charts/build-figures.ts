// Turns runs into figures: the lines or layers to draw, a caption that names the area, the years,
// each scenario and its colour, and the table of numbers behind the chart.
import type { OutputSpec } from '../../model/care/types'
import { cumulative } from '../results/spend-analysis'
import { type ChartRun, calendarYears, lineDash } from './chart-run'
import type { Band, LineSeries, StackLayer, ValueFormat } from './chart-series'
import type { ChartTable } from './chart-table'
import { elementLabel } from './element-label'
import type { LineFigure, StackedFigure } from './figure'
import type { LineOutcome, StackedOutcome } from './outcome-charts'
import { areaColour, BAND_FILLS } from './palette'
import { bandColumns, bandSentence, runBand } from './uncertainty-band'

export interface FigureContext {
  areaName: string
  baseYear: number
  startTime: number
  outputs: readonly OutputSpec[]
}

const COLOUR_NAMES: Record<string, string> = {
  '#0072B2': 'blue',
  '#D55E00': 'vermilion',
  '#009E73': 'green',
  '#CC79A7': 'pink',
  '#E69F00': 'orange',
  '#56B4E9': 'sky blue',
  '#F0E442': 'yellow',
}

function colourName(colour: string): string {
  return COLOUR_NAMES[colour.toUpperCase()] ?? COLOUR_NAMES[colour] ?? colour
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function unitsOf(output: string, ctx: FigureContext): string {
  const wanted = output.toLowerCase()
  return ctx.outputs.find((o) => o.name.toLowerCase() === wanted)?.units ?? ''
}

function yearSpan(years: ArrayLike<number>): string {
  if (years.length === 0) return ''
  return `${Math.round(years[0])}–${Math.round(years[years.length - 1])}`
}

function linesSentence(runs: ChartRun[]): string {
  const scenarios = runs.filter((r) => !r.baseline).map((r) => `${r.label} (${colourName(r.colour)})`)
  const hasBaseline = runs.some((r) => r.baseline)
  const parts: string[] = []
  if (scenarios.length) parts.push(`${scenarios.length === 1 ? 'Line' : 'Lines'}: ${scenarios.join(', ')}`)
  if (hasBaseline) parts.push('the baseline is the black dashed line')
  return parts.length ? `${capitalise(parts.join('; '))}.` : ''
}

/** Occupancy may come as a fraction (0.9) or in percent (90); the bands follow the model's scale. */
function occupancyScale(runs: ChartRun[], output: string): { format: ValueFormat; bands: Band[] } {
  let max = 0
  for (const run of runs) for (const v of run.view.series(output)) if (v > max) max = v
  const unit = max <= 1.5 ? 0.01 : 1
  return {
    format: unit === 0.01 ? 'percent' : 'number',
    bands: [
      { from: 85 * unit, to: 92 * unit, fill: BAND_FILLS.caution, label: '85%' },
      { from: 92 * unit, to: 1000 * unit, fill: BAND_FILLS.danger, label: '92%' },
    ],
  }
}

function tableFor(
  years: ArrayLike<number>,
  columns: { label: string; values: ArrayLike<number> }[],
): ChartTable {
  const rows: number[][] = []
  for (let i = 0; i < years.length; i++) rows.push([years[i], ...columns.map((c) => c.values[i])])
  return { columns: ['Year', ...columns.map((c) => c.label)], rows }
}

function withUnits(label: string, units: string): string {
  return units ? `${label} (${units})` : label
}

/** One output, one line per run (the baseline dashed): the overlaid comparison. */
export function lineFigure(chart: LineOutcome, runs: ChartRun[], ctx: FigureContext): LineFigure | undefined {
  const present = runs.filter((r) => r.view.has(chart.output))
  if (present.length === 0) return undefined
  const units = unitsOf(chart.output, ctx)
  const occupancy = chart.occupancyBands ? occupancyScale(present, chart.output) : undefined
  const format = chart.format ?? occupancy?.format ?? 'number'
  const years = calendarYears(present[0].view, ctx.baseYear, ctx.startTime)
  const series: LineSeries[] = present.map((run) => {
    const band = runBand(run, chart.output)
    return {
      key: run.key,
      label: run.label,
      colour: run.colour,
      dash: lineDash(run),
      xs: calendarYears(run.view, ctx.baseYear, ctx.startTime),
      ys: run.view.series(chart.output),
      spread: band && { low: band.low, high: band.high, inner: band.inner },
    }
  })
  const banded = present.find((run) => runBand(run, chart.output))
  const caption = [
    `${capitalise(chart.measure)}${units ? ` (${units})` : ''}, ${ctx.areaName}, ${yearSpan(years)}.`,
    linesSentence(present),
    banded?.bands ? bandSentence(banded.bands) : '',
    chart.note ?? '',
  ]
    .filter(Boolean)
    .join(' ')
  return {
    kind: 'line',
    id: chart.id,
    title: chart.title,
    caption,
    units,
    format,
    series,
    bands: occupancy?.bands ?? [],
    zero: false,
    table: tableFor(
      years,
      present.flatMap((run, i) => {
        const line = { label: withUnits(series[i].label, units), values: series[i].ys }
        const band = runBand(run, chart.output)
        return band ? [line, ...bandColumns(run.label, band, (label) => withUnits(label, units))] : [line]
      }),
    ),
    revision: Math.max(...present.map((r) => r.view.seq)),
  }
}

/** Each scenario minus the baseline, for one output: what the policy changes. */
export function differenceFigure(
  chart: LineOutcome,
  scenarios: ChartRun[],
  baseline: ChartRun,
  ctx: FigureContext,
): LineFigure | undefined {
  if (!baseline.view.has(chart.output)) return undefined
  const units = unitsOf(chart.output, ctx)
  const base = baseline.view.series(chart.output)
  const years = calendarYears(baseline.view, ctx.baseYear, ctx.startTime)
  const series: LineSeries[] = scenarios
    .filter((run) => run.view.has(chart.output) && run.view.times.length === base.length)
    .map((run) => {
      const values = run.view.series(chart.output)
      // Paired: each run of the scenario less the baseline's run with the same draws.
      const band =
        run.bands && baseline.bands
          ? run.bands.differenceOn(chart.output, baseline.bands, run.view.times)
          : undefined
      return {
        key: run.key,
        label: run.label,
        colour: run.colour,
        xs: calendarYears(run.view, ctx.baseYear, ctx.startTime),
        ys: values.map((v, i) => v - base[i]),
        spread: band && { low: band.low, high: band.high, inner: band.inner },
      }
    })
  const format =
    chart.format ?? (chart.occupancyBands ? occupancyScale([baseline], chart.output).format : 'number')
  const caption = [
    `Difference from the baseline in ${chart.measure}${units ? ` (${units})` : ''}, ${ctx.areaName}, ${yearSpan(years)}:`,
    'above zero the scenario has more than the baseline, below zero less.',
    series.some((s) => s.spread)
      ? `Shaded: 10th–90th (light) and 25th–75th (darker) percentile of the difference, each run of a scenario set against the baseline's run with the same parameter draws (${baseline.bands?.samples} runs).`
      : '',
    format === 'percent' ? 'Differences of a share are in percentage points.' : '',
    linesSentence(scenarios.filter((s) => !s.baseline)),
  ]
    .filter(Boolean)
    .join(' ')
  return {
    kind: 'line',
    id: `${chart.id}-difference`,
    title: `${chart.title}: difference from baseline`,
    caption,
    units,
    format,
    series,
    bands: [],
    zero: true,
    table: tableFor(
      years,
      series.map((s) => ({ label: withUnits(`${s.label} minus baseline`, units), values: s.ys })),
    ),
    revision: Math.max(baseline.view.seq, ...scenarios.map((r) => r.view.seq)),
  }
}

/** Parts of a whole for one run: spend by partner, population by age band. */
export function stackedFigure(
  chart: StackedOutcome,
  run: ChartRun,
  ctx: FigureContext,
): StackedFigure | undefined {
  const parts =
    'array' in chart.parts
      ? run.view.index
          .elements(chart.parts.array)
          .map((e) => ({ output: e.name, label: elementLabel(e.element) }))
      : chart.parts.outputs.filter((p) => run.view.has(p.output))
  if (parts.length === 0) return undefined
  const firstOutput = 'array' in chart.parts ? chart.parts.array : parts[0].output
  const units = unitsOf(firstOutput, ctx)
  const years = calendarYears(run.view, ctx.baseYear, ctx.startTime)
  const layers: StackLayer[] = parts.map((part, i) => ({
    key: part.output,
    label: part.label,
    colour: areaColour(i),
    ys: run.view.series(part.output),
  }))
  const caption = [
    `${capitalise(chart.measure)}${units ? ` (${units})` : ''}, stacked so the top edge is the total: ${run.label}, ${ctx.areaName}, ${yearSpan(years)}.`,
    `Layers from the bottom: ${layers.map((l) => `${l.label} (${colourName(l.colour)})`).join(', ')}.`,
    chart.note ?? '',
  ]
    .filter(Boolean)
    .join(' ')
  return {
    kind: 'stacked',
    id: run.baseline ? chart.id : `${chart.id}-${run.key}`,
    title: run.baseline ? `${chart.title}: baseline` : `${chart.title}: ${run.label}`,
    caption,
    units,
    format: chart.format ?? 'number',
    xs: years,
    layers,
    table: tableFor(
      years,
      layers.map((l) => ({ label: withUnits(l.label, units), values: l.ys })),
    ),
    revision: run.view.seq,
  }
}

/** Each scenario's cumulative spend minus the baseline's: the "hump" and where it is paid back. */
export function cumulativeDifferenceFigure(
  chart: LineOutcome,
  scenarios: ChartRun[],
  baseline: ChartRun,
  ctx: FigureContext,
): LineFigure | undefined {
  if (!baseline.view.has(chart.output)) return undefined
  const units = unitsOf(chart.output, ctx)
  const times = baseline.view.times
  const base = cumulative(times, baseline.view.series(chart.output))
  const years = calendarYears(baseline.view, ctx.baseYear, ctx.startTime)
  const series: LineSeries[] = scenarios
    .filter((run) => run.view.has(chart.output) && run.view.times.length === times.length)
    .map((run) => {
      const total = cumulative(run.view.times, run.view.series(chart.output))
      return {
        key: run.key,
        label: run.label,
        colour: run.colour,
        xs: years,
        ys: total.map((v, i) => v - base[i]),
      }
    })
  const caption = [
    `Cumulative ${chart.measure} minus the baseline's, ${ctx.areaName}, ${yearSpan(years)}:`,
    'above zero the scenario has spent more in total so far, below zero it has saved.',
    'Where a line crosses zero on its way down, the scenario breaks even.',
    linesSentence(scenarios),
  ].join(' ')
  return {
    kind: 'line',
    id: `${chart.id}-cumulative-difference`,
    title: `Cumulative ${chart.title.toLowerCase()}: difference from baseline`,
    caption,
    units,
    format: chart.format ?? 'number',
    series,
    bands: [],
    zero: true,
    table: tableFor(
      years,
      series.map((s) => ({ label: withUnits(`${s.label}, cumulative minus baseline`, units), values: s.ys })),
    ),
    revision: Math.max(baseline.view.seq, ...scenarios.map((r) => r.view.seq)),
  }
}
