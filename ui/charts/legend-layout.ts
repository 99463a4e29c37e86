// A chart's legend, laid out so entries never overlap: entries flow left to right and wrap onto
// new rows within the chart's width; a name too long for its share of a row is cut with an
// ellipsis, and every entry carries its full name as a tooltip (an SVG <title>).
import type * as d3 from 'd3'
import { type MarkerShape, markerIsStroked, markerPath } from './line-style'
import type { Measure } from './text-measure'
import { truncateToWidth } from './text-measure'

export interface LegendItem {
  key: string
  label: string
  colour: string
  /** A line's key is a stroke; a band's a light swatch with an edge; an area's a solid swatch. */
  kind: 'line' | 'band' | 'area'
  dash?: string
  marker?: MarkerShape
  fillOpacity?: number
  /** An outline around an area's swatch, as its layer has in the chart. */
  outline?: string
}

export interface PlacedLegendItem extends LegendItem {
  x: number
  y: number
  /** The label as drawn: the full label, or cut to fit with an ellipsis. */
  text: string
}

export interface LegendLayout {
  items: PlacedLegendItem[]
  height: number
  rowHeight: number
}

/** Swatch widths: a line's is long enough to show a whole dash-dot-dot pattern and its marker. */
export const SWATCH = { line: 30, band: 18, area: 12 } as const

/**
 * Places the entries in rows of `width`, with whole names when they fit in `maxRows` rows;
 * otherwise no label is wider than `maxShare` of the row, so long scenario names share rows
 * instead of taking one each.
 */
export function layoutLegend(
  items: readonly LegendItem[],
  width: number,
  fontSize: number,
  measure: Measure,
  maxShare = 0.5,
  maxRows = 3,
): LegendLayout {
  const whole = flow(items, width, fontSize, measure, 1)
  if (maxShare >= 1 || whole.height <= maxRows * whole.rowHeight) return whole
  return flow(items, width, fontSize, measure, maxShare)
}

function flow(
  items: readonly LegendItem[],
  width: number,
  fontSize: number,
  measure: Measure,
  maxShare: number,
): LegendLayout {
  const gap = fontSize * 0.5
  const itemGap = fontSize * 1.4
  const rowHeight = Math.round(fontSize * 1.55)
  const placed: PlacedLegendItem[] = []
  let x = 0
  let row = 0
  for (const item of items) {
    const swatch = SWATCH[item.kind]
    const maxLabel = Math.max(fontSize * 4, width * maxShare - swatch - gap)
    const text = truncateToWidth(item.label, Math.min(maxLabel, width - swatch - gap), fontSize, measure)
    const itemWidth = swatch + gap + measure(text, fontSize)
    if (x > 0 && x + itemWidth > width) {
      row++
      x = 0
    }
    placed.push({ ...item, x, y: row * rowHeight, text })
    x += itemWidth + itemGap
  }
  return { items: placed, height: placed.length ? (row + 1) * rowHeight : 0, rowHeight }
}

/** Draws a laid-out legend into `group` (one <g class="item"> per entry). */
export function drawLegend(
  group: d3.Selection<SVGGElement, null, d3.BaseType, unknown>,
  layout: LegendLayout,
  fontSize: number,
): void {
  const baseline = Math.round(fontSize * 0.9)
  const middle = baseline - fontSize * 0.32
  // Entries are joined by key: a redraw (every lever move) only updates them.
  const items = group
    .selectAll<SVGGElement, PlacedLegendItem>('g.item')
    .data(layout.items, (s) => s.key)
    .join((enter) => {
      const g = enter.append('g')
      g.append('line').attr('x1', 0).attr('stroke-width', 2.5)
      g.append('path').attr('class', 'marker')
      g.append('rect').attr('x', 0).attr('stroke-width', 0.75)
      g.append('text').attr('fill', '#222')
      // The full name on hover, and for screen readers, however the label was cut.
      g.append('title')
      return g
    })
    .attr('class', (s) => `item ${s.kind}`)
    .attr('transform', (s) => `translate(${s.x},${s.y})`)
  items
    .select('line')
    .attr('display', (s) => (s.kind === 'line' ? null : 'none'))
    .attr('x2', SWATCH.line)
    .attr('y1', middle)
    .attr('y2', middle)
    .attr('stroke', (s) => s.colour)
    .attr('stroke-dasharray', (s) => s.dash ?? null)
  items
    .select('path.marker')
    .attr('display', (s) => (s.kind === 'line' && s.marker ? null : 'none'))
    .attr('fill', (s) => (s.marker && !markerIsStroked(s.marker) ? s.colour : 'none'))
    .attr('stroke', (s) => (s.marker && markerIsStroked(s.marker) ? s.colour : '#ffffff'))
    .attr('stroke-width', (s) => (s.marker && markerIsStroked(s.marker) ? 2 : 0.75))
    .attr('d', (s) => (s.marker ? markerPath(s.marker, [[SWATCH.line / 2, middle]], fontSize * 0.62) : ''))
  items
    .select('rect')
    .attr('display', (s) => (s.kind === 'line' ? 'none' : null))
    .attr('y', middle - fontSize * 0.4)
    .attr('width', (s) => SWATCH[s.kind])
    .attr('height', fontSize * 0.8)
    .attr('fill', (s) => s.colour)
    .attr('fill-opacity', (s) => s.fillOpacity ?? null)
    .attr('stroke', (s) => (s.kind === 'band' ? s.colour : (s.outline ?? 'none')))
  items
    .select('text')
    .attr('x', (s) => SWATCH[s.kind] + fontSize * 0.5)
    .attr('y', baseline)
    .attr('font-size', fontSize)
    .text((s) => s.text)
  items.select('title').text((s) => s.label)
}
