// A stacked area chart drawn with d3: parts of a whole over time, such as spend by partner or the
// population by age band. The top edge is the total, so a reader sees both the mix and the sum.
import * as d3 from 'd3'
import '../charts/d3-transitions'
import { css, html } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import { ChartElement } from '../charts/chart-element'
import type { StackLayer } from '../charts/chart-series'
import { formatAxis } from '../charts/number-format'

@customElement('cb-stacked-area-chart')
export class CbStackedAreaChart extends ChartElement {
  static override styles = css`
    :host {
      display: block;
    }
    svg {
      width: 100%;
      height: auto;
      display: block;
    }
  `

  /** Calendar years shared by every layer. */
  @property({ attribute: false }) xs: ArrayLike<number> = []
  @property({ attribute: false }) layers: StackLayer[] = []

  protected readonly compactHeight = 200

  override render() {
    const { width, height } = this.size
    return html`<svg viewBox="0 0 ${width} ${height}" role="img" aria-label=${this.label}></svg>`
  }

  protected draw(svgElement: SVGSVGElement): void {
    const { width, height } = this.size
    const perRow = this.compact ? 2 : 4
    const legendRows = Math.ceil(this.layers.length / perRow)
    const margin = this.margin(legendRows * (this.compact ? 14 : 18))
    const innerWidth = width - margin.left - margin.right
    const innerHeight = height - margin.top - margin.bottom
    const fontSize = this.fontSize

    const count = this.xs.length
    const indices = d3.range(count)
    const stack = d3
      .stack<number, number>()
      .keys(d3.range(this.layers.length))
      .value((i, layer) => {
        const v = this.layers[layer].ys[i]
        return Number.isFinite(v) ? v : 0
      })
    const stacked = stack(indices)
    const xExtent = d3.extent(Array.from(this.xs)) as [number, number] | [undefined, undefined]
    const x = d3
      .scaleLinear()
      .domain(xExtent[0] === undefined ? [0, 1] : xExtent)
      .range([0, innerWidth])
    const top = d3.max(stacked, (series) => d3.max(series, (point) => point[1])) ?? 1
    const bottom = Math.min(0, d3.min(stacked, (series) => d3.min(series, (point) => point[0])) ?? 0)
    const y = d3
      .scaleLinear()
      .domain([bottom, top || 1])
      .nice()
      .range([innerHeight, 0])

    const { svg, plot, layer } = this.plotArea(svgElement, margin)

    const area = d3
      .area<d3.SeriesPoint<number>>()
      .x((point) => x(this.xs[point.data]))
      .y0((point) => y(point[0]))
      .y1((point) => y(point[1]))
    const paths = layer('areas')
      .selectAll<SVGPathElement, d3.Series<number, number>>('path')
      .data(stacked, (series) => this.layers[series.key]?.key ?? String(series.key))
      .join('path')
      .attr('fill', (series) => this.layers[series.key].colour)
      .attr('fill-opacity', 0.85)
      .attr('stroke', '#ffffff')
      .attr('stroke-width', 0.5)
    if (this.transitions) paths.transition().duration(250).attr('d', area)
    else paths.interrupt().attr('d', area)

    layer('x-axis')
      .attr('transform', `translate(0,${innerHeight})`)
      .call(
        d3
          .axisBottom(x)
          .ticks(this.compact ? 4 : 10)
          .tickFormat(d3.format('d')),
      )
    layer('y-axis').call(
      d3
        .axisLeft(y)
        .ticks(this.compact ? 4 : 6)
        .tickFormat((v) => formatAxis(Number(v), this.format)),
    )
    this.styleAxes(plot)

    const columnWidth = innerWidth / perRow
    const items = svg
      .selectAll<SVGGElement, null>('g.legend')
      .data([null])
      .join('g')
      .attr('class', 'legend')
      .selectAll<SVGGElement, StackLayer>('g.item')
      .data(this.layers, (l) => l.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'item')
        g.append('rect').attr('width', 12).attr('height', 10).attr('y', -9)
        g.append('text').attr('x', 17)
        return g
      })
      .attr(
        'transform',
        (_l, i) =>
          `translate(${margin.left + (i % perRow) * columnWidth},${(this.compact ? 12 : 14) + Math.floor(i / perRow) * (this.compact ? 14 : 18)})`,
      )
    items.select('rect').attr('fill', (l) => l.colour)
    items
      .select('text')
      .attr('font-size', fontSize)
      .attr('fill', '#222')
      .text((l) => l.label)
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-stacked-area-chart': CbStackedAreaChart
  }
}
