// The "show data" alternative to a chart: the same numbers as an HTML table, one row a year, each
// column in one unit and precision, for readers who cannot see the chart and for anyone who wants
// the exact figures.
import { css, html, LitElement } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import { type ChartTable, readableYearlyRows } from '../charts/chart-table'
import { type Quantity, quantityOf, unitsLabel } from '../format/quantity'

@customElement('cb-data-table')
export class CbDataTable extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    /* The table scrolls in its own box, which takes keyboard focus so it can be scrolled without a mouse. */
    .scroll {
      max-height: 22rem;
      overflow: auto;
    }
    .scroll:focus-visible {
      outline: 3px solid #0072b2;
      outline-offset: 1px;
    }
    table {
      border-collapse: collapse;
      font-size: 0.85rem;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding: 0.25rem 0;
    }
    th,
    td {
      padding: 0.2rem 0.6rem;
      border-bottom: 1px solid #ddd;
      text-align: right;
      white-space: nowrap;
    }
    th[scope='row'],
    thead th:first-child {
      text-align: left;
    }
    thead th {
      position: sticky;
      top: 0;
      background: #f4f4f4;
      white-space: normal;
      vertical-align: bottom;
    }
  `

  @property({ attribute: false }) table: ChartTable = { columns: [], rows: [] }
  @property() label = ''
  @property({ attribute: false }) quantity: Quantity = quantityOf('')

  override render() {
    const rows = readableYearlyRows(this.table, this.quantity)
    const units = unitsLabel(this.quantity)
    const caption = `${this.label}${units ? ` (${units})` : ''}`
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${`Data: ${caption}`}><table>
      <caption>${caption}</caption>
      <thead>
        <tr>${this.table.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr>
      </thead>
      <tbody>
        ${rows.map(
          ([year, ...values]) => html`<tr>
            <th scope="row">${year}</th>
            ${values.map((v) => html`<td>${v}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table></div>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-data-table': CbDataTable
  }
}
