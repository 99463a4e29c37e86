// Draws a stacked area chart into an SVG element with d3: parts of a whole over time (spend by
// partner, population by age band); the top edge is the total, so a reader sees the mix and the
// sum. Small multiples of several scenarios pass one shared top so their heights compare.
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
import type { StackLayer } from './chart-series'
import { drawLegend, type LegendItem, layoutLegend } from './legend-layout'
import { STACK_OUTLINE } from './palette'
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
  const { width, fontSize } = frame
  const items: LegendItem[] = data.layers.map((l) => ({
    key: l.key,
    label: l.label,
    colour: l.colour,
    kind: 'area',
    outline: STACK_OUTLINE,
  }))
  const legend = layoutLegend(items, width - 2 * PAD, fontSize, measure, frame.compact ? 1 : 0.5)
  const units = axisUnits(data.quantity)

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

  const { top, left, innerWidth, innerHeight, x } = plotGeometry(
    frame,
    legend.height,
    axis,
    units,
    Array.from(data.xs),
  )
  const y = axis.scale

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
    // A dark edge between layers: pale fills (yellow) stay apart from white and from each other.
    .attr('stroke', STACK_OUTLINE)
    .attr('stroke-width', 0.75)
  if (transitions) paths.transition().duration(250).attr('d', area)
  else paths.interrupt().attr('d', area)
  drawAxes(layer, axis, x, frame, { width: innerWidth, height: innerHeight }, false)
  // Gridlines would show through the areas' gaps; they sit under the areas.
  layer('grid').lower()

  drawLegend(group('legend').attr('transform', `translate(${PAD},${PAD})`), legend, fontSize)
  drawUnitsLabel(group('units'), units, top - Math.round(fontSize * 0.9), fontSize)
}
