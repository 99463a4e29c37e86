// Every lever of the care model for the active scenario, in the model's five groups. Bundled
// scenarios are read-only: the panel says so and offers an editable copy.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { LeverGroup, LeverSpec } from '../../model/care/types'
import type { AppState } from '../app/app-state'
import { StateController } from '../app/state-controller'
import { areaCurrency } from '../format/quantity'
import { sharedStyles } from '../styles/shared-styles'
import './cb-goal-seek'
import './cb-lever-control'
import type { LeverChangeDetail } from './cb-lever-control'

export const LEVER_GROUPS: { group: LeverGroup; title: string }[] = [
  { group: 'budget pooling', title: 'Budget pooling' },
  { group: 'shift to community', title: 'Shift to community' },
  { group: 'prevention', title: 'Prevention' },
  { group: 'capacity', title: 'Capacity' },
  { group: 'unit costs', title: 'Unit costs' },
]

@customElement('cb-lever-panel')
export class CbLeverPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        /* A fieldset is as wide as its widest line by default; this one shrinks with the window. */
        min-width: 0;
        border: none;
        margin: 0 0 0.8rem;
        padding: 0;
      }
      legend {
        font-weight: 700;
        font-size: 0.78rem;
        letter-spacing: 0.06em;
        text-transform: uppercase;
        color: #0b5394;
        padding: 0;
        margin-bottom: 0.1rem;
      }
      .readonly {
        background: #fff7e0;
        border: 1px solid #e6c36a;
        border-radius: 4px;
        padding: 0.5rem 0.6rem;
        font-size: 0.85rem;
        margin-bottom: 0.6rem;
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
    const catalogue = state?.catalogue
    const entry = state?.active
    const area = state?.area
    if (!state || !catalogue || !entry || !area) return nothing
    const readOnly = entry.origin === 'library'
    const currency = areaCurrency(area as { currency?: string })
    return html`
      ${
        readOnly
          ? html`<div class="readonly" role="note">
            “${entry.scenario.name}” is a bundled scenario (${entry.file}) and cannot be changed.
            <button class="primary duplicate-to-edit" @click=${() => state.duplicate(entry.id)}>
              Make an editable copy
            </button>
          </div>`
          : nothing
      }
      <div @lever-change=${(e: CustomEvent<LeverChangeDetail>) => state.setLever(entry.id, e.detail.name, e.detail.value)}>
        ${LEVER_GROUPS.map(({ group, title }) => {
          const areaLevers = catalogue.leversByArea[area.id] ?? catalogue.levers
          const levers = areaLevers.filter((l) => l.group === group)
          if (levers.length === 0) return nothing
          return html`<fieldset data-group=${group}>
            <legend>${title}</legend>
            ${levers.map((lever: LeverSpec) => {
              const value = entry.scenario.levers[lever.name]
              return html`<cb-lever-control
                .spec=${lever}
                .value=${value}
                .baseline=${state.baselineValue(lever.name)}
                .baseYear=${area.baseYear}
                .startTime=${catalogue.startTime}
                .stopTime=${catalogue.stopTime}
                .disabled=${readOnly}
                .currency=${currency}
                .areaSources=${area.sources[lever.name]}
              ></cb-lever-control>
              <cb-goal-seek .state=${state} .lever=${lever} ?readonly=${readOnly}></cb-goal-seek>`
            })}
          </fieldset>`
        })}
      </div>
    `
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-lever-panel': CbLeverPanel
  }
}
