// Two to four scenarios side by side against the baseline: one outcome overlaid, as small
// multiples and as a difference from the baseline; the key-figures table; when each scenario's
// spend breaks even; and spend by partner and by service for each.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property, state } from 'lit/decorators.js'
import { type AppState, MAX_COMPARED } from '../app/app-state'
import { assumptionsFootnote, figureContext } from '../app/figure-context'
import { StateController } from '../app/state-controller'
import {
  cumulativeDifferenceFigure,
  differenceFigure,
  lineFigure,
  stackedFigure,
} from '../charts/build-figures'
import { baselineRun, type ChartRun } from '../charts/chart-run'
import type { Figure } from '../charts/figure'
import { FigureMemo } from '../charts/figure-memo'
import { type LineOutcome, OUTCOME_CHARTS, outcomeChart, type StackedOutcome } from '../charts/outcome-charts'
import { seriesColour } from '../charts/palette'
import { sharedStyles } from '../styles/shared-styles'
import './cb-break-even-table'
import './cb-chart-card'
import './cb-kpi-table'
import './cb-uncertainty-toggle'

const LINE_CHARTS = OUTCOME_CHARTS.filter((c): c is LineOutcome => c.kind === 'line')

/** The runs being compared: the baseline, then each ticked scenario that has a result. */
export function comparedRuns(state: AppState): { baseline?: ChartRun; scenarios: ChartRun[] } {
  const baselineView = state.baselineRun
  const scenarios: ChartRun[] = []
  state.compared.forEach((entry, i) => {
    const view = state.run(entry.id)
    if (view)
      scenarios.push({
        key: entry.id,
        label: entry.scenario.name,
        colour: seriesColour(i),
        baseline: false,
        view,
      })
  })
  return { baseline: baselineView ? baselineRun(baselineView) : undefined, scenarios }
}

@customElement('cb-compare-view')
export class CbCompareView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      section {
        margin-bottom: 1.4rem;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 30rem), 1fr));
        gap: 0.9rem;
      }
      .multiples {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
        gap: 0.6rem;
      }
      .picker {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        margin: 0.4rem 0 0.8rem;
      }
      .panel {
        background: #fff;
        border: 1px solid #d6d6d6;
        border-radius: 6px;
        padding: 0.8rem 0.9rem;
      }
    `,
  ]

  @property({ attribute: false }) state?: AppState
  @state() private chartId = 'emergency-admissions'
  private readonly memo = new FigureMemo<Figure | undefined>()

  constructor() {
    super()
    new StateController(this, () => this.state)
  }

  override render() {
    const state = this.state
    const ctx = state ? figureContext(state) : undefined
    if (!state || !ctx || !state.catalogue || !state.area) return nothing
    const chosen = state.compared
    if (chosen.length < 2) {
      return html`<h2>Compare scenarios</h2>
        <p class="panel">
          Tick between 2 and ${MAX_COMPARED} scenarios in the list on the left to compare them with each other
          and with the baseline. ${chosen.length === 1 ? html`One is ticked: “${chosen[0].scenario.name}”.` : nothing}
        </p>`
    }
    const { baseline, scenarios } = comparedRuns(state)
    if (!baseline) return html`<h2>Compare scenarios</h2><p role="status">Running the baseline…</p>`
    const chart = (outcomeChart(this.chartId) as LineOutcome | undefined) ?? LINE_CHARTS[0]
    const footnote = assumptionsFootnote(state, chosen)
    const views = [
      baseline.view,
      ...scenarios.map((s) => s.view),
      ...scenarios.map((s) => s.label),
      ctx.areaName,
    ]
    const overlaid = this.memo.get(`overlaid:${chart.id}`, [...views], () =>
      lineFigure(chart, [baseline, ...scenarios], ctx),
    )
    const difference = this.memo.get(`difference:${chart.id}`, [...views], () =>
      differenceFigure(chart, scenarios, baseline, ctx),
    )
    // One scenario per multiple, so each can carry its uncertainty band and stay legible.
    const multiples = scenarios.map((run) => {
      const bands = state.uncertainty?.bands(run.key)
      return this.memo.get(
        `multiple:${chart.id}:${run.key}`,
        [baseline.view, run.view, bands, run.label, run.colour],
        () => {
          const figure = lineFigure(chart, [baseline, { ...run, bands }], ctx)
          return figure && { ...figure, id: `${figure.id}-${run.key}`, title: run.label }
        },
      )
    })
    const spendChart = outcomeChart('total-spend') as LineOutcome
    const cumulativeSpend = this.memo.get('cumulative-spend', [...views], () =>
      cumulativeDifferenceFigure(spendChart, scenarios, baseline, ctx),
    )
    const partnerChart = outcomeChart('spend-by-partner') as StackedOutcome
    const partnerFigures = [baseline, ...scenarios].map((run) =>
      this.memo.get(`partner:${run.key}`, [run.view, run.label], () => stackedFigure(partnerChart, run, ctx)),
    )
    const serviceChart = outcomeChart('spend-by-service') as StackedOutcome
    const serviceFigures = [baseline, ...scenarios].map((run) =>
      this.memo.get(`service:${run.key}`, [run.view, run.label], () => stackedFigure(serviceChart, run, ctx)),
    )
    const card = (figure: Figure | undefined, compact = false) =>
      figure
        ? html`<cb-chart-card .figure=${figure} footnote=${footnote} ?compact=${compact}></cb-chart-card>`
        : nothing
    return html`
      <h2>Compare: ${chosen.map((c) => c.scenario.name).join(', ')}</h2>
      <div class="picker">
        <label for="compare-output">Outcome</label>
        <select
          id="compare-output"
          @change=${(e: Event) => {
            this.chartId = (e.target as HTMLSelectElement).value
          }}
        >
          ${LINE_CHARTS.map((c) => html`<option value=${c.id} ?selected=${c.id === chart.id}>${c.title}</option>`)}
        </select>
      </div>
      <section class="grid">${card(overlaid)} ${card(difference)}</section>
      <section>
        <h3>Small multiples: ${chart.title.toLowerCase()}, each scenario against the baseline</h3>
        <cb-uncertainty-toggle .state=${state} .keys=${scenarios.map((s) => s.key)}></cb-uncertainty-toggle>
        <div class="multiples">${multiples.map((f) => card(f, true))}</div>
      </section>
      <section class="panel">
        <h3>Key figures</h3>
        <cb-kpi-table
          .runs=${[baseline, ...scenarios]}
          .outputs=${state.catalogue.outputs}
          .startTime=${state.catalogue.startTime}
          .stopTime=${state.catalogue.stopTime}
          footnote=${footnote}
        ></cb-kpi-table>
      </section>
      <section class="grid">
        <div class="panel">
          <h3>When does the shift pay for itself?</h3>
          <cb-break-even-table
            .baseline=${baseline}
            .scenarios=${scenarios}
            .baseYear=${state.area.baseYear}
            .startTime=${state.catalogue.startTime}
          ></cb-break-even-table>
        </div>
        ${card(cumulativeSpend)}
      </section>
      <section>
        <h3>Spend by partner</h3>
        <div class="multiples">${partnerFigures.map((f) => card(f, true))}</div>
      </section>
      <section>
        <h3>Spend by service</h3>
        <div class="multiples">${serviceFigures.map((f) => card(f, true))}</div>
      </section>
    `
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-compare-view': CbCompareView
  }
}
