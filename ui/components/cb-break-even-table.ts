// When each scenario pays for itself: how much more it spends than the baseline at its worst, the
// year its yearly spend falls below the baseline's for good, and the year its cumulative spend
// comes back to the baseline's (break-even), with the saving or cost at the end of the run.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { ChartRun } from '../charts/chart-run'
import { DEFAULT_CURRENCY } from '../format/quantity'
import { breakEvenRow, runYears } from '../results/break-even-rows'
import { figureTableStyles } from '../styles/figure-table-styles'
import { sharedStyles } from '../styles/shared-styles'
import { lineSwatch } from './line-swatch'

@customElement('cb-break-even-table')
export class CbBreakEvenTable extends LitElement {
  static override styles = [
    sharedStyles,
    figureTableStyles,
    css`
      thead th:first-child {
        text-align: left;
      }
      td {
        white-space: nowrap;
      }
    `,
  ]

  @property({ attribute: false }) baseline?: ChartRun
  @property({ attribute: false }) scenarios: ChartRun[] = []
  /** The spend output compared, e.g. `total spend`. */
  @property() output = 'total spend'
  @property({ type: Number }) baseYear = 0
  @property({ type: Number }) startTime = 0
  /** The area's currency. */
  @property() currency = DEFAULT_CURRENCY

  override render() {
    const baseline = this.baseline
    if (!baseline?.view.has(this.output)) return nothing
    const horizon = runYears(baseline.view)
    const context = {
      baseYear: this.baseYear,
      startTime: this.startTime,
      currency: this.currency,
      output: this.output,
    }
    return html`<table>
      <caption>
        Break-even compares cumulative ${this.output} with the baseline's: the year a scenario's extra spend
        up front has been paid back by later savings. “Yearly spend below baseline from” is the year from which
        it spends less every year to the end of the run.
      </caption>
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          <th scope="col">Most extra spend (cumulative)</th>
          <th scope="col">Yearly spend below baseline from</th>
          <th scope="col">Break-even year</th>
          <th scope="col">Saving, or extra cost, over ${horizon} years</th>
        </tr>
      </thead>
      <tbody>
        ${this.scenarios.map((run) => {
          const row = breakEvenRow(run.view, baseline.view, context)
          if (!row) return nothing
          return html`<tr data-scenario=${run.label}>
            <th scope="row">${lineSwatch(run.style)}${run.label}</th>
            <td>${row.peakExtra}</td>
            <td>${row.belowFrom}</td>
            <td class="break-even">${row.breakEven}</td>
            <td class="saving">${row.overRun}</td>
          </tr>`
        })}
      </tbody>
    </table>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-break-even-table': CbBreakEvenTable
  }
}
