// Beside "Show uncertainty": how many runs each ensemble makes (1,000 unless the analyst chooses up
// to 10,000), how many workers share them, how far the runs have got, and a Cancel that stops them.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import { DEFAULT_ENSEMBLE_RUNS, ENSEMBLE_RUN_CHOICES } from '../../workers/decisions-api'
import type { AppState } from '../app/app-state'
import { StateController } from '../app/state-controller'
import { sharedStyles } from '../styles/shared-styles'

@customElement('cb-ensemble-settings')
export class CbEnsembleSettings extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-flex;
        gap: 0.6rem;
        align-items: baseline;
        flex-wrap: wrap;
        font-size: 0.85rem;
      }
      progress {
        width: 9rem;
        vertical-align: middle;
      }
    `,
  ]

  @property({ attribute: false }) state?: AppState
  /** The scenarios whose ensembles the surrounding view shows. */
  @property({ attribute: false }) keys: string[] = []

  constructor() {
    super()
    new StateController(this, () => this.state)
  }

  override render() {
    const uncertainty = this.state?.uncertainty
    const decisions = this.state?.decisions
    if (!uncertainty || !decisions) return nothing
    const runs = uncertainty.samples ?? DEFAULT_ENSEMBLE_RUNS
    const statuses = this.keys.map((key) => uncertainty.status(key))
    const running = statuses.filter((s) => s.state === 'running' || s.state === 'waiting')
    const done = statuses.filter((s) => s.state === 'ready').length
    const current = statuses.find((s) => s.state === 'running')
    return html`<label
        >Runs
        <select
          class="ensemble-runs"
          @change=${(e: Event) => uncertainty.setSamples(Number((e.target as HTMLSelectElement).value))}
        >
          ${ENSEMBLE_RUN_CHOICES.map(
            (n) => html`<option value=${n} ?selected=${n === runs}>${n.toLocaleString('en-GB')}</option>`,
          )}
        </select></label
      >
      <span class="muted">on ${decisions.workers} worker${decisions.workers === 1 ? '' : 's'}</span>
      ${
        uncertainty.enabled && running.length
          ? html`<progress
              class="ensemble-progress"
              max=${this.keys.length * runs}
              value=${done * runs + (current?.state === 'running' ? current.done : 0)}
              aria-label="Runs done"
            ></progress>
            <button class="cancel-ensemble" @click=${() => uncertainty.setEnabled(false)}>Cancel</button>`
          : nothing
      }`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-ensemble-settings': CbEnsembleSettings
  }
}
