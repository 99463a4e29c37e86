// The area's baseline, parameter by parameter, with where each value comes from. The analyst can
// put in their own figure (every scenario in the area then runs on it) and go back to the sourced
// default one parameter at a time or all at once.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import { live } from 'lit/directives/live.js'
import { formatLimit, plausibleRange } from '../../model/care/area-edit-range'
import type { Source } from '../../model/ir'
import type { AppState } from '../app/app-state'
import { StateController } from '../app/state-controller'
import { formatExact } from '../format/numbers'
import { areaCurrency, currencySymbol, quantityOf } from '../format/quantity'
import { sharedStyles } from '../styles/shared-styles'

/** The model's units as a reader wants them: no "dimensionless", money by its sign. */
function unitsText(units: string | undefined, currency: string): string {
  if (!units || units === 'dimensionless') return 'a number (no units)'
  return units.replace(/^GBP\b/, currencySymbol(currency).trim()).replace(/ per year$/, ' a year')
}

function sourceItem(source: Source) {
  const label = [source.title, source.year ? `(${source.year})` : '', source.table ? `— ${source.table}` : '']
    .filter(Boolean)
    .join(' ')
  return html`<li>
    ${source.url ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${label}</a>` : label}
    ${source.note ? html`<span class="muted">: ${source.note}</span>` : nothing}
  </li>`
}

@customElement('cb-area-setup')
export class CbAreaSetup extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: baseline;
        gap: 1rem;
        flex-wrap: wrap;
      }
      /* On a narrow window the table scrolls sideways in its own box, never the page (WCAG 1.4.10). */
      .table-scroll {
        overflow-x: auto;
      }
      .table-scroll:focus-visible {
        outline: 3px solid #0072b2;
        outline-offset: 1px;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        min-width: 36rem;
        font-size: 0.85rem;
        background: #fff;
      }
      th,
      td {
        text-align: left;
        padding: 0.35rem 0.5rem;
        border-bottom: 1px solid #e0e0e0;
        vertical-align: top;
      }
      thead th {
        background: #f4f4f4;
        position: sticky;
        top: 0;
      }
      td.value input {
        width: 8rem;
      }
      tr.edited td.value input {
        border: 2px solid #d55e00;
      }
      ul {
        margin: 0;
        padding-left: 1rem;
      }
      /* Links a line apart are too close to tap (WCAG 2.5.8 wants 24 px between centres). */
      li + li {
        margin-top: 0.6rem;
      }
      .doc {
        font-size: 0.78rem;
        font-weight: normal;
        color: #444;
      }
      label.confirm {
        display: block;
        font-size: 0.78rem;
        margin-top: 0.25rem;
        color: #7a3b00;
      }
    `,
  ]

  @property({ attribute: false }) state?: AppState

  constructor() {
    super()
    new StateController(this, () => this.state)
  }

  override render() {
    const state = this.state
    const area = state?.area
    if (!state || !area) return nothing
    const edits = state.edits()
    // A lever that starts from a base-year figure is edited through that figure, listed instead.
    const followers = new Set(state.catalogue?.levers.filter((l) => l.baseYearFact).map((l) => l.name))
    const names = Object.keys(area.parameters)
      .filter((name) => !followers.has(name))
      .sort((a, b) => a.localeCompare(b))
    const editedCount = Object.keys(edits).length
    const currency = areaCurrency(area as { currency?: string })
    return html`
      <div class="head">
        <div>
          <h2>Area set-up: ${area.name}</h2>
          <p class="small">${area.description} Base year ${area.baseYear}.</p>
        </div>
        <button class="reset-area" ?disabled=${editedCount === 0} @click=${() => state.resetArea()}>
          Reset all to sourced defaults${editedCount ? ` (${editedCount} edited)` : ''}
        </button>
      </div>
      <p class="small muted">
        Change a value to use your own figure: every scenario in ${area.name}, and its baseline, is rerun with it.
        Scenario levers still override the parameter they set. Edits are kept in this browser.
      </p>
      <div class="table-scroll" tabindex="0" role="region" aria-label=${`Baseline parameters of ${area.name}`}>
      <table>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Value</th>
            <th scope="col">Units</th>
            <th scope="col">Sourced default</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          ${names.map((name) => {
            const info = state.parameter(name)
            const sourced = area.parameters[name]
            const edited = edits[name]
            const sources = area.sources[name] ?? info?.sources ?? []
            const range = state.areaEditRange(name)
            const plausible = range && plausibleRange(range, area, edits)
            const quantity = quantityOf(info?.units, currency)
            // The box keeps the value as the model holds it; beside it, the value as a person reads it.
            const readable = (value: number) =>
              quantity.kind === 'duration'
                ? `${formatExact(value, { ...quantity, kind: 'number' })} years (${formatExact(value, quantity)})`
                : formatExact(value, quantity)
            return html`<tr class=${edited === undefined ? '' : 'edited'} data-parameter=${name}>
              <th scope="row">
                ${name}
                ${info?.doc ? html`<div class="doc">${info.doc}</div>` : nothing}
                ${plausible ? html`<div class="doc plausible">Plausible range in ${area.name}: ${readable(plausible[0])} to ${readable(plausible[1])}</div>` : nothing}
              </th>
              <td class="value">
                <input
                  type="number"
                  step="any"
                  aria-label=${`${name} for ${area.name}`}
                  .value=${live(String(edited ?? sourced))}
                  @change=${(e: Event) => {
                    const text = (e.target as HTMLInputElement).value
                    state.setAreaParameter(name, text === '' ? undefined : Number(text))
                  }}
                />
                ${this.renderConfirmation(state, name)}
                ${
                  edited === undefined
                    ? nothing
                    : html`<button class="reset-parameter" @click=${() => state.setAreaParameter(name, undefined)}>
                        Reset
                      </button>`
                }
              </td>
              <td>${unitsText(info?.units, currency)}</td>
              <td>${readable(sourced)}</td>
              <td>${sources.length ? html`<ul>${sources.map(sourceItem)}</ul>` : html`<span class="muted">none recorded</span>`}</td>
            </tr>`
          })}
        </tbody>
      </table>
      </div>
    `
  }
  /**
   * "Outside the sourced range, I know": offered beside a value refused for being outside its
   * plausible range (ticking it uses the value) and kept beside one in use (unticking it goes back
   * to the sourced value).
   */
  private renderConfirmation(state: AppState, name: string) {
    const refused = state.refusedEdit?.areaId === state.areaId && state.refusedEdit.name === name
    const confirmed = state.confirmedOutsideRange().includes(name)
    if (!refused && !confirmed) return nothing
    return html`<label class="confirm">
      <input
        type="checkbox"
        class="confirm-outside-range"
        .checked=${live(confirmed)}
        @change=${(e: Event) => {
          const on = (e.target as HTMLInputElement).checked
          const value = state.refusedEdit?.value
          if (on && value !== undefined) state.setAreaParameter(name, value, true)
          else if (!on) state.setAreaParameter(name, undefined)
        }}
      />
      Outside the sourced range, I know${refused && state.refusedEdit ? html` (use ${formatLimit(state.refusedEdit.value)})` : nothing}
    </label>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-area-setup': CbAreaSetup
  }
}
