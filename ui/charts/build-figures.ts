// Turns runs into figures: the lines or layers to draw, how their numbers read (from the output's
// units, in the area's currency), a caption that names the area, the years, each scenario and its
// colour and the area's own sources, and the table of numbers behind the chart.
import type { OutputSpec } from '../../model/care/types'
import type { Source } from '../../model/ir'
import { slug } from '../format/file-names'
import { differenceQuantity, type Quantity, quantityOf, unitsLabel } from '../format/quantity'
import { cumulative } from '../results/spend-analysis'
import { baseFiguresSentence, capitalise, colourName, linesSentence, yearSpan } from './captions'
import { type ChartRun, calendarYears, seriesLook } from './chart-run'
import type { Band, LineSeries, StackLayer } from './chart-series'
import { differencesSummary, linesSummary, stackSummary } from './chart-summary'
import type { ChartTable } from './chart-table'
import { elementLabel } from './element-label'
import type { LineFigure, StackedFigure } from './figure'
import type { ChartNote, LineOutcome, StackedOutcome } from './outcome-charts'
import { areaColour, BAND_FILLS } from './palette'
import { bandColumns, bandSentence, runBand } from './uncertainty-band'

export interface FigureContext {
  areaName: string
  baseYear: number
  startTime: number
  outputs: readonly OutputSpec[]
  /** The area's currency (GBP unless the area says otherwise). */
  currency: string
  /** The area's own sources for its base-year parameters. */
  areaSources: Readonly<Record<string, readonly Source[]>>
  /** A parameter's sources in this area: the area's own, else the model's. */
  sourcesOf(parameter: string): readonly Source[]
}

export function unitsOf(output: string, ctx: Pick<FigureContext, 'outputs'>): string {
  const wanted = output.toLowerCase()
  return ctx.outputs.find((o) => o.name.toLowerCase() === wanted)?.units ?? ''
}

/** An output's model units with money in the area's currency: a raw CSV heading for San Marino says EUR. */
function modelUnitsOf(output: string, ctx: Pick<FigureContext, 'outputs' | 'currency'>): string {
  return unitsOf(output, ctx).replace(/^GBP\b/, ctx.currency)
}

export function quantityFor(output: string, ctx: Pick<FigureContext, 'outputs' | 'currency'>): Quantity {
  return quantityOf(unitsOf(output, ctx), ctx.currency)
}

function noteText(note: ChartNote | undefined, ctx: FigureContext): string {
  return typeof note === 'function' ? note(ctx) : (note ?? '')
}

/** The occupancy risk bands, for an output whose units say it is a share of beds. */
function occupancyBands(quantity: Quantity): Band[] {
  if (quantity.kind !== 'share') return []
  return [
    { from: 0.85, to: 0.92, fill: BAND_FILLS.caution, label: '85%' },
    { from: 0.92, to: 10, fill: BAND_FILLS.danger, label: '92%' },
  ]
}

function tableFor(
  years: ArrayLike<number>,
  columns: { label: string; values: ArrayLike<number> }[],
): ChartTable {
  const rows: number[][] = []
  for (let i = 0; i < years.length; i++) rows.push([years[i], ...columns.map((c) => c.values[i])])
  return { columns: ['Year', ...columns.map((c) => c.label)], rows }
}

function scenarioNames(runs: readonly ChartRun[]): string[] {
  return runs.filter((r) => !r.baseline).map((r) => r.label)
}

/** One output, one line per run (the baseline dashed): the overlaid comparison. */
export function lineFigure(chart: LineOutcome, runs: ChartRun[], ctx: FigureContext): LineFigure | undefined {
  const present = runs.filter((r) => r.view.has(chart.output))
  if (present.length === 0) return undefined
  const quantity = quantityFor(chart.output, ctx)
  const years = calendarYears(present[0].view, ctx.baseYear, ctx.startTime)
  const series: LineSeries[] = present.map((run) => {
    const band = runBand(run, chart.output)
    return {
      key: run.key,
      label: run.label,
      ...seriesLook(run),
      xs: calendarYears(run.view, ctx.baseYear, ctx.startTime),
      ys: run.view.series(chart.output),
      spread: band && { low: band.low, high: band.high, inner: band.inner },
    }
  })
  const banded = present.find((run) => runBand(run, chart.output))
  const bands = chart.occupancyBands ? occupancyBands(quantity) : []
  const caption = [
    `${capitalise(chart.measure)}, ${ctx.areaName}, ${yearSpan(years)}.`,
    linesSentence(present),
    banded?.bands ? bandSentence(banded.bands) : '',
    bands.length ? noteText(chart.note, ctx) : chart.occupancyBands ? '' : noteText(chart.note, ctx),
    baseFiguresSentence(ctx.areaName, chart.baseFigures, ctx.areaSources),
  ]
    .filter(Boolean)
    .join(' ')
  return {
    kind: 'line',
    id: chart.id,
    title: chart.title,
    caption,
    summary: linesSummary(series, quantity),
    units: unitsLabel(quantity),
    modelUnits: modelUnitsOf(chart.output, ctx),
    quantity,
    scenarios: scenarioNames(present),
    series,
    bands,
    zero: false,
    table: tableFor(
      years,
      present.flatMap((run, i) => {
        const line = { label: series[i].label, values: series[i].ys }
        const band = runBand(run, chart.output)
        return band ? [line, ...bandColumns(run.label, band)] : [line]
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
  const quantity = differenceQuantity(quantityFor(chart.output, ctx))
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
        ...seriesLook(run),
        xs: calendarYears(run.view, ctx.baseYear, ctx.startTime),
        ys: values.map((v, i) => v - base[i]),
        spread: band && { low: band.low, high: band.high, inner: band.inner },
      }
    })
  const caption = [
    `Difference from the baseline in ${chart.measure}, ${ctx.areaName}, ${yearSpan(years)}:`,
    'above zero the scenario has more than the baseline, below zero less.',
    series.some((s) => s.spread)
      ? `Shaded: 10th–90th (light) and 25th–75th (darker) percentile of the difference, each run of a scenario set against the baseline's run with the same parameter draws (${baseline.bands?.samples} runs).`
      : '',
    quantity.kind === 'points' ? 'Differences of a share are in percentage points.' : '',
    linesSentence(scenarios.filter((s) => !s.baseline)),
  ]
    .filter(Boolean)
    .join(' ')
  return {
    kind: 'line',
    id: `${chart.id}-difference`,
    title: `${chart.title}: difference from baseline`,
    caption,
    summary: differencesSummary(series, quantity),
    units: unitsLabel(quantity),
    modelUnits: modelUnitsOf(chart.output, ctx),
    quantity,
    scenarios: scenarioNames(scenarios),
    series,
    bands: [],
    zero: true,
    table: tableFor(
      years,
      series.map((s) => ({ label: `${s.label} minus baseline`, values: s.ys })),
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
  const quantity = quantityFor(firstOutput, ctx)
  const years = calendarYears(run.view, ctx.baseYear, ctx.startTime)
  const layers: StackLayer[] = parts.map((part, i) => ({
    key: part.output,
    label: part.label,
    colour: areaColour(i),
    ys: run.view.series(part.output),
  }))
  const caption = [
    `${capitalise(chart.measure)}, stacked so the top edge is the total: ${run.label}, ${ctx.areaName}, ${yearSpan(years)}.`,
    `Layers from the bottom: ${layers.map((l) => `${l.label} (${colourName(l.colour)})`).join(', ')}.`,
    noteText(chart.note, ctx),
    baseFiguresSentence(ctx.areaName, chart.baseFigures, ctx.areaSources),
  ]
    .filter(Boolean)
    .join(' ')
  return {
    kind: 'stacked',
    id: run.baseline ? chart.id : `${chart.id}-${slug(run.label, 40)}`,
    title: run.baseline ? `${chart.title}: baseline` : `${chart.title}: ${run.label}`,
    caption,
    summary: stackSummary(run.label, years, layers, quantity),
    units: unitsLabel(quantity),
    modelUnits: modelUnitsOf(firstOutput, ctx),
    quantity,
    scenarios: scenarioNames([run]),
    xs: years,
    layers,
    table: tableFor(
      years,
      layers.map((l) => ({ label: l.label, values: l.ys })),
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
  // A rate a year summed over years is a plain amount: spend a year becomes spend.
  const rate = quantityFor(chart.output, ctx)
  const quantity: Quantity = { ...rate, noun: rate.noun.replace(/\s*a year$/, '') }
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
        ...seriesLook(run),
        xs: years,
        ys: total.map((v, i) => v - base[i]),
      }
    })
  const caption = [
    `Cumulative ${chart.measure.replace(/ a year\b/, '')} minus the baseline's, ${ctx.areaName}, ${yearSpan(years)}:`,
    'above zero the scenario has spent more in total so far, below zero it has saved.',
    'Where a line crosses zero on its way down, the scenario breaks even.',
    linesSentence(scenarios),
  ].join(' ')
  return {
    kind: 'line',
    id: `${chart.id}-cumulative-difference`,
    title: `Cumulative ${chart.title.toLowerCase()}: difference from baseline`,
    caption,
    summary: differencesSummary(series, quantity),
    units: unitsLabel(quantity),
    modelUnits: modelUnitsOf(chart.output, ctx).replace(/ per year$/, ''),
    quantity,
    scenarios: scenarioNames(scenarios),
    series,
    bands: [],
    zero: true,
    table: tableFor(
      years,
      series.map((s) => ({ label: `${s.label}, cumulative minus baseline`, values: s.ys })),
    ),
    revision: Math.max(baseline.view.seq, ...scenarios.map((r) => r.view.seq)),
  }
}
