// A time-series line chart drawn with d3: one line per series (the baseline dashed), optional
// shaded bands (occupancy risk), a series' uncertainty band behind its line, a legend, and axes in
// calendar years. It only draws; the title, caption, data table and export live in cb-chart-card.
import * as d3 from 'd3'
import '../charts/d3-transitions'
import { css, html } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import { ChartElement } from '../charts/chart-element'
import type { Band, LineSeries } from '../charts/chart-series'
import { attachHoverReadout } from '../charts/hover-readout'
import { formatAxis } from '../charts/number-format'
import { drawSpreads, type LegendItem, legendItems, spreadValues } from '../charts/spread-layer'

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
      top: 2.2rem;
      background: rgba(255, 255, 255, 0.95);
      border: 1px solid #999;
      border-radius: 4px;
      padding: 0.25rem 0.45rem;
      font-size: 0.75rem;
      line-height: 1.35;
      pointer-events: none;
      white-space: nowrap;
    }
    svg {
      width: 100%;
      height: auto;
      display: block;
      overflow: visible;
    }
  `

  @property({ attribute: false }) series: LineSeries[] = []
  @property({ attribute: false }) bands: Band[] = []
  @property() units = ''
  /** Draw a line at zero (difference charts) and always include it in the y range. */
  @property({ type: Boolean }) zero = false

  protected readonly compactHeight = 190

  override render() {
    const { width, height } = this.size
    return html`<svg viewBox="0 0 ${width} ${height}" role="img" aria-label=${this.label}></svg>
      <div class="readout" hidden aria-hidden="true"></div>`
  }

  protected draw(svgElement: SVGSVGElement): void {
    const { width, height } = this.size
    const legend = legendItems(this.series)
    const legendRows = this.compact ? 0 : Math.ceil(legend.length / 3)
    const margin = this.margin(legendRows * 18)
    const innerWidth = width - margin.left - margin.right
    const innerHeight = height - margin.top - margin.bottom
    const fontSize = this.fontSize

    const xs = this.series.flatMap((s) => Array.from(s.xs))
    const ys = this.series.flatMap((s) => [...Array.from(s.ys), ...spreadValues(s)]).filter(Number.isFinite)
    const xExtent = d3.extent(xs) as [number, number] | [undefined, undefined]
    const x = d3
      .scaleLinear()
      .domain(xExtent[0] === undefined ? [0, 1] : xExtent)
      .range([0, innerWidth])
    const yValues = [...ys, ...this.bands.map((b) => b.from)]
    if (this.zero || this.format !== 'percent') yValues.push(0)
    const [yMin = 0, yMax = 1] = d3.extent(yValues)
    const pad = yMax === yMin ? Math.abs(yMax) * 0.1 || 1 : 0
    const y = d3
      .scaleLinear()
      .domain([yMin - pad, yMax + pad])
      .nice()
      .range([innerHeight, 0])

    const { svg, plot, layer } = this.plotArea(svgElement, margin)

    const bands = layer('bands')
      .selectAll<SVGGElement, Band>('g.band')
      .data(this.bands, (b) => b.label)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'band')
        g.append('rect').attr('fill-opacity', 0.18)
        g.append('line').attr('stroke-dasharray', '2 3').attr('stroke-width', 1)
        g.append('text').attr('text-anchor', 'end').attr('dy', -3)
        return g
      })
    const [domainLow, domainHigh] = y.domain()
    bands
      .select('rect')
      .attr('x', 0)
      .attr('width', innerWidth)
      .attr('y', (b) => y(Math.min(b.to, domainHigh)))
      .attr('height', (b) => Math.max(0, y(Math.max(b.from, domainLow)) - y(Math.min(b.to, domainHigh))))
      .attr('fill', (b) => b.fill)
    bands
      .select('line')
      .attr('x1', 0)
      .attr('x2', innerWidth)
      .attr('y1', (b) => y(b.from))
      .attr('y2', (b) => y(b.from))
      .attr('stroke', '#555')
    bands
      .select('text')
      .attr('x', innerWidth - 4)
      .attr('y', (b) => y(b.from))
      .attr('fill', '#333')
      .text((b) => b.label)

    const xTicks = Math.min(
      this.compact ? 4 : 10,
      Math.max(1, Math.round((x.domain()[1] - x.domain()[0]) / 2)),
    )
    layer('x-axis')
      .attr('transform', `translate(0,${innerHeight})`)
      .call(d3.axisBottom(x).ticks(xTicks).tickFormat(d3.format('d')))
    layer('y-axis').call(
      d3
        .axisLeft(y)
        .ticks(this.compact ? 4 : 6)
        .tickFormat((v) => formatAxis(Number(v), this.format)),
    )
    layer('grid')
      .selectAll('line')
      .data(y.ticks(this.compact ? 4 : 6))
      .join('line')
      .attr('x1', 0)
      .attr('x2', innerWidth)
      .attr('y1', (v) => y(v))
      .attr('y2', (v) => y(v))
      .attr('stroke', (v) => (v === 0 && this.zero ? '#333' : '#e3e3e3'))
    this.styleAxes(plot)

    // Behind the lines, so the run at the defaults stays readable on top of its band.
    drawSpreads(layer('spread'), this.series, x, y)
    const lines = layer('lines')
      .selectAll<SVGPathElement, LineSeries>('path')
      .data(this.series, (s) => s.key)
      .join((enter) => enter.append('path').attr('fill', 'none').attr('stroke-linejoin', 'round'))
      .attr('stroke', (s) => s.colour)
      .attr('stroke-width', (s) => (s.dash ? 1.8 : 2.2))
      .attr('stroke-dasharray', (s) => s.dash ?? null)
    const pathOf = (s: LineSeries) => {
      const generator = d3
        .line<number>()
        .defined((i) => Number.isFinite(s.ys[i]))
        .x((i) => x(s.xs[i]))
        .y((i) => y(s.ys[i]))
      return generator(d3.range(s.ys.length)) ?? ''
    }
    if (this.transitions) lines.transition().duration(250).attr('d', pathOf)
    else lines.interrupt().attr('d', pathOf)
    // The dashed baseline goes on top, so it stays visible where a scenario follows it exactly.
    lines.filter((s) => Boolean(s.dash)).raise()

    attachHoverReadout(
      { plot, x, innerWidth, innerHeight, left: margin.left, width },
      this.series,
      this.format,
      this.renderRoot.querySelector<HTMLElement>('.readout'),
    )
    this.drawLegend(svg, legend, margin.left, innerWidth, fontSize, legendRows > 0)
  }

  private drawLegend(
    svg: d3.Selection<SVGSVGElement, unknown, null, undefined>,
    legend: LegendItem[],
    left: number,
    innerWidth: number,
    fontSize: number,
    show: boolean,
  ): void {
    const columnWidth = innerWidth / 3
    const items = svg
      .selectAll<SVGGElement, null>('g.legend')
      .data([null])
      .join('g')
      .attr('class', 'legend')
      .selectAll<SVGGElement, LegendItem>('g.item')
      .data(show ? legend : [], (s) => s.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', (s) => `item ${s.kind}`)
        // A band's key is a swatch of its shading; a line's is a stroke.
        g.filter((s) => s.kind === 'band')
          .append('rect')
          .attr('x', 0)
          .attr('y', -9)
          .attr('width', 18)
          .attr('height', 10)
        g.filter((s) => s.kind === 'line')
          .append('line')
          .attr('x1', 0)
          .attr('x2', 18)
          .attr('y1', -4)
          .attr('y2', -4)
          .attr('stroke-width', 2.2)
        g.append('text').attr('x', 24)
        return g
      })
      .attr(
        'transform',
        (_s, i) => `translate(${left + (i % 3) * columnWidth},${14 + Math.floor(i / 3) * 18})`,
      )
    items
      .select('line')
      .attr('stroke', (s) => s.colour)
      .attr('stroke-dasharray', (s) => s.dash ?? null)
    items
      .select('rect')
      .attr('fill', (s) => s.colour)
      .attr('fill-opacity', (s) => s.fillOpacity ?? null)
      .attr('stroke', (s) => s.colour)
      .attr('stroke-width', 0.75)
    items
      .select('text')
      .attr('font-size', fontSize)
      .attr('fill', '#222')
      .text((s) => s.label)
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-line-chart': CbLineChart
  }
}
