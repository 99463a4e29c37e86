// Uncertainty bands on a line chart: the area between a series' 10th and 90th percentile, drawn
// with d3.area in the series' own colour, light enough for the line to read on top. A thin edge in
// the same colour marks where the band ends, so it is seen by its outline as well as its tint and
// stays distinct from the full-width occupancy shading. Legend entries for bands are built here too.
import * as d3 from 'd3'
import type { LineSeries } from './chart-series'
import type { LegendItem } from './legend-layout'

export const SPREAD_FILL_OPACITY = 0.2
/** The 25th-75th percentile inside the band: as dark again, so the fan's middle half reads first. */
export const INNER_SPREAD_FILL_OPACITY = 0.2

/** Every finite value of a series' band, so the y scale can make room for it. */
export function spreadValues(series: LineSeries): number[] {
  if (!series.spread) return []
  return [...Array.from(series.spread.low), ...Array.from(series.spread.high)]
}

/**
 * One legend entry per line, and after it one for its band when it has one. A single band sits
 * next to its line and shares its colour, so its entry stays short enough for a legend column.
 */
export function legendItems(series: readonly LineSeries[]): LegendItem[] {
  const bandCount = series.filter((s) => s.spread).length
  return series.flatMap((s): LegendItem[] => {
    const line: LegendItem = {
      key: s.key,
      label: s.label,
      colour: s.colour,
      kind: 'line',
      dash: s.dash,
      marker: s.marker,
    }
    if (!s.spread) return [line]
    const band: LegendItem = {
      key: `${s.key}:band`,
      label: bandCount === 1 ? '10th–90th percentile' : `${s.label}: 10th–90th percentile`,
      colour: s.colour,
      kind: 'band',
      fillOpacity: SPREAD_FILL_OPACITY,
    }
    return [line, band]
  })
}

export function drawSpreads(
  layer: d3.Selection<SVGGElement, null, SVGGElement, null>,
  series: readonly LineSeries[],
  x: d3.ScaleLinear<number, number>,
  y: d3.ScaleLinear<number, number>,
): void {
  const banded = series.filter((s) => s.spread)
  const pathOf = (s: LineSeries, inner = false) => {
    const spread = inner ? s.spread?.inner : s.spread
    if (!spread) return ''
    const area = d3
      .area<number>()
      .defined((i) => Number.isFinite(spread.low[i]) && Number.isFinite(spread.high[i]))
      .x((i) => x(s.xs[i]))
      .y0((i) => y(spread.low[i]))
      .y1((i) => y(spread.high[i]))
    return area(d3.range(spread.low.length)) ?? ''
  }
  layer
    .selectAll<SVGPathElement, LineSeries>('path.uncertainty-band')
    .data(banded, (s) => s.key)
    .join('path')
    .attr('class', 'uncertainty-band')
    .attr('data-series', (s) => s.key)
    .attr('fill', (s) => s.colour)
    .attr('fill-opacity', SPREAD_FILL_OPACITY)
    .attr('stroke', (s) => s.colour)
    // The edge at full strength: the band is seen by an outline of 3:1 or more, not its tint alone.
    .attr('stroke-width', 1)
    .attr('d', (s) => pathOf(s))
  // The fan's inner band, over the outer one (which already tints it once).
  layer
    .selectAll<SVGPathElement, LineSeries>('path.uncertainty-band-inner')
    .data(
      banded.filter((s) => s.spread?.inner),
      (s) => s.key,
    )
    .join('path')
    .attr('class', 'uncertainty-band-inner')
    .attr('data-series', (s) => s.key)
    .attr('fill', (s) => s.colour)
    .attr('fill-opacity', INNER_SPREAD_FILL_OPACITY)
    .attr('stroke', 'none')
    .attr('d', (s) => pathOf(s, true))
}
