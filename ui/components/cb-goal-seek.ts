// Goal seek beside a lever, as Excel's Goal Seek: "which value of this lever brings this outcome to
// this target in this year?" The search runs in a pool worker (a scan of the lever's range, then
// bracketing), and answers with the smallest value in the range that reaches the target, or says
// that no value in the range does and what the range reaches. The answer can be put on the lever.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property, state } from 'lit/decorators.js'
import { isPhaseIn } from '../../model/care/lever-input'
import type { LeverSpec, LeverValue, OutputSpec } from '../../model/care/types'
import type { SeekAnswer } from '../../workers/decisions-api'
import type { AppState } from '../app/app-state'
import { OUTCOME_CHARTS } from '../charts/outcome-charts'
import { formatExact, formatValue } from '../format/numbers'
import { areaCurrency, quantityOf } from '../format/quantity'
import { sharedStyles } from '../styles/shared-styles'

/** What an analyst seeks on: the outcomes the app charts, and the partners' budget balances. */
export const SEEK_OUTPUTS = [
  ...OUTCOME_CHARTS.flatMap((c) => (c.kind === 'line' ? [c.output] : [])),
  'health budget balance',
  'social care budget balance',
]

const isShare = (spec?: OutputSpec) => spec?.units === 'share'

@customElement('cb-goal-seek')
export class CbGoalSeek extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.82rem;
        margin: -0.2rem 0 0.5rem;
      }
      summary {
        cursor: pointer;
        color: #0b5394;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 0.5rem;
        align-items: baseline;
        margin: 0.3rem 0;
      }
      input[type='number'] {
        width: 6.5rem;
      }
      .answer {
        margin: 0.2rem 0;
      }
      .unreachable {
        color: #a3410a;
      }
    `,
  ]

  @property({ attribute: false }) state?: AppState
  @property({ attribute: false }) lever?: LeverSpec
  /** A bundled scenario: the answer is shown but cannot be put on the lever. */
  @property({ type: Boolean }) readonly = false
  @state() private output = 'bed occupancy'
  @state() private year?: number
  @state() private target = ''
  @state() private busy = false
  @state() private answer?: SeekAnswer
  @state() private error = ''

  private outputSpec(name = this.output): OutputSpec | undefined {
    return this.state?.catalogue?.outputs.find((o) => o.name === name)
  }

  private async seek(event: Event): Promise<void> {
    event.preventDefault()
    const state = this.state
    const lever = this.lever
    const request = state?.runRequest(state.activeId)
    if (!state?.decisions || !state.area || !state.catalogue || !lever || !request) return
    const typed = Number(this.target)
    if (this.target.trim() === '' || !Number.isFinite(typed)) {
      this.error = 'Type the target as a number.'
      return
    }
    // Shares are typed as percentages, as the charts show them.
    const target = isShare(this.outputSpec()) ? typed / 100 : typed
    const year = this.year ?? state.area.baseYear + 5
    const at = state.catalogue.startTime + (year - state.area.baseYear)
    this.busy = true
    this.error = ''
    this.answer = undefined
    try {
      this.answer = await state.decisions.seek({
        ...request,
        lever: lever.name,
        output: this.output,
        at,
        target,
      })
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error)
    } finally {
      this.busy = false
    }
  }

  private apply(value: number): void {
    const state = this.state
    const lever = this.lever
    const entry = state?.active
    if (!state || !lever || !entry) return
    const current: LeverValue | undefined = entry.scenario.levers[lever.name]
    state.setLever(
      entry.id,
      lever.name,
      current !== undefined && isPhaseIn(current) ? { ...current, value } : value,
    )
  }

  private get currency(): string {
    return areaCurrency(this.state?.area as { currency?: string } | undefined)
  }

  /** A lever's value as its control reads it (10%, £5.0m a year, 880 beds), to its figures. */
  private leverValue(value: number): string {
    const lever = this.lever
    if (!lever) return String(value)
    // Shares of budgets are levers "dimensionless" in the model and read in percent.
    const units = lever.units === 'dimensionless' ? 'share' : lever.units
    return formatExact(value, quantityOf(units, this.currency), { withNoun: true })
  }

  private outcomeValue(value: number): string {
    return formatValue(value, quantityOf(this.outputSpec()?.units, this.currency), { withNoun: true })
  }

  override render() {
    const state = this.state
    const lever = this.lever
    if (!state?.decisions || !state.area || !state.catalogue || !lever) return nothing
    const first = state.area.baseYear
    const last = first + Math.round(state.catalogue.stopTime - state.catalogue.startTime)
    const year = this.year ?? first + 5
    const share = isShare(this.outputSpec())
    return html`<details class="goal-seek">
      <summary>Goal seek…</summary>
      <form @submit=${(e: Event) => this.seek(e)}>
        <span>Set ${lever.name} so that</span>
        <select
          class="seek-output"
          aria-label="Outcome"
          @change=${(e: Event) => {
            this.output = (e.target as HTMLSelectElement).value
          }}
        >
          ${SEEK_OUTPUTS.map((name) => html`<option value=${name} ?selected=${name === this.output}>${name}</option>`)}
        </select>
        <span>at the start of</span>
        <input
          class="seek-year"
          type="number"
          aria-label="Year"
          min=${first}
          max=${last}
          step="1"
          .value=${String(year)}
          @change=${(e: Event) => {
            const value = Number((e.target as HTMLInputElement).value)
            if (Number.isInteger(value) && value >= first && value <= last) this.year = value
          }}
        />
        <span>is</span>
        <input
          class="seek-target"
          type="number"
          step="any"
          aria-label=${share ? 'Target, percent' : 'Target'}
          .value=${this.target}
          @input=${(e: Event) => {
            this.target = (e.target as HTMLInputElement).value
          }}
        />${share ? html`<span>%</span>` : nothing}
        <button class="seek" ?disabled=${this.busy}>${this.busy ? 'Seeking…' : 'Seek'}</button>
      </form>
      ${this.error ? html`<p class="answer unreachable" role="alert">${this.error}</p>` : nothing}
      ${this.renderAnswer()}
    </details>`
  }

  private renderAnswer() {
    const answer = this.answer
    if (!answer) return nothing
    if (answer.status === 'unreachable') {
      return html`<p class="answer unreachable" role="status">
        No value of ${answer.lever} from ${this.leverValue(answer.range[0])} to ${this.leverValue(answer.range[1])}
        reaches the target: across the range ${this.output} goes from ${this.outcomeValue(answer.lowest)} to
        ${this.outcomeValue(answer.highest)}.
      </p>`
    }
    return html`<p class="answer found" role="status">
      ${this.leverValue(answer.value)} is the smallest value that does it (${this.output}: ${this.outcomeValue(answer.achieved)};
      ${answer.runs} runs).
      ${
        this.readonly
          ? html`<span class="muted">Make an editable copy to use it.</span>`
          : html`<button class="apply-seek" @click=${() => this.apply(answer.value)}>Use this value</button>`
      }
    </p>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-goal-seek': CbGoalSeek
  }
}
