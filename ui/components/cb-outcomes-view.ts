// The open scenario against the baseline: what it does in three sentences (each pointing to the
// charts its numbers come from), the levers it moves, and one chart per outcome. This is what the
// analyst watches while moving levers, so figures are rebuilt only for runs that changed.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { AppState } from '../app/app-state'
import { assumptionsFootnote, figureContext, settingsContext } from '../app/figure-context'
import { baselineKey } from '../app/scenario-entry'
import { StateController } from '../app/state-controller'
import { cumulativeDifferenceFigure, lineFigure, stackedFigure } from '../charts/build-figures'
import { baselineRun, type ChartRun, scenarioRun } from '../charts/chart-run'
import type { Figure } from '../charts/figure'
import { FigureMemo } from '../charts/figure-memo'
import { scrollBehaviour } from '../charts/motion'
import { OUTCOME_CHARTS } from '../charts/outcome-charts'
import { areaCurrency } from '../format/quantity'
import { scenarioNarrative } from '../results/narrative'
import { leverSettingRows } from '../results/settings-in-words'
import { sharedStyles } from '../styles/shared-styles'
import './cb-chart-card'
import './cb-sensitivity-panel'
import './cb-lever-settings'
import './cb-narrative'
import type { ShowChartDetail } from './cb-narrative'
import './cb-uncertainty-toggle'

/** The figures of the outcomes view for the open scenario, in catalogue order. */
export function outcomeFigures(state: AppState, memo: FigureMemo<Figure | undefined>): Figure[] {
  const ctx = figureContext(state)
  const active = state.active
  const baselineView = state.baselineRun
  if (!ctx || !active || !baselineView) return []
  const activeView = state.run(active.id)
  const bands = state.uncertainty?.bands(active.id)
  const baselineBands = state.uncertainty?.bands(baselineKey(state.areaId))
  const baseline = { ...baselineRun(baselineView), bands: baselineBands }
  const scenario: ChartRun | undefined = activeView ? scenarioRun(active, 0, activeView, bands) : undefined
  const figures: Figure[] = []
  const inputs = [
    baselineView,
    baselineBands,
    activeView,
    bands,
    active.scenario.name,
    ctx.areaName,
    ctx.currency,
  ]
  for (const chart of OUTCOME_CHARTS) {
    const figure = memo.get(chart.id, inputs, () => {
      if (chart.kind === 'line') return lineFigure(chart, scenario ? [baseline, scenario] : [baseline], ctx)
      return stackedFigure(chart, scenario ?? baseline, ctx)
    })
    if (figure) figures.push(figure)
    // Money a year summed: the "hump" of extra spend and where it is paid back.
    if (chart.id === 'total-spend' && chart.kind === 'line' && scenario) {
      const cumulative = memo.get(`${chart.id}-cumulative`, inputs, () =>
        cumulativeDifferenceFigure(chart, [scenario], baseline, ctx),
      )
      if (cumulative) figures.push(cumulative)
    }
  }
  return figures
}

@customElement('cb-outcomes-view')
export class CbOutcomesView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 30rem), 1fr));
        gap: 0.9rem;
      }
      .status {
        min-height: 1.3rem;
        font-size: 0.82rem;
        margin: 0 0 0.3rem;
      }
      .error {
        color: #a00;
      }
      section.sensitivity {
        margin-top: 1.2rem;
        background: #fff;
        border: 1px solid #d6d6d6;
        border-radius: 6px;
        padding: 0.8rem 0.9rem;
      }
      .brief {
        background: #fff;
        border: 1px solid #d6d6d6;
        border-left: 4px solid #0b5394;
        border-radius: 6px;
        padding: 0.7rem 0.9rem 0.5rem;
        margin-bottom: 0.8rem;
      }
      .brief h3 {
        font-size: 0.95rem;
      }
      details {
        margin-top: 0.3rem;
        font-size: 0.9rem;
      }
      summary {
        cursor: pointer;
        font-size: 0.85rem;
      }
    `,
  ]

  @property({ attribute: false }) state?: AppState
  private readonly memo = new FigureMemo<Figure | undefined>()
  private readonly narrativeMemo = new FigureMemo<ReturnType<typeof scenarioNarrative>>()

  constructor() {
    super()
    new StateController(this, () => this.state)
  }

  override render() {
    const state = this.state
    const active = state?.active
    if (!state || !active) return nothing
    const error = state.runError(active.id)
    const figures = outcomeFigures(state, this.memo)
    const footnote = assumptionsFootnote(state, [active])
    const settings = settingsContext(state)
    return html`
      <h2>Outcomes: ${active.scenario.name} against the baseline</h2>
      <p class="status">
        ${
          error
            ? html`<span class="error" role="alert">The model could not run this scenario: ${error}</span>`
            : state.runPending(active.id)
              ? 'Running…'
              : nothing
        }
      </p>
      ${this.renderBrief(state, figures)}
      ${
        settings
          ? html`<details class="lever-settings">
              <summary>Levers this scenario moves, with the values in its file</summary>
              <cb-lever-settings
                .rows=${leverSettingRows(active.scenario, settings)}
                scenarioName=${active.scenario.name}
              ></cb-lever-settings>
            </details>`
          : nothing
      }
      <cb-uncertainty-toggle
        .state=${state}
        .keys=${[active.id, baselineKey(state.areaId)]}
      ></cb-uncertainty-toggle>
      <div class="grid" @show-chart=${(e: CustomEvent<ShowChartDetail>) => this.showChart(e.detail.chartId)}>
        ${figures.map((figure) => html`<cb-chart-card .figure=${figure} footnote=${footnote}></cb-chart-card>`)}
      </div>
      <section class="panel sensitivity">
        <h3>Which assumptions matter most?</h3>
        <cb-sensitivity-panel .state=${state}></cb-sensitivity-panel>
      </section>
    `
  }

  private renderBrief(state: AppState, figures: Figure[]) {
    const active = state.active
    const baseline = state.baselineRun
    const view = active && state.run(active.id)
    const area = state.area
    if (!active || !baseline || !view || !area || !state.catalogue) return nothing
    const startTime = state.catalogue.startTime
    const sentences = this.narrativeMemo.get('brief', [view, baseline, active.scenario.name, area], () =>
      scenarioNarrative(active.scenario.name, view, baseline, {
        baseYear: area.baseYear,
        startTime,
        currency: areaCurrency(area as { currency?: string }),
      }),
    )
    const titles = new Map(figures.map((f) => [f.id, f.title]))
    return html`<section class="brief" aria-label="In brief">
      <h3>In brief</h3>
      <cb-narrative
        .sentences=${sentences}
        .chartTitles=${titles}
        @show-chart=${(e: CustomEvent<ShowChartDetail>) => this.showChart(e.detail.chartId)}
      ></cb-narrative>
    </section>`
  }

  /** Brings a chart into view and moves focus to it, from a link in the narrative. */
  private showChart(chartId: string): void {
    const card = Array.from(this.renderRoot.querySelectorAll('cb-chart-card')).find(
      (c) => c.figure?.id === chartId,
    )
    if (!card) return
    card.scrollIntoView({ behavior: scrollBehaviour(), block: 'center' })
    card.focusTitle()
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-outcomes-view': CbOutcomesView
  }
}
