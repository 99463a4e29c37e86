// One lever: a slider and a number box for the amount, its units, a one-line explanation with its
// source, and optional phasing (start year, ramp years). Every slider movement fires
// `lever-change` at once, so results redraw while the slider moves.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { LeverSpec, LeverValue } from '../../model/care/types'
import type { Source } from '../../model/ir'
import { DEFAULT_CURRENCY } from '../format/quantity'
import {
  boxUnitsInWords,
  leverAccessibleName,
  leverDisplay,
  leverTitle,
  leverValueText,
  leverValueWords,
} from '../levers/lever-display'
import { fromLeverValue, type PhasedSetting, toLeverValue } from '../levers/phased-setting'
import { sharedStyles } from '../styles/shared-styles'

export interface LeverChangeDetail {
  name: string
  /** Undefined puts the lever back to the area's baseline. */
  value: LeverValue | undefined
}

/** " Acts only with community shift share above its baseline." for a lever that works through another. */
export function actsWithText(spec: LeverSpec): string {
  const others = Object.keys(spec.actsWith ?? {})
  if (!others.length) return ''
  return ` Acts only with ${others.map((name) => `${name} above its baseline`).join(' or ')}.`
}

export function sourceLine(sources: readonly Source[] | undefined): string {
  const first = sources?.[0]
  if (!first) return 'No source recorded.'
  const parts = [first.title, first.year ? `(${first.year})` : '', first.table ? `, ${first.table}` : '']
  const more = sources && sources.length > 1 ? ` and ${sources.length - 1} more` : ''
  return `${parts.join(' ').replace(' ,', ',').trim()}${more}`
}

@customElement('cb-lever-control')
export class CbLeverControl extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        padding: 0.55rem 0 0.6rem;
        border-bottom: 1px solid #e4e4e4;
      }
      .top {
        display: flex;
        justify-content: space-between;
        gap: 0.5rem;
        align-items: baseline;
      }
      label.name {
        font-weight: 600;
        font-size: 0.92rem;
      }
      .changed label.name::after {
        content: ' •';
        color: #d55e00;
      }
      .amount {
        display: flex;
        gap: 0.4rem;
        align-items: center;
      }
      input[type='range'] {
        flex: 1;
        accent-color: #0b5394;
      }
      input[type='number'] {
        width: 6.5rem;
      }
      p {
        margin: 0.15rem 0;
        font-size: 0.8rem;
        line-height: 1.3;
      }
      .source {
        color: #555;
        /* Long citations stay two lines here; the full text is in the tooltip and area set-up. */
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      .phase {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 0.8rem;
        align-items: center;
        font-size: 0.8rem;
        margin-top: 0.25rem;
      }
      .phase input[type='number'] {
        width: 4.8rem;
      }
      .reset {
        font-size: 0.72rem;
        padding: 0.1rem 0.4rem;
      }
    `,
  ]

  @property({ attribute: false }) spec?: LeverSpec
  /** The scenario's value for this lever; undefined means the baseline. */
  @property({ attribute: false }) value: LeverValue | undefined
  @property({ type: Number }) baseline = 0
  /** Calendar year of model time `startTime`. */
  @property({ type: Number }) baseYear = 0
  @property({ type: Number }) startTime = 0
  @property({ type: Number }) stopTime = 20
  @property({ type: Boolean }) disabled = false
  /** The area's currency, for money levers. */
  @property() currency = DEFAULT_CURRENCY
  /** The area's own sources for this lever's baseline value, when it has them. */
  @property({ attribute: false }) areaSources?: readonly Source[]

  private get setting(): PhasedSetting {
    return fromLeverValue(this.value, this.baseline)
  }

  override render() {
    const spec = this.spec
    if (!spec) return nothing
    // In the user's units: 10% not 0.10, £5.0m a year not 5000000; the slider keeps raw values.
    const display = leverDisplay(spec, this.currency)
    const units = display.boxUnits
    const boxValue = (raw: number) => (raw * display.factor).toFixed(Math.max(0, display.decimals))
    const sources = this.areaSources?.length ? this.areaSources : spec.sources
    const setting = this.setting
    const id = `lever-${spec.name.replace(/\W+/g, '-')}`
    const changed = this.value !== undefined
    const phase = setting.phase
    const title = leverTitle(spec)
    return html`<div class=${changed ? 'changed' : ''} data-lever=${spec.name}>
      <div class="top">
        <label class="name" for=${id}>${title}</label>
        <span class="small muted baseline">baseline ${leverValueText(spec, this.baseline, this.currency)}</span>
      </div>
      <div class="amount">
        <input
          id=${id}
          type="range"
          min=${spec.min}
          max=${spec.max}
          step=${spec.step}
          .value=${String(setting.amount)}
          ?disabled=${this.disabled}
          aria-label=${leverAccessibleName(spec, setting.amount, this.currency)}
          aria-describedby=${`${id}-desc`}
          aria-valuetext=${leverValueWords(spec, setting.amount, this.currency)}
          @input=${(e: Event) => this.amountChanged(Number((e.target as HTMLInputElement).value))}
        />
        <input
          type="number"
          class="amount-box"
          min=${boxValue(spec.min)}
          max=${boxValue(spec.max)}
          step=${boxValue(spec.step)}
          .value=${boxValue(setting.amount)}
          ?disabled=${this.disabled}
          aria-label=${`${title} in ${boxUnitsInWords(spec, this.currency)}`}
          @change=${(e: Event) => this.boxChanged(Number((e.target as HTMLInputElement).value) / display.factor)}
        />
        <span class="small">${units}</span>
      </div>
      <p id=${`${id}-desc`}>${spec.description}${actsWithText(spec)}</p>
      <p class="source" title=${sourceLine(sources)}>Source: ${sourceLine(sources)}</p>
      <div class="phase">
        <label>
          <input
            type="checkbox"
            class="phase-toggle"
            aria-label=${`Phase in ${spec.name}`}
            .checked=${phase !== undefined}
            ?disabled=${this.disabled}
            @change=${(e: Event) => this.phaseToggled((e.target as HTMLInputElement).checked)}
          />
          Phase in
        </label>
        ${
          phase
            ? html`<label
                >from
                <input
                  type="number"
                  class="start-year"
                  aria-label=${`${title}: phase in from year`}
                  step="1"
                  min=${this.baseYear}
                  max=${this.baseYear + (this.stopTime - this.startTime)}
                  .value=${String(Math.round(this.baseYear + (phase.start - this.startTime)))}
                  ?disabled=${this.disabled}
                  @change=${(e: Event) => this.phaseChanged({ startYear: Number((e.target as HTMLInputElement).value) })}
              /></label>
              <label
                >over
                <input
                  type="number"
                  class="ramp-years"
                  aria-label=${`${title}: phase in over years`}
                  step="0.5"
                  min="0"
                  max=${this.stopTime - this.startTime}
                  .value=${String(phase.ramp)}
                  ?disabled=${this.disabled}
                  @change=${(e: Event) => this.phaseChanged({ ramp: Number((e.target as HTMLInputElement).value) })}
                />
                years</label
              >`
            : nothing
        }
        ${setting.custom ? html`<span class="small muted">(custom time series in the file)</span>` : nothing}
        ${
          changed
            ? html`<button
                class="reset"
                aria-label=${`Back to baseline: ${spec.name}`}
                ?disabled=${this.disabled}
                @click=${() => this.emit(undefined)}
              >
                Back to baseline
              </button>`
            : nothing
        }
      </div>
    </div>`
  }

  /** A typed amount, back in raw units and on the slider's step (5.5 in £m is 5,500,000 exactly). */
  private boxChanged(raw: number): void {
    if (!this.spec || !Number.isFinite(raw)) return
    const step = this.spec.step
    this.amountChanged(Number((Math.round(raw / step) * step).toPrecision(12)))
  }

  private amountChanged(amount: number): void {
    if (!Number.isFinite(amount) || !this.spec) return
    const clamped = Math.min(this.spec.max, Math.max(this.spec.min, amount))
    const setting = this.setting
    this.emit(toLeverValue({ amount: clamped, phase: setting.phase }))
  }

  private phaseToggled(on: boolean): void {
    const setting = this.setting
    // A new phase starts a year in and ramps over three years: a plausible commissioning cycle.
    const phase = on ? { start: this.startTime + 1, ramp: 3 } : undefined
    this.emit(toLeverValue({ amount: setting.amount, phase }))
  }

  private phaseChanged(change: { startYear?: number; ramp?: number }): void {
    const setting = this.setting
    if (!setting.phase) return
    const horizon = this.stopTime - this.startTime
    let { start, ramp } = setting.phase
    if (change.startYear !== undefined && Number.isFinite(change.startYear)) {
      start = this.startTime + Math.min(horizon, Math.max(0, change.startYear - this.baseYear))
    }
    if (change.ramp !== undefined && Number.isFinite(change.ramp))
      ramp = Math.min(horizon, Math.max(0, change.ramp))
    this.emit(toLeverValue({ amount: setting.amount, phase: { start, ramp } }))
  }

  private emit(value: LeverValue | undefined): void {
    if (!this.spec) return
    this.dispatchEvent(
      new CustomEvent<LeverChangeDetail>('lever-change', {
        detail: { name: this.spec.name, value },
        bubbles: true,
        composed: true,
      }),
    )
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-lever-control': CbLeverControl
  }
}
