// Slides of charts: one per outcome, with every scenario on it (stacked charts as one small
// multiple per scenario, on one scale); the differences from the baseline that matter most; and
// when each scenario's spend breaks even.
import {
  cumulativeDifferenceFigure,
  differenceFigure,
  lineFigure,
  stackedFigure,
} from '../charts/build-figures'
import { capitalise, colourName, yearSpan } from '../charts/captions'
import type { LineFigure, StackedFigure } from '../charts/figure'
import {
  type LineOutcome,
  type OutcomeChart,
  outcomeChart,
  type StackedOutcome,
} from '../charts/outcome-charts'
import { stackTop } from '../charts/stacked-chart-draw'
import { breakEvenRow, runYears } from '../results/break-even-rows'
import type { DeckInput } from './deck-input'
import type { Slide } from './slide'

/** One outcome with every scenario: lines overlaid, or a stack per scenario on a shared scale. */
export function chartSlide(chart: OutcomeChart, input: DeckInput): Slide[] {
  const runs = [input.baseline, ...input.scenarios]
  if (chart.kind === 'line') {
    const figure = lineFigure(chart, runs, input.ctx)
    return figure
      ? [
          {
            kind: chart.id,
            title: figure.title,
            arrangement: 'stack',
            blocks: [{ kind: 'chart', figure }],
            caption: figure.caption,
          },
        ]
      : []
  }
  return stackedSlide(chart, input)
}

function stackedSlide(chart: StackedOutcome, input: DeckInput): Slide[] {
  const runs = [input.baseline, ...input.scenarios]
  const figures = runs
    .map((run) => stackedFigure(chart, run, input.ctx))
    .filter((f): f is StackedFigure => f?.kind === 'stacked')
  if (figures.length === 0) return []
  const top = Math.max(...figures.map((f) => stackTop(f.layers)))
  const layers = figures[0].layers
  const caption = [
    `${capitalise(chart.measure)}, stacked so the top edge is the total, ${input.areaName}, ${yearSpan(figures[0].xs)}:`,
    `the baseline and ${input.scenarios.length === 1 ? 'the scenario' : 'each scenario'} on one scale.`,
    `Layers from the bottom: ${layers.map((l) => `${l.label} (${colourName(l.colour)})`).join(', ')}.`,
  ].join(' ')
  return [
    {
      kind: chart.id,
      title: chart.title,
      arrangement: figures.length === 1 ? 'stack' : 'grid',
      blocks: figures.map((figure, i) => ({
        kind: 'chart',
        figure: { ...figure, sharedTop: top },
        heading: runs[i].baseline ? 'Baseline' : runs[i].label,
      })),
      caption,
    },
  ]
}

/** The outcomes a board asks about first, each as the difference each scenario makes. */
export const DIFFERENCE_CHARTS = ['emergency-admissions', 'occupied-beds', 'unmet-need', 'total-spend']

export function differenceSlide(input: DeckInput): Slide[] {
  if (input.scenarios.length === 0) return []
  const figures = DIFFERENCE_CHARTS.map((id) => outcomeChart(id))
    .filter((c): c is LineOutcome => c?.kind === 'line')
    .map((chart) => differenceFigure(chart, input.scenarios, input.baseline, input.ctx))
    .filter((f): f is LineFigure => f !== undefined)
  return [
    {
      kind: 'difference',
      title: 'Difference from the baseline',
      arrangement: 'grid',
      blocks: figures.map((figure) => ({
        kind: 'chart',
        figure,
        heading: figure.title.replace(/: difference from baseline$/, ''),
      })),
      caption: `Each scenario minus the baseline, ${input.areaName}: above zero the scenario has more than the baseline, below zero less. Shares differ in percentage points.`,
    },
  ]
}

export function breakEvenSlide(input: DeckInput): Slide[] {
  const chart = outcomeChart('total-spend')
  if (chart?.kind !== 'line' || input.scenarios.length === 0) return []
  const context = {
    baseYear: input.baseYear,
    startTime: input.startTime,
    currency: input.currency,
    output: chart.output,
  }
  const horizon = runYears(input.baseline.view)
  const rows = input.scenarios.flatMap((run) => {
    const row = breakEvenRow(run.view, input.baseline.view, context)
    return row
      ? [
          {
            header: run.label,
            swatch: run.style,
            cells: [
              { text: row.peakExtra },
              { text: row.belowFrom },
              { text: row.breakEven },
              { text: row.overRun },
            ],
          },
        ]
      : []
  })
  const figure = cumulativeDifferenceFigure(chart, input.scenarios, input.baseline, input.ctx)
  return [
    {
      kind: 'break-even',
      title: 'When does it pay for itself?',
      arrangement: 'columns',
      blocks: [
        {
          kind: 'table',
          table: {
            corner: 'Scenario',
            columns: [
              'Most extra spend',
              'Spends less each year from',
              'Breaks even',
              `Over ${horizon} years`,
            ],
            rows,
          },
        },
        ...(figure ? [{ kind: 'chart' as const, figure }] : []),
      ],
      caption:
        'Break-even is the year a scenario’s cumulative spend comes back to the baseline’s: its extra spend up front paid back by later savings. The chart shows cumulative spend minus the baseline’s; where a line crosses zero on its way down, the scenario breaks even.',
    },
  ]
}
