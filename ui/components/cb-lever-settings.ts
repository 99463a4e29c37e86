// The levers a scenario moves: each in words and units against its baseline, beside the raw value
// the scenario file holds, so the number on the slider and the number in the file can be checked
// against each other.
import { css, html, LitElement } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { LeverSettingRow } from '../results/settings-in-words'
import { figureTableStyles } from '../styles/figure-table-styles'
import { sharedStyles } from '../styles/shared-styles'

@customElement('cb-lever-settings')
export class CbLeverSettings extends LitElement {
  static override styles = [
    sharedStyles,
    figureTableStyles,
    css`
      th,
      td {
        text-align: left;
      }
      td.raw {
        font-family: ui-monospace, Menlo, Consolas, monospace;
        font-size: 0.8rem;
      }
    `,
  ]

  @property({ attribute: false }) rows: LeverSettingRow[] = []
  @property() scenarioName = ''

  override render() {
    if (this.rows.length === 0)
      return html`<p class="small muted">No lever moved: every lever is at the area’s baseline.</p>`
    return html`<table>
      <caption>
        The levers “${this.scenarioName}” moves; every other lever stays at the area’s baseline. “In the file” is the
        value as the scenario file stores it (shares as fractions, money in full).
      </caption>
      <thead>
        <tr>
          <th scope="col">Lever</th>
          <th scope="col">Setting</th>
          <th scope="col">In the file</th>
        </tr>
      </thead>
      <tbody>
        ${this.rows.map(
          (row) => html`<tr>
            <th scope="row">${row.lever}</th>
            <td>${row.setting}</td>
            <td class="raw">${row.raw}</td>
          </tr>`,
        )}
      </tbody>
    </table>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-lever-settings': CbLeverSettings
  }
}
