// A time-series line chart on the page: drawn by drawLineChart at the size it is shown, with a
// readout of the exact values under the pointer. It only draws; the title, caption, data table and
// export live in cb-chart-card.
import { css, html } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { ChartFrame } from '../charts/chart-axes'
import { ChartElement } from '../charts/chart-element'
import type { Band, LineSeries } from '../charts/chart-series'
import { attachHoverReadout } from '../charts/hover-readout'
import { drawLineChart } from '../charts/line-chart-draw'
import { measureText } from '../charts/text-measure'

export type { ChartDrawnDetail } from '../charts/chart-element'

@customElement('cb-line-chart')
export class CbLineChart extends ChartElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
    }
    .readout {
      position: absolute;
      top: 0.2rem;
      max-width: min(22rem, 92%);
      background: rgba(255, 255, 255, 0.96);
      border: 1px solid #999;
      border-radius: 4px;
      padding: 0.25rem 0.45rem;
      font-size: 0.78rem;
      line-height: 1.35;
      pointer-events: none;
      box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15);
      z-index: 2;
    }
    .readout div {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
      overflow: visible;
    }
  `

  @property({ attribute: false }) series: LineSeries[] = []
  @property({ attribute: false }) bands: Band[] = []
  /** Draw a line at zero (difference charts) and always include it in the y range. */
  @property({ type: Boolean }) zero = false

  override render() {
    return html`<svg role="img" aria-label=${this.label}></svg>
      <div class="readout" hidden aria-hidden="true"></div>`
  }

  protected draw(svg: SVGSVGElement, frame: ChartFrame): void {
    const geometry = drawLineChart(
      svg,
      { series: this.series, bands: this.bands, quantity: this.quantity, zero: this.zero },
      frame,
      measureText,
      this.mayAnimate,
    )
    attachHoverReadout(
      geometry,
      this.series,
      this.quantity,
      this.renderRoot.querySelector<HTMLElement>('.readout'),
      this,
    )
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-line-chart': CbLineChart
  }
}
