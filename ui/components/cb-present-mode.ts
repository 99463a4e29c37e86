// Presenting to a board: pick charts, then step through them full-screen as slides, each with its
// title, caption and an assumptions footnote (area, scenarios, model version). Arrow keys move,
// Escape leaves.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property, state } from 'lit/decorators.js'
import type { AppState } from '../app/app-state'
import { assumptionsFootnote, figureContext } from '../app/figure-context'
import { StateController } from '../app/state-controller'
import { lineFigure, stackedFigure } from '../charts/build-figures'
import type { Figure } from '../charts/figure'
import { FigureMemo } from '../charts/figure-memo'
import { OUTCOME_CHARTS } from '../charts/outcome-charts'
import { appraiseScenarios, cumulativeSavingFigure } from '../results/appraisal-view'
import { sharedStyles } from '../styles/shared-styles'
import './cb-chart-card'
import { comparedRuns } from './cb-compare-view'
import { outcomeFigures } from './cb-outcomes-view'

type Audience = 'open' | 'compared'

@customElement('cb-present-mode')
export class CbPresentMode extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 1px solid #d6d6d6;
        border-radius: 6px;
        background: #fff;
        margin: 0 0 0.8rem;
      }
      .choices {
        columns: 2 16rem;
      }
      .choices label {
        display: block;
        padding: 0.15rem 0;
      }
      .slides {
        position: fixed;
        inset: 0;
        z-index: 100;
        background: #fff;
        display: grid;
        grid-template-rows: 1fr auto;
        padding: 2.5vh 4vw 1.5vh;
      }
      .slide {
        overflow: auto;
        max-width: 1200px;
        width: 100%;
        margin: 0 auto;
      }
      footer {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 1rem;
        border-top: 1px solid #ccc;
        padding-top: 0.5rem;
        font-size: 0.85rem;
      }
      .assumptions {
        color: #444;
        max-width: 70%;
      }
    `,
  ]

  @property({ attribute: false }) state?: AppState
  @state() private audience: Audience = 'open'
  @state() private chosen = new Set([
    'emergency-admissions',
    'bed-occupancy',
    'delayed-discharges',
    'total-spend',
    'appraisal-cumulative-discounted',
  ])
  @state() private slideIndex = -1
  private readonly memo = new FigureMemo<Figure | undefined>()
  private slideCount = 0
  private readonly keys = (event: KeyboardEvent) => this.onKey(event)

  constructor() {
    super()
    new StateController(this, () => this.state)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('keydown', this.keys)
  }

  /** The figures on offer for the chosen audience, in catalogue order. */
  private figures(state: AppState): Figure[] {
    if (this.audience === 'open') return outcomeFigures(state, this.memo)
    const ctx = figureContext(state)
    const { baseline, scenarios } = comparedRuns(state)
    if (!ctx || !baseline) return []
    const runs = [baseline, ...scenarios]
    // The appraisal at the Green Book's settings: cumulative discounted saving, with each NPV in the caption.
    const appraisal = this.memo.get(
      'appraisal',
      [baseline.view, ...scenarios.flatMap((s) => [s.view, s.label])],
      () => cumulativeSavingFigure(appraiseScenarios(baseline, scenarios, {}), 'real', ctx.areaName),
    )
    return [
      ...OUTCOME_CHARTS.map((chart) =>
        chart.kind === 'line'
          ? lineFigure(chart, runs, ctx)
          : stackedFigure(chart, scenarios[0] ?? baseline, ctx),
      ),
      appraisal,
    ].filter((f): f is Figure => f !== undefined)
  }

  override render() {
    const state = this.state
    if (!state?.ready) return nothing
    const figures = this.figures(state)
    const slides = figures.filter((f) => this.chosen.has(f.id))
    this.slideCount = slides.length
    const scenarios = this.audience === 'open' ? (state.active ? [state.active] : []) : state.compared
    return html`
      <h2>Present</h2>
      <fieldset>
        <legend>Scenarios on the slides</legend>
        <label
          ><input type="radio" name="audience" .checked=${this.audience === 'open'} @change=${() => this.setAudience('open')} />
          The open scenario (${state.active?.scenario.name}) against the baseline</label
        >
        <label
          ><input
            type="radio"
            name="audience"
            .checked=${this.audience === 'compared'}
            ?disabled=${state.compared.length < 2}
            @change=${() => this.setAudience('compared')}
          />
          The compared scenarios${state.compared.length < 2 ? ' (tick 2–4 in the list first)' : ''}</label
        >
      </fieldset>
      <fieldset>
        <legend>Charts to show, in this order</legend>
        <div class="choices">
          ${figures.map(
            (f) => html`<label
              ><input type="checkbox" class="slide-choice" .checked=${this.chosen.has(f.id)} @change=${() => this.toggle(f.id)} />
              ${f.title}</label
            >`,
          )}
        </div>
      </fieldset>
      <button class="primary start-presenting" ?disabled=${slides.length === 0} @click=${() => this.start()}>
        Start presentation (${slides.length} slide${slides.length === 1 ? '' : 's'})
      </button>
      ${this.slideIndex >= 0 && slides.length ? this.renderSlides(slides, assumptionsFootnote(state, scenarios)) : nothing}
    `
  }

  private renderSlides(slides: Figure[], footnote: string) {
    const index = Math.min(this.slideIndex, slides.length - 1)
    const figure = slides[index]
    return html`<div class="slides" role="dialog" aria-modal="true" aria-label="Presentation">
      <div class="slide">
        <cb-chart-card slide .figure=${figure} footnote=${footnote}></cb-chart-card>
      </div>
      <footer>
        <span class="assumptions">${footnote}</span>
        <span>
          <button class="previous" ?disabled=${index === 0} @click=${() => this.step(-1)}>← Previous</button>
          <span aria-live="polite">${index + 1} / ${slides.length}</span>
          <button class="next" ?disabled=${index === slides.length - 1} @click=${() => this.step(1)}>Next →</button>
          <button class="stop-presenting" @click=${() => this.stop()}>Close (Esc)</button>
        </span>
      </footer>
    </div>`
  }

  private setAudience(audience: Audience): void {
    this.audience = audience
  }

  private toggle(id: string): void {
    const chosen = new Set(this.chosen)
    if (chosen.has(id)) chosen.delete(id)
    else chosen.add(id)
    this.chosen = chosen
  }

  private async start(): Promise<void> {
    this.slideIndex = 0
    window.addEventListener('keydown', this.keys)
    await this.updateComplete
    const overlay = this.renderRoot.querySelector<HTMLElement>('.slides')
    // Full screen needs a user gesture and may be refused (e.g. headless); the overlay still covers the page.
    overlay?.requestFullscreen?.().catch(() => undefined)
  }

  private stop(): void {
    this.slideIndex = -1
    window.removeEventListener('keydown', this.keys)
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined)
  }

  private step(by: number): void {
    this.slideIndex = Math.min(Math.max(0, this.slideIndex + by), Math.max(0, this.slideCount - 1))
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ') this.step(1)
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') this.step(-1)
    else if (event.key === 'Escape') this.stop()
    else return
    event.preventDefault()
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-present-mode': CbPresentMode
  }
}
