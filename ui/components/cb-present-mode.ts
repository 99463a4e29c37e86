// Presenting to a board: choose whom the slides are about (the open scenario or the compared ones),
// pick and order the slides, then show them full screen, 16:9, filling the screen (arrow keys
// move, Escape leaves), or take the same slides away as a PowerPoint file or a PDF in one click.
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import { customElement, property, state } from 'lit/decorators.js'
import type { AppState } from '../app/app-state'
import { StateController } from '../app/state-controller'
import { measureText } from '../charts/text-measure'
import { downloadBlob } from '../export/download'
import { type Audience, audienceEntries, deckInput } from '../slides/deck-input'
import { printSlides } from '../slides/print-deck'
import type { Slide } from '../slides/slide'
import type { SlidePage } from '../slides/slide-boxes'
import { buildDeck, defaultSlideOrder, SLIDE_KINDS } from '../slides/slide-kinds'
import { layoutDeck } from '../slides/slide-layout'
import { slideSvg } from '../slides/slide-svg'
import { sharedStyles } from '../styles/shared-styles'
import { slidesStyles } from '../styles/slides-styles'

@customElement('cb-present-mode')
export class CbPresentMode extends LitElement {
  static override styles = [sharedStyles, slidesStyles]

  @property({ attribute: false }) state?: AppState
  @state() private audience: Audience = 'open'
  /** Every slide kind, in the analyst's order. */
  @state() private order = SLIDE_KINDS.map((kind) => kind.id)
  @state() private chosen = new Set(defaultSlideOrder())
  @state() private slideIndex = -1
  @state() private busy = ''
  @state() private message = ''
  @state() private controlsShown = true
  /** Slides and packs in greys with line styles, for black-and-white printing. */
  @state() private greyscale = false
  private pages: SlidePage[] = []
  private hideTimer?: ReturnType<typeof setTimeout>
  private readonly keys = (event: KeyboardEvent) => this.onKey(event)

  constructor() {
    super()
    new StateController(this, () => this.state)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('keydown', this.keys)
  }

  /** The slide kinds to show, in order. */
  get chosenOrder(): string[] {
    return this.order.filter((id) => this.chosen.has(id))
  }

  /** The pages of the deck as chosen now, or none until every run is in. */
  deckPages(): SlidePage[] {
    const state = this.state
    if (!state) return []
    const input = deckInput(state, this.effectiveAudience(state))
    return input ? layoutDeck(this.styled(buildDeck(input, this.chosenOrder)), measureText) : []
  }

  private styled(slides: Slide[]): Slide[] {
    return this.greyscale ? printSlides(slides) : slides
  }

  private effectiveAudience(state: AppState): Audience {
    return this.audience === 'compared' && state.compared.length > 0 ? 'compared' : 'open'
  }

  override render() {
    const state = this.state
    if (!state?.ready) return nothing
    const audience = this.effectiveAudience(state)
    this.pages = this.deckPages()
    const names = audienceEntries(state, audience).map((e) => e.scenario.name)
    const count = this.pages.length
    return html`
      <h2>Present</h2>
      <fieldset>
        <legend>Scenarios on the slides, each against the baseline</legend>
        <label
          ><input type="radio" name="audience" .checked=${audience === 'open'} @change=${() => this.setAudience('open')} />
          The open scenario (${state.active?.scenario.name})</label
        >
        <label
          ><input
            type="radio"
            name="audience"
            class="audience-compared"
            .checked=${audience === 'compared'}
            ?disabled=${state.compared.length === 0}
            @change=${() => this.setAudience('compared')}
          />
          The compared scenarios${
            state.compared.length
              ? ` (${state.compared.map((e) => e.scenario.name).join(', ')})`
              : ' (tick 1–4 in Compare first)'
          }</label
        >
      </fieldset>
      <fieldset>
        <legend>Slides, in this order</legend>
        <ol class="slide-list">
          ${this.order.map((id, i) => this.renderChoice(id, i))}
        </ol>
      </fieldset>
      <label class="greyscale"
        ><input
          type="checkbox"
          class="print-style"
          .checked=${this.greyscale}
          @change=${(e: Event) => {
            this.greyscale = (e.target as HTMLInputElement).checked
          }}
        />
        Greyscale, for printing in black and white (scenarios told apart by line pattern and marker)</label
      >
      <div class="actions">
        <button class="primary start-presenting" ?disabled=${count === 0} @click=${() => this.start()}>
          Start presentation (${count} slide${count === 1 ? '' : 's'})
        </button>
        <button class="download-pptx" ?disabled=${count === 0 || this.busy !== ''} @click=${() => this.download('pptx')}>
          Board pack: PowerPoint
        </button>
        <button class="download-pdf" ?disabled=${count === 0 || this.busy !== ''} @click=${() => this.download('pdf')}>
          Board pack: PDF
        </button>
        <span class="small muted" role="status">${this.busy || this.message}</span>
      </div>
      <p class="small muted">
        The packs hold the slides above, the assumptions and sources, and each scenario file (${names.join(', ')}), so
        the pack can be reproduced.
      </p>
      ${this.slideIndex >= 0 && count ? this.renderShow(count) : nothing}
    `
  }

  private renderChoice(id: string, index: number) {
    const kind = SLIDE_KINDS.find((k) => k.id === id)
    if (!kind) return nothing
    const last = this.order.length - 1
    return html`<li data-slide=${id}>
      <label
        ><input type="checkbox" class="slide-choice" .checked=${this.chosen.has(id)} @change=${() => this.toggle(id)} />
        ${kind.title}</label
      >
      <span class="move">
        <button class="up" ?disabled=${index === 0} aria-label=${`Move ${kind.title} up`} @click=${() => this.move(index, -1)}>↑</button>
        <button class="down" ?disabled=${index === last} aria-label=${`Move ${kind.title} down`} @click=${() => this.move(index, 1)}>↓</button>
      </span>
    </li>`
  }

  private renderShow(count: number) {
    const index = Math.min(this.slideIndex, count - 1)
    return html`<div
      class="show"
      role="dialog"
      aria-modal="true"
      aria-label="Presentation"
      tabindex="-1"
      @pointermove=${() => this.showControls()}
    >
      <div class="stage" aria-live="polite"></div>
      <div class="controls ${this.controlsShown ? 'shown' : ''}">
        <button class="previous" ?disabled=${index === 0} @click=${() => this.step(-1)}>← Previous</button>
        <span class="count">${index + 1} / ${count}</span>
        <button class="next" ?disabled=${index === count - 1} @click=${() => this.step(1)}>Next →</button>
        <button class="stop-presenting" @click=${() => this.stop()}>Close (Esc)</button>
      </div>
    </div>`
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    const stage = this.renderRoot.querySelector('.stage')
    if (!stage || this.slideIndex < 0) return
    const page = this.pages[Math.min(this.slideIndex, this.pages.length - 1)]
    if (page) stage.replaceChildren(slideSvg(page, measureText))
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

  private move(index: number, by: number): void {
    const order = [...this.order]
    const [id] = order.splice(index, 1)
    order.splice(index + by, 0, id)
    this.order = order
    // Keep focus on the moved slide's button, so a keyboard user can move it again.
    this.updateComplete.then(() => {
      this.renderRoot
        .querySelector<HTMLButtonElement>(`li[data-slide="${id}"] button.${by < 0 ? 'up' : 'down'}`)
        ?.focus()
    })
  }

  private async start(): Promise<void> {
    this.slideIndex = 0
    window.addEventListener('keydown', this.keys)
    this.showControls()
    await this.updateComplete
    const overlay = this.renderRoot.querySelector<HTMLElement>('.show')
    overlay?.focus()
    // Full screen needs a user gesture and may be refused (e.g. headless); the overlay still covers the page.
    overlay?.requestFullscreen?.().catch(() => undefined)
  }

  private stop(): void {
    this.slideIndex = -1
    window.removeEventListener('keydown', this.keys)
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined)
    this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>('.start-presenting')?.focus(),
    )
  }

  private step(by: number): void {
    this.slideIndex = Math.min(Math.max(0, this.slideIndex + by), Math.max(0, this.pages.length - 1))
  }

  private showControls(): void {
    this.controlsShown = true
    clearTimeout(this.hideTimer)
    this.hideTimer = setTimeout(() => {
      this.controlsShown = false
    }, 2500)
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ') this.step(1)
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') this.step(-1)
    else if (event.key === 'Home') this.slideIndex = 0
    else if (event.key === 'End') this.slideIndex = Math.max(0, this.pages.length - 1)
    else if (event.key === 'Escape') this.stop()
    else if (event.key === 'Tab') this.cycleFocus(event.shiftKey)
    else return
    event.preventDefault()
  }

  /**
   * Tab moves round the presentation's own buttons rather than to the page hidden behind it (the
   * show is a modal dialog); Escape always leaves.
   */
  private cycleFocus(backwards: boolean): void {
    const buttons = Array.from(
      this.renderRoot.querySelectorAll<HTMLButtonElement>('.show .controls button:not([disabled])'),
    )
    if (buttons.length === 0) return
    this.showControls()
    const current = buttons.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement)
    const next = current < 0 ? (backwards ? buttons.length - 1 : 0) : current + (backwards ? -1 : 1)
    buttons[(next + buttons.length) % buttons.length].focus()
  }

  private async download(kind: 'pptx' | 'pdf'): Promise<void> {
    const state = this.state
    const input = state && deckInput(state, this.effectiveAudience(state))
    if (!input) return
    this.message = ''
    this.busy = kind === 'pptx' ? 'Making the PowerPoint file…' : 'Making the PDF…'
    try {
      const pages = layoutDeck(this.styled(buildDeck(input, this.chosenOrder)), measureText)
      const pack = await import('../export/board-pack')
      const file = kind === 'pptx' ? await pack.pptxPack(pages, input) : await pack.pdfPack(pages, input)
      downloadBlob(file.blob, file.name)
      this.message = `Saved ${file.name} (${pages.length} slides).`
    } catch (error) {
      this.message = `Could not make the ${kind === 'pptx' ? 'PowerPoint file' : 'PDF'}: ${(error as Error).message}`
    } finally {
      this.busy = ''
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-present-mode': CbPresentMode
  }
}
