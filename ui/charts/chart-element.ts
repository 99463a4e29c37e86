// What every d3 chart component shares: it draws at the size it is shown (its width measured, so
// text is the size it says on any screen, and a height that follows), in full or compact (small
// multiple) form, and fires `cb-chart-drawn` to tell the app (and the latency benchmark) which
// data has reached the screen.
import { LitElement, type PropertyValues } from 'lit'
import { property, state } from 'lit/decorators.js'
import { type Quantity, quantityOf } from '../format/quantity'
import { type ChartFrame, setIfChanged } from './chart-axes'
import { reducedMotion } from './motion'

export interface ChartDrawnDetail {
  revision: number
}

/** The size charts draw at before (or without) a layout to measure, as in unit tests. */
export const FALLBACK_WIDTH = 640

export abstract class ChartElement extends LitElement {
  @property() label = ''
  @property({ attribute: false }) quantity: Quantity = quantityOf('')
  @property({ type: Boolean }) compact = false
  /**
   * Animate changes that are not lever drags (switching scenarios) with a short transition; never
   * when the reader asks for reduced motion (read it through `mayAnimate`).
   */
  @property({ type: Boolean }) transitions = false
  /** Passed back in the `cb-chart-drawn` event, so a caller can tell which data was drawn. */
  @property({ type: Number }) revision = 0
  /** A fixed height in px; by default the height follows the width. */
  @property({ type: Number }) chartHeight = 0
  @state() private measuredWidth = 0
  private resizeObserver?: ResizeObserver

  get svg(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg')
  }

  override connectedCallback(): void {
    super.connectedCallback()
    if (typeof ResizeObserver === 'undefined') return
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0)
      // Only a new width redraws: the height follows from it, and must not feed back.
      if (width > 0 && width !== this.measuredWidth) this.measuredWidth = width
    })
    this.resizeObserver.observe(this)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.resizeObserver?.disconnect()
    this.resizeObserver = undefined
  }

  protected get frame(): ChartFrame {
    const width = this.measuredWidth || Math.floor(this.clientWidth) || FALLBACK_WIDTH
    const ratio = this.compact ? 0.62 : 0.5
    const [least, most] = this.compact ? [170, 260] : [260, 420]
    const height = this.chartHeight || Math.round(Math.min(most, Math.max(least, width * ratio)))
    return { width, height, fontSize: this.compact ? 11 : 12, compact: this.compact }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    const svg = this.svg
    if (!svg) return
    const frame = this.frame
    setIfChanged(svg, 'width', String(frame.width))
    setIfChanged(svg, 'height', String(frame.height))
    this.draw(svg, frame)
    this.dispatchEvent(
      new CustomEvent<ChartDrawnDetail>('cb-chart-drawn', {
        detail: { revision: this.revision },
        bubbles: true,
        composed: true,
      }),
    )
  }

  /** Whether this draw may animate: asked for, and motion not reduced. */
  protected get mayAnimate(): boolean {
    return this.transitions && !reducedMotion()
  }

  protected abstract draw(svg: SVGSVGElement, frame: ChartFrame): void
}
