// Compare's appraisal: does each scenario pay, for whom, and when? HM Treasury Green Book style:
// real terms by default, discounted at 3.5% a year (editable), in financial years (or calendar):
// net present value by partner and in total, the transition's cost, break-even undiscounted and
// discounted, the return on each pound shifted, a chart of the cumulative discounted saving, and
// the years one by one. Cash figures (each year at its own prices) come from the model's price index.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property, state } from 'lit/decorators.js'
import { GREEN_BOOK_DISCOUNT_RATE, MAX_DISCOUNT_RATE } from '../../model/care/appraisal-discount'
import { PARTNERS } from '../../model/care/appraisal-outputs'
import type { YearBasis } from '../../model/care/appraisal-years'
import type { ChartRun } from '../charts/chart-run'
import type { Figure } from '../charts/figure'
import { FigureMemo } from '../charts/figure-memo'
import { toCsv, withNotes } from '../export/csv'
import { downloadText } from '../export/download'
import { formatValue } from '../format/numbers'
import { quantityOf } from '../format/quantity'
import {
  appraiseScenarios,
  cumulativeSavingFigure,
  millions,
  PRICE_INDEX_OUTPUT,
  type Prices,
  type ScenarioAppraisal,
} from '../results/appraisal-view'
import { figureTableStyles } from '../styles/figure-table-styles'
import { sharedStyles } from '../styles/shared-styles'
import './cb-chart-card'

interface Row {
  label: string
  note?: string
  value: (a: ScenarioAppraisal) => string
  csv: (a: ScenarioAppraisal) => string | number
}

@customElement('cb-appraisal-panel')
export class CbAppraisalPanel extends LitElement {
  static override styles = [
    sharedStyles,
    figureTableStyles,
    css`
      :host {
        display: block;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 1.2rem;
        align-items: baseline;
        margin: 0.3rem 0 0.7rem;
        font-size: 0.88rem;
      }
      .controls input {
        width: 4.5rem;
      }
      th[scope='row'] {
        text-align: left;
        font-weight: normal;
      }
      td {
        white-space: nowrap;
      }
      th[scope='row'].measure {
        font-weight: 600;
      }
      th[scope='row'].part {
        padding-left: 1.4rem;
      }
      .saving {
        color: #006b4f;
      }
      .cost {
        color: #a3410a;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 30rem), 1fr));
        gap: 0.9rem;
        margin-top: 0.8rem;
      }
      details {
        margin-top: 0.8rem;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
      }
      .error {
        color: #a33;
      }
    `,
  ]

  @property({ attribute: false }) baseline?: ChartRun
  @property({ attribute: false }) scenarios: ChartRun[] = []
  @property() areaName = ''
  /** The area's currency (GBP unless it says otherwise). */
  @property() currency = 'GBP'
  /** Where the numbers come from, under the chart and in the CSV. */
  @property() footnote = ''
  /** A year, 0.035 for 3.5%. */
  @state() discountRate = GREEN_BOOK_DISCOUNT_RATE
  @state() yearBasis: YearBasis = 'financial'
  @state() prices: Prices = 'real'
  @state() private rateProblem = ''
  @state() private yearsOf = ''
  private readonly memo = new FigureMemo<Figure | undefined>()

  private get hasPriceIndex(): boolean {
    return this.baseline?.view.has(PRICE_INDEX_OUTPUT) ?? false
  }

  /** The appraisal of every compared scenario at the current settings. */
  appraisals(): ScenarioAppraisal[] {
    const baseline = this.baseline
    if (!baseline) return []
    return appraiseScenarios(baseline, this.scenarios, {
      discountRate: this.discountRate,
      yearBasis: this.yearBasis,
    })
  }

  private setRate(text: string): void {
    const percent = Number(text)
    if (text.trim() === '' || !Number.isFinite(percent) || percent < 0 || percent > MAX_DISCOUNT_RATE * 100) {
      this.rateProblem = `A discount rate is a percentage a year from 0 to ${MAX_DISCOUNT_RATE * 100}; the Green Book's is 3.5.`
      return
    }
    this.rateProblem = ''
    this.discountRate = percent / 100
  }

  private money(value: number): string {
    return millions(value, this.currency)
  }

  /** A saving with its sign: +£2.0m, -£3.1m; none for nothing. */
  private signed(value: number): string {
    const text = this.money(value)
    return value > 0 && /[1-9]/.test(text) ? `+${text}` : text
  }

  private rows(cash: boolean): Row[] {
    const money = (value: number) => this.money(value)
    const signedMoney = (value: number) => this.signed(value)
    const years = (a: ScenarioAppraisal) => (cash && a.cash ? a.cash : a.real)
    const partner = (key: (typeof PARTNERS)[number]['key']) => (a: ScenarioAppraisal) =>
      a.real.npvByPartner[key]
    const ret = (a: ScenarioAppraisal) => a.real.returnPerPoundShifted
    return [
      {
        label: 'Net present value of the saving',
        note: 'positive: costs less than the baseline',
        value: (a) => signedMoney(a.real.npvTotal),
        csv: (a) => a.real.npvTotal,
      },
      ...PARTNERS.filter((p) => p.key !== 'pooled_fund').map((p) => ({
        label: p.label,
        value: (a: ScenarioAppraisal) => signedMoney(partner(p.key)(a)),
        csv: (a: ScenarioAppraisal) => partner(p.key)(a),
      })),
      {
        // Not a saving or a cost: more pooling puts more of the partners' money through the fund.
        label: 'Spending through the pooled fund, change, present value',
        value: (a) => signedMoney(-a.real.npvByPartner.pooled_fund),
        csv: (a) => -a.real.npvByPartner.pooled_fund,
      },
      {
        label: `Saving over the run, undiscounted${cash ? ', cash' : ''}`,
        value: (a) => signedMoney(years(a).undiscountedTotal),
        csv: (a) => years(a).undiscountedTotal,
      },
      {
        label: 'Transition: double running, present value',
        value: (a) => money(a.real.doubleRunning.present),
        csv: (a) => a.real.doubleRunning.present,
      },
      {
        label: 'of which paid from the hump fund',
        value: (a) => money(a.real.humpFundUsed.present),
        csv: (a) => a.real.humpFundUsed.present,
      },
      {
        label: 'Money shifted to community services and prevention, present value',
        value: (a) => money(a.real.moneyShifted.present),
        csv: (a) => a.real.moneyShifted.present,
      },
      {
        label: 'Net present value per £1 shifted',
        value: (a) => {
          const r = ret(a)
          return r === null
            ? 'nothing shifted'
            : formatValue(r, quantityOf(this.currency, this.currency), { decimals: 2 })
        },
        csv: (a) => ret(a) ?? '',
      },
      {
        label: 'Breaks even (undiscounted)',
        value: (a) => a.real.breakEvenYear ?? 'not by the end of the run',
        csv: (a) => a.real.breakEvenYear ?? '',
      },
      {
        label: 'Breaks even (discounted)',
        value: (a) => a.real.discountedBreakEvenYear ?? 'not by the end of the run',
        csv: (a) => a.real.discountedBreakEvenYear ?? '',
      },
    ]
  }

  private settingsText(): string {
    const rate = `${Number((this.discountRate * 100).toFixed(2))}%`
    const years = this.yearBasis === 'financial' ? 'financial years (April to March)' : 'calendar years'
    return `Real terms (base-year prices), discounted at ${rate} a year from the first year (year 0), in ${years}.`
  }

  exportCsv(appraisals: ScenarioAppraisal[]): void {
    const cash = this.prices === 'cash' && this.hasPriceIndex
    const rows = this.rows(cash).map((row) => [row.label, ...appraisals.map((a) => row.csv(a))])
    const text = toCsv(['Measure (GBP unless stated)', ...appraisals.map((a) => a.run.label)], rows)
    downloadText(withNotes(text, [this.settingsText(), this.footnote]), 'appraisal.csv', 'text/csv')
  }

  override render() {
    const appraisals = this.appraisals()
    if (!this.baseline || appraisals.length === 0) return nothing
    const cash = this.prices === 'cash' && this.hasPriceIndex
    const figure = this.memo.get(
      'cumulative',
      [
        this.baseline.view,
        ...appraisals.flatMap((a) => [a.run.view, a.run.label, a.run.colour]),
        this.discountRate,
        this.yearBasis,
        cash,
        this.areaName,
        this.currency,
      ],
      () => cumulativeSavingFigure(appraisals, cash ? 'cash' : 'real', this.areaName, this.currency),
    )
    return html`
      <div class="controls">
        <label
          >Discount rate
          <input
            class="discount-rate"
            type="number"
            min="0"
            max=${MAX_DISCOUNT_RATE * 100}
            step="0.1"
            .value=${String(Number((this.discountRate * 100).toFixed(4)))}
            @change=${(e: Event) => this.setRate((e.target as HTMLInputElement).value)}
          />
          % a year</label
        >
        <label
          >Years
          <select class="year-basis" @change=${(e: Event) => {
            this.yearBasis = (e.target as HTMLSelectElement).value as YearBasis
          }}>
            <option value="financial" ?selected=${this.yearBasis === 'financial'}>financial (April to March)</option>
            <option value="calendar" ?selected=${this.yearBasis === 'calendar'}>calendar</option>
          </select></label
        >
        <label
          >Money
          <select
            class="prices"
            ?disabled=${!this.hasPriceIndex}
            title=${this.hasPriceIndex ? '' : 'This model has no price index, so money is in base-year prices only.'}
            @change=${(e: Event) => {
              this.prices = (e.target as HTMLSelectElement).value as Prices
            }}
          >
            <option value="real" ?selected=${!cash}>real terms (base-year prices)</option>
            <option value="cash" ?selected=${cash}>cash (each year's prices)</option>
          </select></label
        >
        ${this.rateProblem ? html`<span class="error" role="alert">${this.rateProblem}</span>` : nothing}
      </div>
      <table class="appraisal-summary">
        <caption>
          ${this.settingsText()} A saving is the baseline's spend less the scenario's, so a negative figure is
          extra cost. The net present value is always in real terms, as the Green Book asks; ${
            cash
              ? 'the undiscounted saving is in cash.'
              : 'switch Money to cash for the undiscounted figures at each year’s prices.'
          }
          Break-even is the first year by whose end the cumulative saving is not negative and stays so.
          <button class="export-csv" @click=${() => this.exportCsv(appraisals)}>CSV</button>
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            ${appraisals.map(
              (a) =>
                html`<th scope="col"><span class="swatch" style="background:${a.run.colour}"></span>${a.run.label}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${this.rows(cash).map((row, i) => {
            const part = row.label.startsWith('of which') || PARTNERS.some((p) => p.label === row.label)
            // Green and orange only where the sign means saving or cost.
            const toned =
              i === 0 || PARTNERS.some((p) => p.label === row.label) || row.label.startsWith('Saving')
            return html`<tr>
              <th scope="row" class=${i === 0 ? 'measure' : part ? 'part' : ''}>
                ${row.label}${row.note ? html` <span class="muted small">(${row.note})</span>` : nothing}
              </th>
              ${appraisals.map((a) => {
                const value = row.csv(a)
                const tone =
                  !toned || typeof value !== 'number' ? '' : value > 0 ? 'saving' : value < 0 ? 'cost' : ''
                return html`<td class=${tone}>${row.value(a)}</td>`
              })}
            </tr>`
          })}
        </tbody>
      </table>
      <div class="grid">
        ${figure ? html`<cb-chart-card .figure=${figure} footnote=${this.footnote}></cb-chart-card>` : nothing}
      </div>
      ${this.renderYears(appraisals, cash)}
    `
  }

  private renderYears(appraisals: ScenarioAppraisal[], cash: boolean) {
    const chosen = appraisals.find((a) => a.run.key === this.yearsOf) ?? appraisals[0]
    const real = chosen.real
    const shown = cash && chosen.cash ? chosen.cash : real
    const money = (value: number) => this.money(value)
    const signedMoney = (value: number) => this.signed(value)
    return html`<details class="appraisal-years">
      <summary>Year by year</summary>
      <p>
        <label
          >Scenario
          <select @change=${(e: Event) => {
            this.yearsOf = (e.target as HTMLSelectElement).value
          }}>
            ${appraisals.map(
              (a) => html`<option value=${a.run.key} ?selected=${a === chosen}>${a.run.label}</option>`,
            )}
          </select></label
        >
      </p>
      <table>
        <caption>
          Saving against the baseline in each year${cash ? ' in cash' : ''}; discounted columns in real terms.
          ${real.years.filter((y) => y.note).map((y) => html`${y.label} covers ${y.note}. `)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            ${PARTNERS.filter((p) => p.key !== 'pooled_fund').map((p) => html`<th scope="col">${p.label}</th>`)}
            <th scope="col">Total</th>
            <th scope="col">Discount factor</th>
            <th scope="col">Present value</th>
            <th scope="col">Cumulative</th>
            <th scope="col">Cumulative present value</th>
            <th scope="col">Double running</th>
            <th scope="col">Hump fund</th>
          </tr>
        </thead>
        <tbody>
          ${real.years.map((year, i) => {
            const row = shown.years[i]
            return html`<tr>
              <th scope="row">${year.label}${year.note ? '*' : ''}</th>
              <td>${signedMoney(row.saving.nhs)}</td>
              <td>${signedMoney(row.saving.council)}</td>
              <td>${signedMoney(row.totalSaving)}</td>
              <td>${year.discountFactor.toFixed(3)}</td>
              <td>${signedMoney(year.presentSaving)}</td>
              <td>${signedMoney(row.cumulativeSaving)}</td>
              <td>${signedMoney(year.cumulativePresentSaving)}</td>
              <td>${money(row.doubleRunning)}</td>
              <td>${money(row.humpFundUsed)}</td>
            </tr>`
          })}
        </tbody>
      </table>
    </details>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-appraisal-panel': CbAppraisalPanel
  }
}
