// "Show uncertainty": the switch for percentile bands behind the scenarios' lines, how far the runs
// behind them have got, and, for anyone asking what the shading means, the rule for which
// parameters vary and the list of those that did, with their ranges.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import { DEFAULT_ENSEMBLE_RUNS } from '../../workers/decisions-api'
import { DEFAULT_UNCERTAINTY_SAMPLES, type UncertainParameter } from '../../workers/engine-api'
import type { AppState } from '../app/app-state'
import { StateController } from '../app/state-controller'
import type { BandStatus } from '../app/uncertainty-coordinator'
import { formatValue } from '../format/numbers'
import { areaCurrency, quantityOf, unitsLabel } from '../format/quantity'
import { sharedStyles } from '../styles/shared-styles'
import './cb-ensemble-settings'

function statusText(statuses: BandStatus[]): string {
  const failed = statuses.find((s) => s.state === 'failed')
  if (failed?.state === 'failed') return `Could not work out the bands: ${failed.message}`
  const running = statuses.find((s) => s.state === 'running')
  if (running?.state === 'running') return `Working out the bands: ${running.done} of ${running.total} runs…`
  if (statuses.some((s) => s.state === 'waiting')) return 'Bands start once the levers are still…'
  return ''
}

@customElement('cb-uncertainty-toggle')
export class CbUncertaintyToggle extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin: 0 0 0.6rem;
      }
      .row {
        display: flex;
        gap: 0.8rem;
        align-items: baseline;
        flex-wrap: wrap;
      }
      label {
        font-weight: 600;
      }
      details {
        font-size: 0.82rem;
        margin-top: 0.3rem;
        max-width: 60rem;
      }
      summary {
        cursor: pointer;
      }
      table {
        border-collapse: collapse;
        margin-top: 0.3rem;
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        padding: 0.15rem 0.5rem;
        border-bottom: 1px solid #e0e0e0;
        text-align: right;
      }
      th[scope='row'],
      thead th:first-child,
      td.units,
      thead th:last-child {
        text-align: left;
        font-weight: normal;
      }
    `,
  ]

  @property({ attribute: false }) state?: AppState
  /** The scenarios whose bands the surrounding view draws. */
  @property({ attribute: false }) keys: string[] = []

  constructor() {
    super()
    new StateController(this, () => this.state)
  }

  override render() {
    const uncertainty = this.state?.uncertainty
    if (!uncertainty) return nothing
    const on = uncertainty.enabled
    const statuses = this.keys.map((key) => uncertainty.status(key))
    const parameters = this.keys.map((key) => uncertainty.bands(key)?.parameters).find(Boolean)
    return html`<div class="row">
        <label>
          <input
            type="checkbox"
            class="show-uncertainty"
            .checked=${on}
            @change=${(e: Event) => uncertainty.setEnabled((e.target as HTMLInputElement).checked)}
          />
          Show uncertainty
        </label>
        <cb-ensemble-settings .state=${this.state} .keys=${this.keys}></cb-ensemble-settings>
        <span class="band-status small muted" role=${statuses.some((s) => s.state === 'failed') ? 'alert' : nothing}
          >${on ? statusText(statuses) : ''}</span
        >
      </div>
      <details>
        <summary>What the band shows and which parameters vary</summary>
        <p>
          The shaded band behind a scenario’s line is the 10th to 90th percentile of
          ${this.runCount()} runs of that scenario${this.state?.decisions ? ', the 25th to 75th darker inside it' : ''}. In each run every uncertain parameter is drawn from a
          triangular distribution between the ends of its sourced range, most likely at its default. A parameter
          is uncertain when the model gives it a plausible range and it is not a lever (your choice), not one of the
          area’s own figures in Area set-up (facts of the place, your edits included). The
          draws are seeded, so the same scenario always gives the same band. Bands are worked out in the background
          and start again once you stop moving levers.
        </p>
        ${parameters ? this.renderParameters(parameters) : html`<p class="muted">The list appears with the first band.</p>`}
      </details>`
  }

  /** Runs per band: the analyst's choice, else the pool's 1,000 or the engine worker's 60. */
  private runCount(): string {
    const chosen = this.state?.uncertainty?.samples
    const runs = chosen ?? (this.state?.decisions ? DEFAULT_ENSEMBLE_RUNS : DEFAULT_UNCERTAINTY_SAMPLES)
    return runs.toLocaleString('en-GB')
  }

  private renderParameters(parameters: readonly UncertainParameter[]) {
    const currency = areaCurrency(this.state?.area as { currency?: string } | undefined)
    return html`<table class="uncertain-parameters">
      <caption class="visually-hidden">Parameters varied for the bands</caption>
      <thead>
        <tr>
          <th scope="col">${parameters.length} parameters varied</th>
          <th scope="col">Low</th>
          <th scope="col">Default (most likely)</th>
          <th scope="col">High</th>
          <th scope="col">Units</th>
        </tr>
      </thead>
      <tbody>
        ${parameters.map((p) => {
          const quantity = quantityOf(p.units, currency)
          return html`<tr>
            <th scope="row">${p.name}</th>
            <td>${formatValue(p.low, quantity)}</td>
            <td>${formatValue(p.mode, quantity)}</td>
            <td>${formatValue(p.high, quantity)}</td>
            <td class="units">${unitsLabel(quantity)}</td>
          </tr>`
        })}
      </tbody>
    </table>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-uncertainty-toggle': CbUncertaintyToggle
  }
}
