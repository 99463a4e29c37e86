// Draws a time-series line chart into an SVG element with d3: one line per series (the baseline
// dashed), shaded bands (occupancy risk), a series' uncertainty band behind its line, a legend
// that wraps, the units above the value axis, and axes in whole calendar years. The same function
// draws the app's cards, the slides and the exported images.
import * as d3 from 'd3'
import './d3-transitions'
import type { Quantity } from '../format/quantity'
import {
  axisUnits,
  type ChartFrame,
  drawAxes,
  drawUnitsLabel,
  plotArea,
  plotGeometry,
  valueAxis,
} from './chart-axes'
import type { Band, LineSeries } from './chart-series'
import { drawLegend, layoutLegend } from './legend-layout'
import { markerIndices, markerIsStroked, markerPath } from './line-style'
import { BAND_EDGE } from './palette'
import { drawSpreads, legendItems, spreadValues } from './spread-layer'
import type { Measure } from './text-measure'

export interface LineChartData {
  series: readonly LineSeries[]
  bands: readonly Band[]
  quantity: Quantity
  /** A difference chart: zero drawn darker and always in range. */
  zero: boolean
  /** Leave the legend out (a slide of several charts shows one legend for all). */
  noLegend?: boolean
}

export interface LineChartGeometry {
  plot: d3.Selection<SVGGElement, null, SVGSVGElement, unknown>
  x: d3.ScaleLinear<number, number>
  left: number
  top: number
  innerWidth: number
  innerHeight: number
}

const PAD = 4

export function drawLineChart(
  svgElement: SVGSVGElement,
  data: LineChartData,
  frame: ChartFrame,
  measure: Measure,
  transitions = false,
): LineChartGeometry {
  const { width, fontSize } = frame
  const legend =
    frame.compact || data.noLegend
      ? { items: [], height: 0, rowHeight: 0 }
      : layoutLegend(legendItems(data.series), width - 2 * PAD, fontSize, measure)
  const units = axisUnits(data.quantity)
  const values: number[] = []
  for (const s of data.series) {
    for (let i = 0; i < s.ys.length; i++) values.push(s.ys[i])
    values.push(...spreadValues(s))
  }
  const axis = valueAxis(values, data.quantity, frame, measure, {
    zero: data.zero,
    include: data.bands.map((b) => b.from),
  })
  const years = data.series.flatMap((s) => (s.xs.length ? [s.xs[0], s.xs[s.xs.length - 1]] : []))
  const { top, left, innerWidth, innerHeight, x } = plotGeometry(frame, legend.height, axis, units, years)
  const y = axis.scale

  const { plot, layer, group } = plotArea(svgElement, frame, left, top)
  drawRiskBands(layer('bands'), data.bands, y, innerWidth, fontSize)
  drawAxes(layer, axis, x, frame, { width: innerWidth, height: innerHeight }, data.zero)

  // Behind the lines, so the run at the defaults stays readable on top of its band.
  drawSpreads(layer('spread'), data.series, x, y)
  const lines = layer('lines')
    .selectAll<SVGPathElement, LineSeries>('path')
    .data(data.series, (s) => s.key)
    .join((enter) => enter.append('path').attr('fill', 'none').attr('stroke-linejoin', 'round'))
    .attr('stroke', (s) => s.colour)
    .attr('stroke-width', (s) => (s.baseline ? 2 : 2.5))
    .attr('stroke-dasharray', (s) => s.dash ?? null)
    .attr('data-series', (s) => s.key)
  const pathOf = (s: LineSeries) => {
    const generator = d3
      .line<number>()
      .defined((i) => Number.isFinite(s.ys[i]))
      .x((i) => x(s.xs[i]))
      .y((i) => y(s.ys[i]))
    return generator(d3.range(s.ys.length)) ?? ''
  }
  if (transitions) lines.transition().duration(250).attr('d', pathOf)
  else lines.interrupt().attr('d', pathOf)
  // The dashed baseline goes on top, so it stays visible where a scenario follows it exactly.
  lines.filter((s) => Boolean(s.baseline)).raise()
  drawMarkers(layer('markers'), data.series, x, y, frame.compact ? fontSize * 0.55 : fontSize * 0.62)

  drawLegend(group('legend').attr('transform', `translate(${PAD},${PAD})`), legend, fontSize)
  drawUnitsLabel(group('units'), units, top - Math.round(fontSize * 0.9), fontSize)
  return { plot, x, left, top, innerWidth, innerHeight }
}

/** Each line's markers (line-style.ts), one path per line, so lines differ by shape as well as colour. */
function drawMarkers(
  layer: d3.Selection<SVGGElement, null, SVGGElement, null>,
  series: readonly LineSeries[],
  x: d3.ScaleLinear<number, number>,
  y: d3.ScaleLinear<number, number>,
  size: number,
): void {
  const marked = series.filter((s) => s.marker)
  layer
    .selectAll<SVGPathElement, LineSeries>('path')
    .data(marked, (s) => s.key)
    .join('path')
    .attr('data-series', (s) => s.key)
    .attr('fill', (s) => (s.marker && markerIsStroked(s.marker) ? 'none' : s.colour))
    .attr('stroke', (s) => (s.marker && markerIsStroked(s.marker) ? s.colour : '#ffffff'))
    .attr('stroke-width', (s) => (s.marker && markerIsStroked(s.marker) ? 2 : 0.75))
    .attr('d', (s, i) => {
      const points: [number, number][] = []
      for (const index of markerIndices(s.xs, i)) {
        const value = s.ys[index]
        if (Number.isFinite(value)) points.push([x(s.xs[index]), y(value)])
      }
      return s.marker ? markerPath(s.marker, points, size) : ''
    })
}

function drawRiskBands(
  layer: d3.Selection<SVGGElement, null, SVGGElement, null>,
  data: readonly Band[],
  y: d3.ScaleLinear<number, number>,
  innerWidth: number,
  fontSize: number,
): void {
  const bands = layer
    .selectAll<SVGGElement, Band>('g.band')
    .data(data, (b) => b.label)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'band')
      g.append('rect').attr('fill-opacity', 0.18)
      g.append('line').attr('stroke-dasharray', '2 3').attr('stroke-width', 1)
      g.append('text').attr('text-anchor', 'end').attr('dy', -3)
      return g
    })
  const [low, high] = y.domain()
  bands
    .select('rect')
    .attr('x', 0)
    .attr('width', innerWidth)
    .attr('y', (b) => y(Math.min(b.to, high)))
    .attr('height', (b) => Math.max(0, y(Math.max(b.from, low)) - y(Math.min(b.to, high))))
    .attr('fill', (b) => b.fill)
  bands
    .select('line')
    .attr('x1', 0)
    .attr('x2', innerWidth)
    .attr('y1', (b) => y(b.from))
    .attr('y2', (b) => y(b.from))
    .attr('stroke', BAND_EDGE)
  bands
    .select('text')
    .attr('x', innerWidth - 4)
    .attr('y', (b) => y(b.from))
    .attr('fill', '#333')
    .attr('font-size', fontSize)
    .text((b) => b.label)
}
