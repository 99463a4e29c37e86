// The outputs the page reads from a run: every chart's (an arrayed output by its own name), the key
// figures', the break-even table's spend, and the appraisal's (spend by partner, transition, money
// shifted, and the price index for cash figures). Runs ask the engine for these alone, so a lever move
// transfers a few dozen outputs rather than every one the model has.
import { APPRAISAL_OUTPUT_NAMES } from '../../model/care/appraisal-outputs'
import { OUTCOME_CHARTS } from '../charts/outcome-charts'
import { PRICE_INDEX_OUTPUT } from '../results/appraisal-view'
import { KPI_SPECS } from '../results/kpis'

function chartOutputs(): string[] {
  return OUTCOME_CHARTS.flatMap((chart) => {
    if (chart.kind === 'line') return [chart.output]
    return 'array' in chart.parts ? [chart.parts.array] : chart.parts.outputs.map((part) => part.output)
  })
}

/** The break-even table compares this spend (cb-break-even-table's `output`). */
const BREAK_EVEN_SPEND = 'total spend'

export const DRAWN_OUTPUTS: readonly string[] = [
  ...new Set([
    ...chartOutputs(),
    ...KPI_SPECS.map((spec) => spec.output),
    BREAK_EVEN_SPEND,
    ...APPRAISAL_OUTPUT_NAMES,
    PRICE_INDEX_OUTPUT,
  ]),
]
