// What every d3 chart component shares: its size (full or compact), the plot group with named
// layers that d3 joins into, axis styling, and the `cb-chart-drawn` event that tells the app (and
// the latency benchmark) which data has reached the screen.
import * as d3 from 'd3'
import { LitElement, type PropertyValues } from 'lit'
import { property } from 'lit/decorators.js'
import type { ValueFormat } from './chart-series'

export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'

export interface ChartDrawnDetail {
  revision: number
}

export interface Margin {
  top: number
  right: number
  bottom: number
  left: number
}

export type PlotGroup = d3.Selection<SVGGElement, null, SVGSVGElement, unknown>

export abstract class ChartElement extends LitElement {
  @property() label = ''
  @property() format: ValueFormat = 'number'
  @property({ type: Boolean }) compact = false
  /** Animate changes that are not lever drags (switching scenarios) with a short transition. */
  @property({ type: Boolean }) transitions = false
  /** Passed back in the `cb-chart-drawn` event, so a caller can tell which data was drawn. */
  @property({ type: Number }) revision = 0

  /** Height of the compact (small multiple) form; the full form is 640 x 300. */
  protected abstract readonly compactHeight: number

  get svg(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg')
  }

  protected get size(): { width: number; height: number } {
    return this.compact ? { width: 320, height: this.compactHeight } : { width: 640, height: 300 }
  }

  protected get fontSize(): number {
    return this.compact ? 10 : 11
  }

  /** Margins around the plot, leaving `legendHeight` above it. */
  protected margin(legendHeight: number): Margin {
    return {
      top: 10 + legendHeight,
      right: this.compact ? 10 : 16,
      bottom: this.compact ? 22 : 28,
      left: this.compact ? 44 : 60,
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    const svg = this.svg
    if (!svg) return
    this.draw(svg)
    this.dispatchEvent(
      new CustomEvent<ChartDrawnDetail>('cb-chart-drawn', {
        detail: { revision: this.revision },
        bubbles: true,
        composed: true,
      }),
    )
  }

  protected abstract draw(svg: SVGSVGElement): void

  /** The plot group, placed inside the margins, and a way to get (or make) a named layer in it. */
  protected plotArea(svgElement: SVGSVGElement, margin: Margin) {
    const svg = d3.select(svgElement).attr('font-family', CHART_FONT).attr('font-size', this.fontSize)
    const plot: PlotGroup = svg
      .selectAll<SVGGElement, null>('g.plot')
      .data([null])
      .join('g')
      .attr('class', 'plot')
      .attr('transform', `translate(${margin.left},${margin.top})`)
    const layer = (name: string) =>
      plot.selectAll<SVGGElement, null>(`g.${name}`).data([null]).join('g').attr('class', name)
    return { svg, plot, layer }
  }

  /** Grey axis lines and dark labels, the same in every chart. */
  protected styleAxes(plot: PlotGroup): void {
    plot.selectAll('.x-axis text, .y-axis text').attr('fill', '#333').attr('font-size', this.fontSize)
    plot.selectAll('.x-axis path, .y-axis path, .x-axis line, .y-axis line').attr('stroke', '#888')
  }
}
