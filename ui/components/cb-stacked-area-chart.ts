// A stacked area chart on the page (spend by partner, population by age band), drawn by
// drawStackedChart at the size it is shown.
import { css, html } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { ChartFrame } from '../charts/chart-axes'
import { ChartElement } from '../charts/chart-element'
import type { StackLayer } from '../charts/chart-series'
import { drawStackedChart } from '../charts/stacked-chart-draw'
import { measureText } from '../charts/text-measure'

@customElement('cb-stacked-area-chart')
export class CbStackedAreaChart extends ChartElement {
  static override styles = css`
    :host {
      display: block;
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
    }
  `

  /** Calendar years shared by every layer. */
  @property({ attribute: false }) xs: ArrayLike<number> = []
  @property({ attribute: false }) layers: StackLayer[] = []
  /** The value axis reaches at least this high, so multiples of several scenarios compare. */
  @property({ type: Number }) sharedTop = 0

  override render() {
    return html`<svg role="img" aria-label=${this.label}></svg>`
  }

  protected draw(svg: SVGSVGElement, frame: ChartFrame): void {
    drawStackedChart(
      svg,
      { xs: this.xs, layers: this.layers, quantity: this.quantity, sharedTop: this.sharedTop },
      frame,
      measureText,
      this.mayAnimate,
    )
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-stacked-area-chart': CbStackedAreaChart
  }
}
