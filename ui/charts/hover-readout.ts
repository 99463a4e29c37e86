// Reading exact values off a line chart: as the pointer moves over the plot, a vertical rule marks
// the nearest saved time and a box lists each line's value there, under the month it is for. The
// box is HTML beside the SVG, so exported images never carry it, and it is kept inside the chart
// (beside the pointer on whichever side has room), so it is never cut off at the card's edge.
import * as d3 from 'd3'
import { formatValue } from '../format/numbers'
import type { Quantity } from '../format/quantity'
import { monthLabel } from '../format/time'
import type { LineSeries } from './chart-series'
import type { LineChartGeometry } from './line-chart-draw'
import { markerIsStroked, markerPath } from './line-style'

const SVG_NS = 'http://www.w3.org/2000/svg'

/** The line's key beside its value: colour, dash and marker, as in the chart and its legend. */
function swatchElement(s: LineSeries): SVGSVGElement {
  const swatch = document.createElementNS(SVG_NS, 'svg')
  for (const [name, value] of Object.entries({ width: 24, height: 10, 'aria-hidden': 'true' }))
    swatch.setAttribute(name, String(value))
  swatch.style.marginRight = '5px'
  swatch.style.verticalAlign = 'middle'
  const line = document.createElementNS(SVG_NS, 'line')
  for (const [name, value] of Object.entries({
    x1: 0,
    x2: 24,
    y1: 5,
    y2: 5,
    stroke: s.colour,
    'stroke-width': 2.5,
  }))
    line.setAttribute(name, String(value))
  if (s.dash) line.setAttribute('stroke-dasharray', s.dash)
  swatch.append(line)
  if (s.marker) {
    const marker = document.createElementNS(SVG_NS, 'path')
    const stroked = markerIsStroked(s.marker)
    marker.setAttribute('d', markerPath(s.marker, [[12, 5]], 7))
    marker.setAttribute('fill', stroked ? 'none' : s.colour)
    marker.setAttribute('stroke', stroked ? s.colour : '#ffffff')
    marker.setAttribute('stroke-width', stroked ? '2' : '0.75')
    swatch.append(marker)
  }
  return swatch
}

export function attachHoverReadout(
  geometry: LineChartGeometry,
  series: readonly LineSeries[],
  quantity: Quantity,
  readout: HTMLElement | null,
  host: HTMLElement,
): void {
  const { plot, x, innerWidth, innerHeight, left, top } = geometry
  const rule = plot
    .selectAll<SVGLineElement, null>('line.hover-rule')
    .data([null])
    .join('line')
    .attr('class', 'hover-rule')
    .attr('y1', 0)
    .attr('y2', innerHeight)
    .attr('stroke', '#555')
    .attr('stroke-width', 1)
    .style('display', 'none')
  const hide = () => {
    rule.style('display', 'none')
    if (readout) readout.hidden = true
  }
  const first = series[0]
  plot
    .selectAll<SVGRectElement, null>('rect.hover-target')
    .data([null])
    .join('rect')
    .attr('class', 'hover-target')
    .attr('width', innerWidth)
    .attr('height', innerHeight)
    .attr('fill', 'transparent')
    .on('pointerleave', hide)
    .on('pointermove', (event: PointerEvent) => {
      if (!first || first.xs.length === 0 || !readout) return
      const [pointerX] = d3.pointer(event)
      const xs = Array.from(first.xs)
      const i = Math.min(xs.length - 1, Math.max(0, d3.bisectCenter(xs, x.invert(pointerX))))
      const at = x(xs[i])
      rule.attr('x1', at).attr('x2', at).style('display', null)
      readout.replaceChildren()
      const heading = document.createElement('strong')
      heading.textContent = monthLabel(xs[i])
      readout.append(heading)
      for (const s of series) {
        const row = document.createElement('div')
        const swatch = swatchElement(s)
        const spread = s.spread
          ? ` (10th–90th: ${formatValue(s.spread.low[i], quantity)} to ${formatValue(s.spread.high[i], quantity)})`
          : ''
        const text = `${s.label}: ${formatValue(s.ys[i], quantity)}${spread}`
        row.title = text
        row.append(swatch, text)
        readout.append(row)
      }
      readout.hidden = false
      // Beside the pointer, on the side with room, and never past the chart's edges.
      const hostWidth = host.clientWidth || left + innerWidth
      const boxWidth = readout.offsetWidth
      const pointer = left + at
      const gap = 12
      const room = pointer + gap + boxWidth <= hostWidth
      const wanted = room ? pointer + gap : pointer - gap - boxWidth
      readout.style.left = `${Math.max(0, Math.min(hostWidth - boxWidth, wanted))}px`
      readout.style.top = `${Math.max(0, top - 4)}px`
    })
}
