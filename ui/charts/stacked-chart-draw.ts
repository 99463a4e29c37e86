// Draws a stacked area chart into an SVG element with d3: parts of a whole over time (spend by
// partner, population by age band); the top edge is the total, so a reader sees the mix and the
// sum. Small multiples of several scenarios pass one shared top so their heights compare.
import * as d3 from 'd3'
import './d3-transitions'
import type { Quantity } from '../format/quantity'
import { axisUnits, type ChartFrame, drawAxes, drawUnitsLabel, plotArea, valueAxis } from './chart-axes'
import type { StackLayer } from './chart-series'
import { drawLegend, type LegendItem, layoutLegend } from './legend-layout'
import type { Measure } from './text-measure'

export interface StackedChartData {
  /** Calendar years shared by every layer. */
  xs: ArrayLike<number>
  layers: readonly StackLayer[]
  quantity: Quantity
  /** The value axis reaches at least this high: the same top for every chart of a set. */
  sharedTop?: number
}

const PAD = 4

/** The largest total of the stack at any time: what a set of multiples shares as its top. */
export function stackTop(layers: readonly StackLayer[]): number {
  let top = 0
  const count = layers[0]?.ys.length ?? 0
  for (let i = 0; i < count; i++) {
    let total = 0
    for (const layer of layers) if (Number.isFinite(layer.ys[i]) && layer.ys[i] > 0) total += layer.ys[i]
    top = Math.max(top, total)
  }
  return top
}

export function drawStackedChart(
  svgElement: SVGSVGElement,
  data: StackedChartData,
  frame: ChartFrame,
  measure: Measure,
  transitions = false,
): void {
  const { width, height, fontSize } = frame
  const items: LegendItem[] = data.layers.map((l) => ({
    key: l.key,
    label: l.label,
    colour: l.colour,
    kind: 'area',
  }))
  const legend = layoutLegend(items, width - 2 * PAD, fontSize, measure, frame.compact ? 1 : 0.5)
  const units = axisUnits(data.quantity)
  const unitsRow = units ? Math.round(fontSize * 1.9) : Math.round(fontSize * 0.6)

  const count = data.xs.length
  const stacked = d3
    .stack<number, number>()
    .keys(d3.range(data.layers.length))
    .value((i, layer) => {
      const v = data.layers[layer].ys[i]
      return Number.isFinite(v) ? v : 0
    })(d3.range(count))
  const extremes: number[] = [data.sharedTop ?? 0]
  for (const series of stacked) for (const point of series) extremes.push(point[0], point[1])
  const axis = valueAxis(extremes, data.quantity, frame, measure)

  const top = PAD + legend.height + unitsRow
  const left = Math.ceil(axis.labelWidth + fontSize * 0.9)
  const right = Math.ceil(fontSize * 1.6)
  const bottom = Math.ceil(fontSize * 2.1)
  const innerWidth = Math.max(10, width - left - right)
  const innerHeight = Math.max(10, height - top - bottom)
  const [x0 = 0, x1 = 1] = d3.extent(Array.from(data.xs))
  const x = d3
    .scaleLinear()
    .domain([x0, x1 > x0 ? x1 : x0 + 1])
    .range([0, innerWidth])
  const y = axis.scale.range([innerHeight, 0])

  const { layer, group } = plotArea(svgElement, frame, left, top)
  const area = d3
    .area<d3.SeriesPoint<number>>()
    .x((point) => x(data.xs[point.data]))
    .y0((point) => y(point[0]))
    .y1((point) => y(point[1]))
  const paths = layer('areas')
    .selectAll<SVGPathElement, d3.Series<number, number>>('path')
    .data(stacked, (series) => data.layers[series.key]?.key ?? String(series.key))
    .join('path')
    .attr('fill', (series) => data.layers[series.key].colour)
    .attr('fill-opacity', 0.85)
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 0.5)
  if (transitions) paths.transition().duration(250).attr('d', area)
  else paths.interrupt().attr('d', area)
  drawAxes(layer, axis, x, frame, { width: innerWidth, height: innerHeight }, false)
  // Gridlines would show through the areas' gaps; they sit under the areas.
  layer('grid').lower()

  drawLegend(group('legend').attr('transform', `translate(${PAD},${PAD})`), legend, fontSize)
  drawUnitsLabel(group('units'), units, top - Math.round(fontSize * 0.9), fontSize)
}
