// "Which assumptions matter?": for the open scenario, one outcome in one year, a tornado chart of
// the uncertain parameters one at a time (each at the low and the high end of its range, the rest at
// default; runs spread over the worker pool), and, when the ensemble behind Show uncertainty is
// there, the parameters whose draws go most with the outcome across its runs (rank correlation).
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property, state } from 'lit/decorators.js'
import type { SensitivityResult } from '../../workers/decisions-api'
import type { AppState } from '../app/app-state'
import { StateController } from '../app/state-controller'
import { type LineOutcome, OUTCOME_CHARTS } from '../charts/outcome-charts'
import { toCsv, withNotes } from '../export/csv'
import { downloadText } from '../export/download'
import { formatValue } from '../format/numbers'
import { areaCurrency, type Quantity, quantityOf } from '../format/quantity'
import { rankParameters } from '../results/rank-correlation'
import { figureTableStyles } from '../styles/figure-table-styles'
import { sharedStyles } from '../styles/shared-styles'
import './cb-tornado-chart'

const LINE_CHARTS = OUTCOME_CHARTS.filter((c): c is LineOutcome => c.kind === 'line')
const TOP_CORRELATIONS = 5

@customElement('cb-sensitivity-panel')
export class CbSensitivityPanel extends LitElement {
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
        gap: 0.4rem 1rem;
        align-items: baseline;
        margin: 0.3rem 0 0.6rem;
        font-size: 0.88rem;
      }
      .controls input {
        width: 5rem;
      }
      .error {
        color: #a33;
      }
      ol {
        margin: 0.3rem 0;
        padding-left: 1.4rem;
        font-size: 0.88rem;
      }
    `,
  ]

  @property({ attribute: false }) state?: AppState
  @state() private chartId = 'bed-occupancy'
  @state() private year?: number
  @state() private result?: SensitivityResult
  @state() private resultFor = ''
  @state() private busy = false
  @state() private error = ''

  constructor() {
    super()
    new StateController(this, () => this.state)
  }

  private get chart(): LineOutcome {
    return LINE_CHARTS.find((c) => c.id === this.chartId) ?? LINE_CHARTS[0]
  }

  private yearOrDefault(): number {
    const area = this.state?.area
    return this.year ?? (area ? area.baseYear + 5 : 2030)
  }

  /** What a result depends on: the scenario's settings, the outcome and the year. */
  private signature(): string {
    const state = this.state
    const request = state?.runRequest(state.activeId)
    return JSON.stringify([request?.scenario.levers, request?.areaEdits, this.chartId, this.yearOrDefault()])
  }

  async run(): Promise<void> {
    const state = this.state
    const decisions = state?.decisions
    const request = state?.runRequest(state.activeId)
    if (!state?.area || !state.catalogue || !decisions || !request) return
    const signature = this.signature()
    const at = state.catalogue.startTime + (this.yearOrDefault() - state.area.baseYear)
    this.busy = true
    this.error = ''
    try {
      this.result = await decisions.sensitivity({ ...request, output: this.chart.output, at })
      this.resultFor = signature
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error)
    } finally {
      this.busy = false
    }
  }

  private exportCsv(result: SensitivityResult): void {
    const rows = result.bars.map((b) => [
      b.parameter,
      b.low,
      b.high,
      b.outcomeAtLow,
      b.outcomeAtHigh,
      b.swing,
    ])
    const text = toCsv(
      ['parameter', 'low value', 'high value', 'outcome at low', 'outcome at high', 'swing'],
      rows,
    )
    const scenario = this.state?.active?.scenario.name ?? ''
    const note = `${result.output} in ${this.yearOrDefault()}, scenario “${scenario}”; outcome with every parameter at its default: ${result.base}`
    downloadText(withNotes(text, [note]), 'sensitivity.csv', 'text/csv')
  }

  override render() {
    const state = this.state
    if (!state?.area || !state.catalogue) return nothing
    if (!state.decisions)
      return html`<p class="muted">Sensitivity runs need the worker pool, which has not started.</p>`
    const chart = this.chart
    const year = this.yearOrDefault()
    const first = state.area.baseYear
    const last = first + Math.round(state.catalogue.stopTime - state.catalogue.startTime)
    const current = this.result && this.resultFor === this.signature() ? this.result : undefined
    return html`
      <div class="controls">
        <label
          >Outcome
          <select
            class="sensitivity-outcome"
            @change=${(e: Event) => {
              this.chartId = (e.target as HTMLSelectElement).value
            }}
          >
            ${LINE_CHARTS.map((c) => html`<option value=${c.id} ?selected=${c.id === chart.id}>${c.title}</option>`)}
          </select></label
        >
        <label
          >in
          <input
            class="sensitivity-year"
            type="number"
            min=${first}
            max=${last}
            step="1"
            .value=${String(year)}
            @change=${(e: Event) => {
              const value = Number((e.target as HTMLInputElement).value)
              if (Number.isFinite(value) && value >= first && value <= last) this.year = value
            }}
          />
        </label>
        <button class="primary run-sensitivity" ?disabled=${this.busy} @click=${() => this.run()}>
          ${this.busy ? 'Running…' : 'Run the tornado'}
        </button>
        ${this.error ? html`<span class="error" role="alert">${this.error}</span>` : nothing}
      </div>
      ${
        current
          ? this.renderResult(current, this.quantity(chart))
          : html`<p class="muted small">
            Each uncertain parameter is set to the low and then the high end of its range, the others left at their
            defaults, and the chosen outcome read at the start of the year: two runs a parameter, spread over
            ${state.decisions.workers} workers.
          </p>`
      }
      ${this.renderCorrelations(chart, year)}
    `
  }

  /** How the outcome reads: from its units, in the area's currency. */
  private quantity(chart: LineOutcome): Quantity {
    const units = this.state?.catalogue?.outputs.find((o) => o.name === chart.output)?.units
    return quantityOf(units, areaCurrency(this.state?.area as { currency?: string } | undefined))
  }

  private renderResult(result: SensitivityResult, format: Quantity) {
    const top = result.bars[0]
    return html`<cb-tornado-chart .result=${result} .quantity=${format}></cb-tornado-chart>
      <p class="small">
        ${this.chart.title} at the start of ${this.yearOrDefault()} is ${formatValue(result.base, format)} with every
        parameter at its default (the black line).
        ${top ? `${top.parameter.charAt(0).toUpperCase()}${top.parameter.slice(1)} moves it most: from ${formatValue(top.outcomeAtLow, format)} to ${formatValue(top.outcomeAtHigh, format)} across its range.` : ''}
        <button class="export-csv" @click=${() => this.exportCsv(result)}>CSV</button>
      </p>`
  }

  private renderCorrelations(chart: LineOutcome, year: number) {
    const state = this.state
    const bands = state?.uncertainty?.bands(state.activeId)
    const draws = bands?.draws
    if (!state?.area || !state.catalogue || !bands || !draws) {
      return html`<p class="muted small">
        Turn on Show uncertainty to see which parameters go most with this outcome across all the runs.
      </p>`
    }
    const at = state.catalogue.startTime + (year - state.area.baseYear)
    const outcome = bands.runsAt(chart.output, at)
    if (!outcome) return nothing
    const ranked = rankParameters(
      bands.parameters.map((p) => p.name),
      draws,
      outcome,
    ).slice(0, TOP_CORRELATIONS)
    return html`<h4>Across the ${bands.samples} runs, all parameters varying together</h4>
      <ol class="rank-correlations">
        ${ranked.map(
          (r) =>
            html`<li>${r.name}: rank correlation ${r.rho >= 0 ? '+' : '−'}${Math.abs(r.rho).toFixed(2)}
              (${r.rho >= 0 ? 'higher' : 'lower'} values go with a higher outcome)</li>`,
        )}
      </ol>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-sensitivity-panel': CbSensitivityPanel
  }
}
