// The key figures of each compared scenario at years 1, 3, 5 and 10, with totals over the run for
// rates (admissions, spend), each beside its difference from the baseline.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { OutputSpec } from '../../model/care/types'
import type { ChartRun } from '../charts/chart-run'
import { toCsv, withNotes } from '../export/csv'
import { downloadText } from '../export/download'
import { csvDecimals, csvNumber } from '../format/csv-values'
import { exportFileName } from '../format/file-names'
import { columnOptions, type FormatOptions, formatDifference, formatValue } from '../format/numbers'
import { DEFAULT_CURRENCY, type Quantity, quantityOf, unitsLabel } from '../format/quantity'
import { monthLabel } from '../format/time'
import { KPI_SPECS, type KpiRow, type KpiSpec, kpiRows, kpiYears } from '../results/kpis'
import { figureTableStyles } from '../styles/figure-table-styles'
import { sharedStyles } from '../styles/shared-styles'
import { lineSwatch } from './line-swatch'

interface ScenarioKpis {
  run: ChartRun
  rows: Map<string, KpiRow>
}

@customElement('cb-kpi-table')
export class CbKpiTable extends LitElement {
  static override styles = [
    sharedStyles,
    figureTableStyles,
    css`
      th,
      td {
        padding: 0.25rem 0.5rem;
        vertical-align: top;
      }
      th[scope='rowgroup'],
      th[scope='row'] {
        text-align: left;
      }
      tbody th[scope='rowgroup'] {
        background: #f4f4f4;
        padding-top: 0.45rem;
      }
      td {
        white-space: nowrap;
      }
      .diff {
        display: block;
        font-size: 0.76rem;
      }
      .better {
        color: #006b4f;
      }
      .worse {
        color: #a3410a;
      }
    `,
  ]

  /** The baseline first, then each compared scenario. */
  @property({ attribute: false }) runs: ChartRun[] = []
  @property({ attribute: false }) outputs: readonly OutputSpec[] = []
  @property({ type: Number }) startTime = 0
  @property({ type: Number }) stopTime = 20
  /** Calendar year of `startTime`, to date the columns. */
  @property({ type: Number }) baseYear = 0
  /** The area's currency, for the money rows. */
  @property() currency = DEFAULT_CURRENCY
  @property({ attribute: false }) specs: readonly KpiSpec[] = KPI_SPECS
  /** Where the numbers come from (area, edited baseline, scenarios, model), below the CSV's table. */
  @property() footnote = ''

  private scenarioKpis(years: number[]): ScenarioKpis[] {
    return this.runs.map((run) => ({
      run,
      rows: new Map(
        kpiRows(run.view, this.specs, this.startTime, years).map((row) => [row.spec.output, row]),
      ),
    }))
  }

  private quantity(output: string): Quantity {
    const units = this.outputs.find((o) => o.name.toLowerCase() === output.toLowerCase())?.units
    return quantityOf(units, this.currency)
  }

  /** A total over the run of a rate a year is an amount: admissions, not admissions a year. */
  private totalQuantity(quantity: Quantity): Quantity {
    return { ...quantity, noun: quantity.noun.replace(/\s*a year$/, '') }
  }

  /** The table as rows of text and numbers, for CSV: one row per measure and scenario. */
  table(): { columns: string[]; rows: (string | number)[][] } {
    const { years, horizon } = kpiYears(this.startTime, this.stopTime)
    const data = this.scenarioKpis(years)
    const columns = [
      'Measure',
      'Units (totals: the same, summed over the years)',
      'Scenario',
      ...years.map((y) => `Year ${y}`),
      `Total over ${horizon} years`,
    ]
    const rows: (string | number)[][] = []
    for (const spec of this.specs) {
      for (const { run, rows: byOutput } of data) {
        const row = byOutput.get(spec.output)
        if (!row) continue
        const quantity = this.quantity(spec.output)
        const values = [...row.atYears, row.total ?? Number.NaN]
        const decimals = csvDecimals(Math.max(...values.filter(Number.isFinite).map(Math.abs)), quantity)
        rows.push([
          spec.label,
          unitsLabel(quantity),
          run.label,
          ...values.map((v) => csvNumber(v, quantity, decimals)),
        ])
      }
    }
    return { columns, rows }
  }

  exportCsv(): void {
    const { columns, rows } = this.table()
    const names = this.runs.filter((r) => !r.baseline).map((r) => r.label)
    const csv = withNotes(toCsv(columns, rows), [this.footnote])
    downloadText(csv, exportFileName(names, 'key figures', 'csv'), 'text/csv')
  }

  override render() {
    if (this.runs.length === 0) return nothing
    const { years, horizon } = kpiYears(this.startTime, this.stopTime)
    const data = this.scenarioKpis(years)
    const baseline = data.find((d) => d.run.baseline)
    return html`<table>
      <caption>
        Values at the end of years ${years.join(', ')} of the run, and for yearly rates the total over all
        ${horizon} years. Under each scenario's figure: its difference from the baseline (green where it is
        better for patients or budgets, orange where worse, and said in words).
        <button class="export-csv" @click=${() => this.exportCsv()}>CSV</button>
      </caption>
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          ${years.map(
            (y) =>
              html`<th scope="col">Year ${y}${this.baseYear ? html`<span class="diff muted">${monthLabel(this.baseYear + y)}</span>` : nothing}</th>`,
          )}
          <th scope="col">Total, ${horizon} years</th>
        </tr>
      </thead>
      ${this.specs.map((spec) => {
        const present = data.filter((d) => d.rows.has(spec.output))
        if (present.length === 0) return nothing
        const quantity = this.quantity(spec.output)
        const total = this.totalQuantity(quantity)
        const units = unitsLabel(quantity)
        const baseRow = baseline?.rows.get(spec.output)
        const rowsOf = present.map(({ rows }) => rows.get(spec.output) as KpiRow)
        // One unit (k, m, bn) for the whole measure, and another for its totals.
        const atYears = columnOptions(
          rowsOf.flatMap((r) => r.atYears),
          quantity,
        )
        const totals = columnOptions(
          rowsOf.map((r) => r.total ?? Number.NaN),
          total,
        )
        // Differences from the baseline are much smaller than the values: their own unit and precision.
        const baseYears = baseRow?.atYears ?? []
        const yearChanges = columnOptions(
          rowsOf.flatMap((r) => r.atYears.map((v, i) => v - (baseYears[i] ?? Number.NaN))),
          quantity,
        )
        const totalChanges = columnOptions(
          rowsOf.map((r) => (r.total ?? Number.NaN) - (baseRow?.total ?? Number.NaN)),
          total,
        )
        return html`<tbody>
          <tr>
            <th scope="rowgroup" colspan=${years.length + 2}>${spec.label}${units ? html` <span class="muted small">(${units})</span>` : nothing}</th>
          </tr>
          ${present.map(({ run }, r) => {
            const row = rowsOf[r]
            return html`<tr>
              <th scope="row">${lineSwatch(run.style)}${run.label}</th>
              ${row.atYears.map((v, i) =>
                this.cell(
                  spec,
                  quantity,
                  [atYears, yearChanges],
                  v,
                  run.baseline ? undefined : baseRow?.atYears[i],
                ),
              )}
              ${
                spec.cumulative
                  ? this.cell(
                      spec,
                      total,
                      [totals, totalChanges],
                      row.total ?? Number.NaN,
                      run.baseline ? undefined : baseRow?.total,
                    )
                  : html`<td class="muted">–</td>`
              }
            </tr>`
          })}
        </tbody>`
      })}
    </table>`
  }

  private cell(
    spec: KpiSpec,
    quantity: Quantity,
    [options, changes]: [FormatOptions, FormatOptions],
    value: number,
    baselineValue: number | undefined,
  ) {
    if (baselineValue === undefined) return html`<td>${formatValue(value, quantity, options)}</td>`
    const difference = value - baselineValue
    // Differences too small to show in the table's precision are neither gains nor losses.
    const tolerance = quantity.kind === 'share' ? 0.0005 : 1e-4 * Math.max(1, Math.abs(baselineValue))
    const better = spec.lowerIsBetter ? difference < -tolerance : difference > tolerance
    const worse = spec.lowerIsBetter ? difference > tolerance : difference < -tolerance
    // Better or worse is said in words too (for print and colour-blind readers), not by colour alone.
    const verdict = better ? 'better' : worse ? 'worse' : 'no change'
    return html`<td>
      ${formatValue(value, quantity, options)}
      <span class="diff ${better ? 'better' : worse ? 'worse' : 'muted'}" title=${`${verdict} than the baseline`}
        >${formatDifference(difference, quantity, changes)}${better ? ' better' : worse ? ' worse' : ''}</span
      >
    </td>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-kpi-table': CbKpiTable
  }
}
