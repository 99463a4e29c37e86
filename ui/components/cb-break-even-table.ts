// When each scenario pays for itself: how much more it spends than the baseline at its worst, the
// year its yearly spend falls below the baseline's for good, and the year its cumulative spend
// comes back to the baseline's (break-even), with the saving or cost at the end of the run.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { ChartRun } from '../charts/chart-run'
import { formatValue } from '../format/numbers'
import { DEFAULT_CURRENCY, quantityOf } from '../format/quantity'
import { breakEven, cumulativeTotal, spendBelowBaselineFrom } from '../results/spend-analysis'
import { figureTableStyles } from '../styles/figure-table-styles'
import { sharedStyles } from '../styles/shared-styles'

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

  private year(time: number): string {
    return String(Math.floor(this.baseYear + (time - this.startTime)))
  }

  override render() {
    const baseline = this.baseline
    if (!baseline?.view.has(this.output)) return nothing
    const base = baseline.view.series(this.output)
    const times = baseline.view.times
    const horizon = times[times.length - 1] - times[0]
    const money = quantityOf('GBP', this.currency)
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
          <th scope="col">Saving, or extra cost, over ${Math.round(horizon)} years</th>
        </tr>
      </thead>
      <tbody>
        ${this.scenarios.map((run) => {
          if (!run.view.has(this.output) || run.view.times.length !== times.length) return nothing
          const spend = run.view.series(this.output)
          const result = breakEven(times, spend, base)
          const below = spendBelowBaselineFrom(times, spend, base)
          const saving = cumulativeTotal(times, base) - cumulativeTotal(times, spend)
          const breakEvenText =
            result.kind === 'breaks-even'
              ? this.year(result.time)
              : result.kind === 'never-above'
                ? 'never spends more'
                : result.kind === 'same'
                  ? 'same as baseline'
                  : `not within ${Math.round(horizon)} years`
          const peak =
            result.kind === 'breaks-even' || result.kind === 'not-within-horizon' ? result.peakExtra : 0
          return html`<tr data-scenario=${run.label}>
            <th scope="row"><span class="swatch" style="background:${run.colour}"></span>${run.label}</th>
            <td>${formatValue(peak, money)}</td>
            <td>${below === undefined ? 'never' : below <= times[0] ? 'the start' : this.year(below)}</td>
            <td class="break-even">${breakEvenText}</td>
            <td class="saving">${
              Math.abs(saving) < 0.5
                ? 'none'
                : saving > 0
                  ? `saves ${formatValue(saving, money)}`
                  : `costs ${formatValue(-saving, money)} more`
            }</td>
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
