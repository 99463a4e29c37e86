// The open scenario against the baseline, one chart per outcome: what the analyst watches while
// moving levers. Figures are rebuilt only for runs that changed, so a lever move redraws quickly.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { AppState } from '../app/app-state'
import { assumptionsFootnote, figureContext } from '../app/figure-context'
import { baselineKey } from '../app/scenario-entry'
import { StateController } from '../app/state-controller'
import { lineFigure, stackedFigure } from '../charts/build-figures'
import { baselineRun, type ChartRun } from '../charts/chart-run'
import type { Figure } from '../charts/figure'
import { FigureMemo } from '../charts/figure-memo'
import { OUTCOME_CHARTS } from '../charts/outcome-charts'
import { seriesColour } from '../charts/palette'
import { sharedStyles } from '../styles/shared-styles'
import './cb-chart-card'
import './cb-sensitivity-panel'
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
  const scenario: ChartRun | undefined = activeView
    ? {
        key: active.id,
        label: active.scenario.name,
        colour: seriesColour(0),
        baseline: false,
        view: activeView,
        bands,
      }
    : undefined
  const figures: Figure[] = []
  for (const chart of OUTCOME_CHARTS) {
    const inputs = [baselineView, baselineBands, activeView, bands, active.scenario.name, ctx.areaName]
    const figure = memo.get(chart.id, inputs, () => {
      if (chart.kind === 'line') return lineFigure(chart, scenario ? [baseline, scenario] : [baseline], ctx)
      return stackedFigure(chart, scenario ?? baseline, ctx)
    })
    if (figure) figures.push(figure)
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
    `,
  ]

  @property({ attribute: false }) state?: AppState
  private readonly memo = new FigureMemo<Figure | undefined>()

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
    return html`
      <h2>Outcomes: ${active.scenario.name} against the baseline</h2>
      <p class="status" role="status">
        ${
          error
            ? html`<span class="error">The model could not run this scenario: ${error}</span>`
            : state.runPending(active.id)
              ? 'Running…'
              : nothing
        }
      </p>
      <cb-uncertainty-toggle
        .state=${state}
        .keys=${[active.id, baselineKey(state.areaId)]}
      ></cb-uncertainty-toggle>
      <div class="grid">
        ${figures.map((figure) => html`<cb-chart-card .figure=${figure} footnote=${footnote}></cb-chart-card>`)}
      </div>
      <section class="panel sensitivity">
        <h3>Which assumptions matter most?</h3>
        <cb-sensitivity-panel .state=${state}></cb-sensitivity-panel>
      </section>
    `
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-outcomes-view': CbOutcomesView
  }
}
