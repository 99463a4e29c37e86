// Reading exact values off a line chart: as the pointer moves over the plot, a vertical rule marks
// the nearest saved time and a small box lists each line's value there. The box is HTML beside the
// SVG, so exported images never carry it.
import * as d3 from 'd3'
import type { LineSeries, ValueFormat } from './chart-series'
import { formatValue } from './number-format'

export interface ReadoutGeometry {
  plot: d3.Selection<SVGGElement, null, SVGSVGElement, unknown>
  x: d3.ScaleLinear<number, number>
  innerWidth: number
  innerHeight: number
  /** Left margin and full width of the SVG's viewBox, to place the box in percent. */
  left: number
  width: number
}

export function attachHoverReadout(
  geometry: ReadoutGeometry,
  series: readonly LineSeries[],
  format: ValueFormat,
  readout: HTMLElement | null,
): void {
  const { plot, x, innerWidth, innerHeight, left, width } = geometry
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
      const wanted = x.invert(pointerX)
      const xs = Array.from(first.xs)
      const i = Math.min(xs.length - 1, Math.max(0, d3.bisectCenter(xs, wanted)))
      const at = x(xs[i])
      rule.attr('x1', at).attr('x2', at).style('display', null)
      readout.replaceChildren()
      const heading = document.createElement('strong')
      heading.textContent =
        Math.abs(xs[i] - Math.round(xs[i])) < 1e-6 ? String(Math.round(xs[i])) : xs[i].toFixed(2)
      readout.append(heading)
      for (const s of series) {
        const row = document.createElement('div')
        const swatch = document.createElement('span')
        swatch.style.cssText = `display:inline-block;width:10px;height:3px;margin-right:4px;vertical-align:middle;background:${s.colour}`
        const spread = s.spread
          ? ` (10th–90th: ${formatValue(s.spread.low[i], format)} – ${formatValue(s.spread.high[i], format)})`
          : ''
        row.append(swatch, `${s.label}: ${formatValue(s.ys[i], format)}${spread}`)
        readout.append(row)
      }
      const share = (left + at) / width
      readout.style.left = share < 0.6 ? `${share * 100 + 1}%` : ''
      readout.style.right = share < 0.6 ? '' : `${(1 - share) * 100 + 1}%`
      readout.hidden = false
    })
}
