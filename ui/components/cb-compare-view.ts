// One to four scenarios side by side against the baseline (one option against doing nothing is the
// commonest board question): each in three sentences; one outcome overlaid, as small multiples and
// as a difference from the baseline; the key-figures table; when each scenario's spend breaks
// even; and spend by partner and by service for each, on one scale so the stacks compare.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property, state } from 'lit/decorators.js'
import { type AppState, MAX_COMPARED } from '../app/app-state'
import { assumptionsFootnote, figureContext } from '../app/figure-context'
import { baselineKey } from '../app/scenario-entry'
import { StateController } from '../app/state-controller'
import {
  cumulativeDifferenceFigure,
  differenceFigure,
  type FigureContext,
  lineFigure,
  stackedFigure,
} from '../charts/build-figures'
import { baselineRun, type ChartRun, scenarioRun } from '../charts/chart-run'
import type { Figure, StackedFigure } from '../charts/figure'
import { FigureMemo } from '../charts/figure-memo'
import { type LineOutcome, OUTCOME_CHARTS, outcomeChart, type StackedOutcome } from '../charts/outcome-charts'
import { stackTop } from '../charts/stacked-chart-draw'
import { scenarioNarrative } from '../results/narrative'
import { sharedStyles } from '../styles/shared-styles'
import './cb-appraisal-panel'
import './cb-break-even-table'
import './cb-narrative'
import './cb-chart-card'
import './cb-kpi-table'
import './cb-probability-panel'
import './cb-uncertainty-toggle'
import { lineSwatch } from './line-swatch'

const LINE_CHARTS = OUTCOME_CHARTS.filter((c): c is LineOutcome => c.kind === 'line')

/** The runs being compared: the baseline, then each ticked scenario that has a result. */
export function comparedRuns(state: AppState): { baseline?: ChartRun; scenarios: ChartRun[] } {
  const baselineView = state.baselineRun
  const scenarios: ChartRun[] = []
  state.compared.forEach((entry, i) => {
    const view = state.run(entry.id)
    if (view) scenarios.push(scenarioRun(entry, i, view))
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
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        margin: 0.4rem 0 0.8rem;
      }
      .picker select {
        max-width: 100%;
      }
      .brief + .brief {
        margin-top: 0.5rem;
      }
      .brief h4 {
        font-size: 0.92rem;
        margin: 0.2rem 0;
      }
      .line-swatch {
        vertical-align: middle;
        margin-right: 0.4rem;
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
  private readonly narratives = new FigureMemo<ReturnType<typeof scenarioNarrative>>()

  constructor() {
    super()
    new StateController(this, () => this.state)
  }

  override render() {
    const state = this.state
    const ctx = state ? figureContext(state) : undefined
    if (!state || !ctx || !state.catalogue || !state.area) return nothing
    const chosen = state.compared
    if (chosen.length === 0) {
      return html`<h2>Compare scenarios</h2>
        <p class="panel">
          Tick between 1 and ${MAX_COMPARED} scenarios in the list on the left to compare them with the baseline
          (doing nothing) and with each other.
        </p>`
    }
    const compared = comparedRuns(state)
    if (!compared.baseline) return html`<h2>Compare scenarios</h2><p role="status">Running the baseline…</p>`
    // Each run with its ensemble's bands while Show uncertainty is on, the baseline's too.
    const baselineBandKey = baselineKey(state.area.id)
    const baseline = { ...compared.baseline, bands: state.uncertainty?.bands(baselineBandKey) }
    const scenarios = compared.scenarios.map((run) => ({ ...run, bands: state.uncertainty?.bands(run.key) }))
    const chart = (outcomeChart(this.chartId) as LineOutcome | undefined) ?? LINE_CHARTS[0]
    const footnote = assumptionsFootnote(state, chosen)
    const views = [
      baseline.view,
      baseline.bands,
      ...scenarios.map((s) => s.view),
      ...scenarios.map((s) => s.label),
      ...scenarios.map((s) => s.bands),
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
      return this.memo.get(
        `multiple:${chart.id}:${run.key}`,
        [baseline.view, baseline.bands, run.view, run.bands, run.label, run.colour],
        () => {
          const figure = lineFigure(chart, [baseline, run], ctx)
          return figure && { ...figure, id: `${figure.id}-${run.key}`, title: run.label }
        },
      )
    })
    const spendChart = outcomeChart('total-spend') as LineOutcome
    const cumulativeSpend = this.memo.get('cumulative-spend', [...views], () =>
      cumulativeDifferenceFigure(spendChart, scenarios, baseline, ctx),
    )
    const partnerChart = outcomeChart('spend-by-partner') as StackedOutcome
    const partnerFigures = stackedMultiples(partnerChart, [baseline, ...scenarios], ctx, this.memo)
    const serviceChart = outcomeChart('spend-by-service') as StackedOutcome
    const serviceFigures = stackedMultiples(serviceChart, [baseline, ...scenarios], ctx, this.memo)
    const card = (figure: Figure | undefined, compact = false) =>
      figure
        ? html`<cb-chart-card .figure=${figure} footnote=${footnote} ?compact=${compact}></cb-chart-card>`
        : nothing
    return html`
      <h2>Compare: ${chosen.map((c) => c.scenario.name).join(', ')}${chosen.length === 1 ? ' against the baseline' : ''}</h2>
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
      ${this.renderBriefs(state, baseline, scenarios, ctx.currency)}
      <section>
        <h3>Small multiples: ${chart.title.toLowerCase()}, each scenario against the baseline</h3>
        <cb-uncertainty-toggle
          .state=${state}
          .keys=${[baselineBandKey, ...scenarios.map((s) => s.key)]}
        ></cb-uncertainty-toggle>
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
          .baseYear=${state.area.baseYear}
          .currency=${ctx.currency}
        ></cb-kpi-table>
      </section>
      <section class="panel">
        <h3>Does it pay, and for whom? Appraisal against the baseline</h3>
        <cb-appraisal-panel
          .baseline=${baseline}
          .scenarios=${scenarios}
          areaName=${ctx.areaName}
          currency=${ctx.currency}
          footnote=${footnote}
        ></cb-appraisal-panel>
      </section>
      <section class="panel">
        <h3>How sure are we?</h3>
        <cb-probability-panel .state=${state} .baseline=${baseline} .scenarios=${scenarios}></cb-probability-panel>
      </section>
      <section class="grid">
        <div class="panel">
          <h3>When does the shift pay for itself?</h3>
          <cb-break-even-table
            .baseline=${baseline}
            .scenarios=${scenarios}
            .baseYear=${state.area.baseYear}
            .startTime=${state.catalogue.startTime}
            .currency=${ctx.currency}
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

  private renderBriefs(state: AppState, baseline: ChartRun, scenarios: ChartRun[], currency: string) {
    const area = state.area
    const catalogue = state.catalogue
    if (!area || !catalogue) return nothing
    return html`<section class="panel briefs" aria-label="In brief">
      <h3>In brief</h3>
      ${scenarios.map((run) => {
        const sentences = this.narratives.get(
          `brief:${run.key}`,
          [run.view, baseline.view, run.label, currency],
          () =>
            scenarioNarrative(run.label, run.view, baseline.view, {
              baseYear: area.baseYear,
              startTime: catalogue.startTime,
              currency,
            }),
        )
        return html`<div class="brief">
          <h4>${lineSwatch(run.style)}${run.label}</h4>
          <cb-narrative .sentences=${sentences}></cb-narrative>
        </div>`
      })}
    </section>`
  }
}

/** One stacked chart per run (baseline first), all on the scale of the largest, so they compare. */
function stackedMultiples(
  chart: StackedOutcome,
  runs: ChartRun[],
  ctx: FigureContext,
  memo: FigureMemo<Figure | undefined>,
): Figure[] {
  const figures = runs
    .map((run) =>
      memo.get(`${chart.id}:${run.key}`, [run.view, run.label, ctx.currency], () =>
        stackedFigure(chart, run, ctx),
      ),
    )
    .filter((f): f is StackedFigure => f?.kind === 'stacked')
  const top = Math.max(0, ...figures.map((f) => stackTop(f.layers)))
  return figures.map((f) => ({ ...f, sharedTop: top }))
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-compare-view': CbCompareView
  }
}
