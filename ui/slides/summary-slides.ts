// The opening slides: the cover (area, scenarios, date, model version), each scenario in three
// sentences, and the key figures ten years on with totals over the run.
import { BASELINE_STYLE } from '../charts/line-style'
import { columnOptions, formatDifference, formatValue } from '../format/numbers'
import { quantityOf } from '../format/quantity'
import { monthLabel } from '../format/time'
import { KPI_SPECS, kpiRows } from '../results/kpis'
import { scenarioNarrative } from '../results/narrative'
import type { DeckInput } from './deck-input'
import type { Slide, SlideCell, SlideTableRow } from './slide'

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })

export function coverTitle(input: DeckInput): string {
  const names = input.scenarios.map((s) => s.label)
  if (names.length === 1) return names[0]
  if (names.length === 0) return `${input.areaName}: the baseline`
  return `${names.length} options for ${input.areaName}`
}

export function coverSlide(input: DeckInput): Slide[] {
  return [
    {
      kind: 'cover',
      title: coverTitle(input),
      arrangement: 'stack',
      blocks: [
        {
          kind: 'cover',
          lines: [
            `${input.areaName}: ${input.scenarios.length === 1 ? 'an option' : 'options'} for pooled health and social care budgets, against the baseline (every lever at the area’s default)`,
            `${DATE.format(input.date)} · ${input.model} · ${Math.round(input.stopTime - input.startTime)} years from ${input.baseYear}`,
          ],
          scenarios: [
            ...input.scenarios.map((s) => ({ name: s.label, swatch: s.style })),
            { name: 'Baseline', swatch: BASELINE_STYLE },
          ],
        },
      ],
    },
  ]
}

export function summarySlide(input: DeckInput): Slide[] {
  if (input.scenarios.length === 0) return []
  const paragraphs = input.scenarios.map((run) => ({
    heading: run.label,
    swatch: run.style,
    text: scenarioNarrative(run.label, run.view, input.baseline.view, {
      baseYear: input.baseYear,
      startTime: input.startTime,
      currency: input.currency,
    })
      .map((s) => s.text)
      .join(' '),
  }))
  return [
    {
      kind: 'summary',
      title: 'In brief',
      arrangement: 'stack',
      blocks: [{ kind: 'paragraphs', paragraphs }],
      caption:
        'Worked out from each scenario’s run and the baseline’s; every number is on a chart in this pack (occupied beds, occupancy, beds closed, admissions, unmet need, cumulative spend).',
    },
  ]
}

/** The year the key figures slide reports: ten years on, or the end of a shorter run. */
const KEY_YEAR = 10

export function keyFiguresSlide(input: DeckInput): Slide[] {
  const runs = [input.baseline, ...input.scenarios]
  const horizon = Math.round(input.stopTime - input.startTime)
  const year = Math.min(KEY_YEAR, horizon)
  const data = runs.map(
    (run) => new Map(kpiRows(run.view, KPI_SPECS, input.startTime, [year]).map((r) => [r.spec.output, r])),
  )
  const unitsOf = (output: string) =>
    input.ctx.outputs.find((o) => o.name.toLowerCase() === output.toLowerCase())?.units
  const rows: SlideTableRow[] = []
  const addRow = (
    header: string,
    values: number[],
    quantity: ReturnType<typeof quantityOf>,
    lowerIsBetter: boolean,
  ) => {
    const options = columnOptions(values, quantity)
    // Differences are much smaller than the values: they get their own unit and precision.
    const changes = columnOptions(
      values.slice(1).map((v) => v - values[0]),
      quantity,
    )
    const cells: SlideCell[] = values.map((value, i) => {
      if (i === 0) return { text: formatValue(value, quantity, options) }
      const difference = value - values[0]
      const tolerance = quantity.kind === 'share' ? 0.0005 : 1e-4 * Math.max(1, Math.abs(values[0]))
      const better = lowerIsBetter ? difference < -tolerance : difference > tolerance
      const worse = lowerIsBetter ? difference > tolerance : difference < -tolerance
      return {
        text: formatValue(value, quantity, options),
        sub: `${formatDifference(difference, quantity, changes)}${better ? ' better' : worse ? ' worse' : ''}`,
        tone: better ? 'better' : worse ? 'worse' : undefined,
      }
    })
    rows.push({ header, cells })
  }
  for (const spec of KPI_SPECS) {
    const found = data.map((d) => d.get(spec.output))
    if (found.some((r) => r === undefined)) continue
    const quantity = quantityOf(unitsOf(spec.output), input.currency)
    addRow(
      spec.label,
      found.map((r) => r?.atYears[0] ?? Number.NaN),
      quantity,
      spec.lowerIsBetter,
    )
    if (spec.cumulative) {
      const total = { ...quantity, noun: quantity.noun.replace(/\s*a year$/, '') }
      addRow(
        `${spec.label.replace(/ a year$/, '')}, total over ${horizon} years`,
        found.map((r) => r?.total ?? Number.NaN),
        total,
        spec.lowerIsBetter,
      )
    }
  }
  return [
    {
      kind: 'key-figures',
      title: `Key figures, ${monthLabel(input.baseYear + year)}`,
      arrangement: 'stack',
      blocks: [
        {
          kind: 'table',
          table: {
            corner: `In ${monthLabel(input.baseYear + year)} (year ${year}), and totals over the run`,
            columns: runs.map((r) => (r.baseline ? 'Baseline' : r.label)),
            rows,
          },
        },
      ],
      caption:
        'Under each scenario’s figure: its difference from the baseline, said to be better or worse for patients or budgets. Shares differ in percentage points.',
    },
  ]
}
