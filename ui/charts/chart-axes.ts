// The frame every chart shares: its size and type, the value axis (range and labels by the rules
// in ui/format/axis), the time axis in whole years, the units written above the value axis, and
// the layers d3 joins into. Charts style with SVG attributes, not stylesheet classes, so an
// exported SVG or PNG looks as it does on screen.
import * as d3 from 'd3'
import { type DomainOptions, tickFormatter, valueDomain, yearTicks } from '../format/axis'
import { type Quantity, unitsLabel } from '../format/quantity'
import { CHART_FONT, type Measure } from './text-measure'

export interface ChartFrame {
  width: number
  height: number
  fontSize: number
  /** The small-multiple form: fewer ticks, no legend for line charts. */
  compact: boolean
}

export interface ValueAxis {
  scale: d3.ScaleLinear<number, number>
  ticks: number[]
  format: (value: number) => string
  /** Width of the widest tick label, so the left margin fits it. */
  labelWidth: number
}

export function valueAxis(
  values: Iterable<number>,
  quantity: Quantity,
  frame: ChartFrame,
  measure: Measure,
  options: DomainOptions = {},
): ValueAxis {
  const count = frame.compact ? 4 : 6
  const scale = d3
    .scaleLinear()
    .domain(valueDomain(values, quantity, options))
    .nice(count)
  const ticks = scale.ticks(count)
  const format = tickFormatter(ticks, quantity)
  const labelWidth = Math.max(0, ...ticks.map((t) => measure(format(t), frame.fontSize)))
  return { scale, ticks, format, labelWidth }
}

/** The words for the value axis' units: `beds`, `£ a year`, `%` (empty for plain numbers). */
export function axisUnits(quantity: Quantity): string {
  return quantity.kind === 'duration' ? '' : unitsLabel(quantity)
}

export interface PlotGeometry {
  top: number
  left: number
  innerWidth: number
  innerHeight: number
  x: d3.ScaleLinear<number, number>
}

/**
 * Where the plot sits in the frame: below the legend and the units row, right of the widest tick
 * label, with room for the last year's label; and the time scale across it.
 */
export function plotGeometry(
  frame: ChartFrame,
  legendHeight: number,
  axis: ValueAxis,
  units: string,
  years: number[],
): PlotGeometry {
  const { fontSize } = frame
  const unitsRow = units ? Math.round(fontSize * 1.9) : Math.round(fontSize * 0.6)
  const top = 4 + legendHeight + unitsRow
  const left = Math.ceil(axis.labelWidth + fontSize * 0.9)
  const innerWidth = Math.max(10, frame.width - left - Math.ceil(fontSize * 1.6))
  const innerHeight = Math.max(10, frame.height - top - Math.ceil(fontSize * 2.1))
  const [x0 = 0, x1 = 1] = d3.extent(years)
  const x = d3
    .scaleLinear()
    .domain([x0, x1 > x0 ? x1 : x0 + 1])
    .range([0, innerWidth])
  axis.scale.range([innerHeight, 0])
  return { top, left, innerWidth, innerHeight, x }
}

/** Sets an attribute only when its value differs. */
export function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value)
}

export type PlotGroup = d3.Selection<SVGGElement, null, SVGSVGElement, unknown>

/** The root selection in the chart face, the plot group inside the margins, and its named layers. */
export function plotArea(svgElement: SVGSVGElement, frame: ChartFrame, left: number, top: number) {
  // Set only what changed: rewriting the root's attributes on every lever move makes the browser
  // lay the page out again for every chart.
  setIfChanged(svgElement, 'viewBox', `0 0 ${frame.width} ${frame.height}`)
  setIfChanged(svgElement, 'font-family', CHART_FONT)
  setIfChanged(svgElement, 'font-size', String(frame.fontSize))
  const svg = d3.select(svgElement)
  const plot: PlotGroup = svg
    .selectAll<SVGGElement, null>('g.plot')
    .data([null])
    .join((enter) => enter.append('g').attr('class', 'plot'))
  setIfChanged(plot.node() as SVGGElement, 'transform', `translate(${left},${top})`)
  const layer = (name: string) =>
    plot
      .selectAll<SVGGElement, null>(`g.${name}`)
      .data([null])
      .join((enter) => enter.append('g').attr('class', name))
  const group = (name: string) =>
    svg
      .selectAll<SVGGElement, null>(`g.${name}`)
      .data([null])
      .join((enter) => enter.append('g').attr('class', name))
  return { svg, plot, layer, group }
}

/** The y axis with its gridlines, and the x axis in whole calendar years. */
export function drawAxes(
  layer: (name: string) => d3.Selection<SVGGElement, null, SVGGElement, null>,
  axis: ValueAxis,
  x: d3.ScaleLinear<number, number>,
  frame: ChartFrame,
  inner: { width: number; height: number },
  zeroLine: boolean,
): void {
  const [first, last] = x.domain()
  const maxYearTicks = Math.max(2, Math.floor(inner.width / (frame.fontSize * 4.2)))
  layer('x-axis')
    .attr('transform', `translate(0,${inner.height})`)
    .call(
      d3
        .axisBottom(x)
        .tickValues(yearTicks(first, last, Math.min(frame.compact ? 5 : 11, maxYearTicks)))
        .tickFormat((v) => String(v)),
    )
  layer('y-axis').call(
    d3
      .axisLeft(axis.scale)
      .tickValues(axis.ticks)
      .tickFormat((v) => axis.format(Number(v))),
  )
  layer('grid')
    .selectAll('line')
    .data(axis.ticks)
    .join('line')
    .attr('x1', 0)
    .attr('x2', inner.width)
    .attr('y1', (v) => axis.scale(v))
    .attr('y2', (v) => axis.scale(v))
    .attr('stroke', (v) => (v === 0 && zeroLine ? '#333' : '#e3e3e3'))
    .attr('stroke-width', (v) => (v === 0 && zeroLine ? 1.2 : 1))
  layer('x-axis').selectAll('text').attr('fill', '#333').attr('font-size', frame.fontSize)
  layer('y-axis').selectAll('text').attr('fill', '#333').attr('font-size', frame.fontSize)
  for (const name of ['x-axis', 'y-axis']) {
    layer(name).selectAll('path, line').attr('stroke', '#888')
    layer(name).attr('font-family', null).attr('font-size', null)
  }
}

/** The value axis' units, written above it at the top left of the chart. */
export function drawUnitsLabel(
  group: d3.Selection<SVGGElement, null, SVGSVGElement, unknown>,
  text: string,
  y: number,
  fontSize: number,
): void {
  group
    .selectAll('text')
    .data(text ? [text] : [])
    .join('text')
    .attr('x', 2)
    .attr('y', y)
    .attr('font-size', fontSize)
    .attr('fill', '#555')
    .text((t) => t)
}
