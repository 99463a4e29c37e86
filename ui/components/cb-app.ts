// The app's frame: the area picker and the four views (outcomes, compare, area set-up, present),
// with the scenarios and their levers alongside the outcomes and the comparison.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property, state } from 'lit/decorators.js'
import type { AppState } from '../app/app-state'
import { RunAnnouncer, resultsKey, resultsWords } from '../app/run-announcer'
import { StateController } from '../app/state-controller'
import { sharedStyles } from '../styles/shared-styles'
import './cb-area-setup'
import './cb-compare-view'
import './cb-lever-panel'
import './cb-notice'
import './cb-outcomes-view'
import './cb-present-mode'
import './cb-scenario-panel'

export type View = 'outcomes' | 'compare' | 'area' | 'present'

const VIEWS: { id: View; label: string }[] = [
  { id: 'outcomes', label: 'Outcomes' },
  { id: 'compare', label: 'Compare' },
  { id: 'area', label: 'Area set-up' },
  { id: 'present', label: 'Present' },
]

@customElement('cb-app')
export class CbApp extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: #f6f7f9;
      }
      header {
        display: flex;
        align-items: center;
        gap: 1.2rem;
        flex-wrap: wrap;
        padding: 0.6rem 1.2rem;
        background: #0b2e4f;
        color: #fff;
      }
      header h1 {
        font-size: 1.25rem;
        margin: 0;
      }
      header .tagline {
        font-size: 0.82rem;
        opacity: 0.85;
      }
      header label {
        font-size: 0.85rem;
        margin-left: auto;
      }
      nav {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem;
        padding: 0 1.2rem;
        background: #fff;
        border-bottom: 1px solid #d6d6d6;
      }
      nav button {
        border: none;
        border-bottom: 3px solid transparent;
        border-radius: 0;
        padding: 0.6rem 0.9rem;
        font-size: 0.92rem;
        background: none;
      }
      nav button[aria-selected='true'] {
        border-bottom-color: #0b5394;
        font-weight: 600;
      }
      nav .tabs {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem;
      }
      nav .history {
        margin-left: auto;
        display: flex;
        gap: 0.3rem;
        align-items: center;
      }
      nav .history button {
        border: 1px solid #8a8a8a;
        border-radius: 4px;
        padding: 0.2rem 0.6rem;
        font-size: 0.85rem;
      }
      .body {
        display: grid;
        grid-template-columns: minmax(19rem, 24rem) 1fr;
        gap: 1.2rem;
        padding: 1rem 1.2rem;
        align-items: start;
      }
      .body.wide {
        grid-template-columns: 1fr;
      }
      aside {
        background: #fff;
        border: 1px solid #d6d6d6;
        border-radius: 6px;
        padding: 0.8rem;
        position: sticky;
        top: 0.5rem;
        max-height: calc(100vh - 1rem);
        overflow: auto;
      }
      aside h2.levers {
        margin-top: 1rem;
      }
      main {
        min-width: 0;
      }
      .loading {
        padding: 2rem 1.2rem;
      }
      @media (max-width: 800px) {
        .body {
          grid-template-columns: minmax(0, 1fr);
          padding: 0.6rem;
        }
        header,
        nav {
          padding-left: 0.6rem;
          padding-right: 0.6rem;
        }
        aside {
          position: static;
          max-height: none;
        }
      }
    `,
  ]

  @property({ attribute: false }) state?: AppState
  @state() view: View = 'outcomes'
  /** The polite announcement of results just updated (see RunAnnouncer). */
  @state() private announcement = ''
  private readonly keys = (event: KeyboardEvent) => this.onKey(event)
  private readonly announcer = new RunAnnouncer((text) => {
    this.announcement = text
  })

  constructor() {
    super()
    new StateController(this, () => this.state)
  }

  override connectedCallback(): void {
    super.connectedCallback()
    window.addEventListener('keydown', this.keys)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('keydown', this.keys)
    this.announcer.stop()
  }

  protected override updated(): void {
    this.announcer.note(resultsKey(this.state), () => resultsWords(this.state))
  }

  /**
   * The views are tabs: one Tab stop, and the arrow keys (Home, End) move between them and open
   * the one reached, as in every tab list (WAI-ARIA Authoring Practices).
   */
  private async tabKey(event: KeyboardEvent): Promise<void> {
    const index = VIEWS.findIndex((v) => v.id === this.view)
    const last = VIEWS.length - 1
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % VIEWS.length
        : event.key === 'ArrowLeft'
          ? (index + last) % VIEWS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1
    if (next < 0) return
    event.preventDefault()
    this.view = VIEWS[next].id
    await this.updateComplete
    this.renderRoot.querySelector<HTMLButtonElement>(`#tab-${this.view}`)?.focus()
  }

  /** Ctrl+Z undoes, Ctrl+Shift+Z (or Ctrl+Y) redoes; text boxes keep their own undo. */
  private onKey(event: KeyboardEvent): void {
    const history = this.state?.history
    if (!history || !(event.ctrlKey || event.metaKey) || event.altKey) return
    const key = event.key.toLowerCase()
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)
    if (key !== 'z' && !redo) return
    const target = event.composedPath()[0] as HTMLElement | undefined
    const typing =
      target?.isContentEditable ||
      target?.tagName === 'TEXTAREA' ||
      (target?.tagName === 'INPUT' &&
        !['range', 'checkbox', 'radio'].includes((target as HTMLInputElement).type))
    if (typing) return
    event.preventDefault()
    if (redo) history.redo()
    else history.undo()
  }

  override render() {
    const state = this.state
    const catalogue = state?.catalogue
    return html`
      <header>
        <h1>CareBalance</h1>
        <span class="tagline">Pooled health and social care budgets: what shifts, what it costs, when it pays</span>
        ${
          catalogue && state
            ? html`<label
              >Area
              <select class="area-picker" @change=${(e: Event) => state.setArea((e.target as HTMLSelectElement).value)}>
                ${catalogue.areas.map((a) => html`<option value=${a.id} ?selected=${a.id === state.areaId}>${a.name}</option>`)}
              </select></label
            >`
            : nothing
        }
      </header>
      ${state?.ready ? this.renderApp(state) : this.renderLoading(state)}
    `
  }

  private renderLoading(state: AppState | undefined) {
    if (state?.fatal) {
      return html`<p class="loading" role="alert">The model could not be loaded: ${state.fatal}</p>`
    }
    return html`<p class="loading" role="status">Loading the care model…</p>`
  }

  private renderApp(state: AppState) {
    const wide = this.view === 'area' || this.view === 'present'
    return html`
      <nav>
        <div class="tabs" role="tablist" aria-label="Views" @keydown=${(e: KeyboardEvent) => this.tabKey(e)}>
        ${VIEWS.map(
          (v) => html`<button
            role="tab"
            id=${`tab-${v.id}`}
            class=${`tab-${v.id}`}
            aria-selected=${this.view === v.id ? 'true' : 'false'}
            aria-controls="view-panel"
            tabindex=${this.view === v.id ? '0' : '-1'}
            @click=${() => {
              this.view = v.id
            }}
          >
            ${v.label}
          </button>`,
        )}
        </div>
        <span class="history" role="group" aria-label="Undo and redo">
          <button
            class="undo"
            ?disabled=${!state.history.canUndo}
            title=${state.history.undoLabel ? `Undo: ${state.history.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
            aria-label=${state.history.undoLabel ? `Undo: ${state.history.undoLabel}` : 'Undo'}
            @click=${() => state.history.undo()}
          >
            ↶ Undo
          </button>
          <button
            class="redo"
            ?disabled=${!state.history.canRedo}
            title=${state.history.redoLabel ? `Redo: ${state.history.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
            aria-label=${state.history.redoLabel ? `Redo: ${state.history.redoLabel}` : 'Redo'}
            @click=${() => state.history.redo()}
          >
            ↷ Redo
          </button>
        </span>
      </nav>
      <div class="body ${wide ? 'wide' : ''}">
        ${
          wide
            ? nothing
            : html`<aside aria-label="Scenarios and levers">
              <cb-scenario-panel .state=${state}></cb-scenario-panel>
              <h2 class="levers">Levers</h2>
              <cb-lever-panel .state=${state}></cb-lever-panel>
            </aside>`
        }
        <main>
          <p class="visually-hidden announcer" role="status" aria-atomic="true">${this.announcement}</p>
          <cb-notice .state=${state}></cb-notice>
          <div id="view-panel" role="tabpanel" aria-labelledby=${`tab-${this.view}`}>${this.renderView(state)}</div>
        </main>
      </div>
    `
  }

  private renderView(state: AppState) {
    switch (this.view) {
      case 'compare':
        return html`<cb-compare-view .state=${state}></cb-compare-view>`
      case 'area':
        return html`<cb-area-setup .state=${state}></cb-area-setup>`
      case 'present':
        return html`<cb-present-mode .state=${state}></cb-present-mode>`
      default:
        return html`<cb-outcomes-view .state=${state}></cb-outcomes-view>`
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-app': CbApp
  }
}
