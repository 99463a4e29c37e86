// The appraisal slide: for each scenario, the net present value of its saving against the baseline
// (Green Book: real terms, 3.5% a year, financial years) in all and by partner, the transition's
// cost, the return on each pound shifted and the discounted break-even year, beside the chart of
// the cumulative discounted saving.
import { formatValue } from '../format/numbers'
import { currencySymbol, quantityOf } from '../format/quantity'
import { appraiseScenarios, cumulativeSavingFigure, millions } from '../results/appraisal-view'
import type { DeckInput } from './deck-input'
import type { Slide, SlideCell } from './slide'

export function appraisalSlide(input: DeckInput): Slide[] {
  const appraisals = appraiseScenarios(input.baseline, input.scenarios, {})
  if (appraisals.length === 0) return []
  const money = (value: number): SlideCell => ({
    text: `${value > 0 && /[1-9]/.test(millions(value, input.currency)) ? '+' : ''}${millions(value, input.currency)}`,
    tone: value > 0 ? 'better' : value < 0 ? 'worse' : undefined,
  })
  const pound = quantityOf(input.currency, input.currency)
  const rows = appraisals.map(({ run, real }) => ({
    header: run.label,
    swatch: { colour: run.colour },
    cells: [
      money(real.npvTotal),
      money(real.npvByPartner.nhs),
      money(real.npvByPartner.council),
      { text: millions(real.doubleRunning.present, input.currency) },
      {
        text:
          real.returnPerPoundShifted === null
            ? 'nothing shifted'
            : formatValue(real.returnPerPoundShifted, pound, { decimals: 2 }),
      },
      { text: real.discountedBreakEvenYear ?? 'not within the run' },
    ],
  }))
  const figure = cumulativeSavingFigure(appraisals, 'real', input.areaName, input.currency)
  return [
    {
      kind: 'appraisal',
      title: 'Does it pay, and for whom?',
      // The table across the top, full width so its six columns read whole; the chart below.
      arrangement: 'stack',
      blocks: [
        {
          kind: 'table',
          table: {
            corner: 'Scenario',
            columns: [
              'Net present value',
              'NHS',
              'Council',
              'Double running',
              `Per ${currencySymbol(input.currency)}1 shifted`,
              'Breaks even (discounted)',
            ],
            rows,
          },
        },
        ...(figure ? [{ kind: 'chart' as const, figure }] : []),
      ],
      caption: `Net present value of the saving against the baseline (positive: costs less), real terms, discounted at 3.5% a year (HM Treasury Green Book) from the first financial year; double running at present value. Per ${currencySymbol(input.currency)}1 shifted: net present value for each pound moved into community services and prevention. The chart shows the cumulative discounted saving; where a line crosses zero for good, the scenario breaks even.`,
    },
  ]
}
