// The "show data" alternative to a chart: the same numbers as an HTML table, one row a year, for
// readers who cannot see the chart and for anyone who wants the exact figures.
import { css, html, LitElement } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { ValueFormat } from '../charts/chart-series'
import { type ChartTable, yearlyRows } from '../charts/chart-table'
import { formatValue } from '../charts/number-format'

@customElement('cb-data-table')
export class CbDataTable extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-height: 22rem;
      overflow: auto;
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
    }
    th[scope='row'],
    thead th:first-child {
      text-align: left;
    }
    thead th {
      position: sticky;
      top: 0;
      background: #f4f4f4;
    }
  `

  @property({ attribute: false }) table: ChartTable = { columns: [], rows: [] }
  @property() label = ''
  @property() format: ValueFormat = 'number'

  override render() {
    const rows = yearlyRows(this.table)
    return html`<table>
      <caption>${this.label}</caption>
      <thead>
        <tr>${this.table.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <th scope="row">${Math.round(row[0])}</th>
            ${row.slice(1).map((v) => html`<td>${formatValue(v, this.format)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-data-table': CbDataTable
  }
}
