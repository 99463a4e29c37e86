// A figure drawn on its own as an SVG of a given size: placed on a slide, rasterised for the board
// pack, or exported from a card at a fixed size (so a file does not depend on the window it came from).
import type { Figure } from './figure'
import { drawLineChart } from './line-chart-draw'
import { drawStackedChart } from './stacked-chart-draw'
import { CHART_FONT, type Measure } from './text-measure'

const SVG_NS = 'http://www.w3.org/2000/svg'

export interface ChartSize {
  figure: Figure
  width: number
  height: number
  fontSize: number
  compact: boolean
  /** Leave a line chart's legend out: the slide shows one for all its charts. */
  noLegend?: boolean
}

export function chartSvg(box: ChartSize, measure: Measure): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('xmlns', SVG_NS)
  svg.setAttribute('width', String(box.width))
  svg.setAttribute('height', String(box.height))
  svg.setAttribute('font-family', CHART_FONT)
  const frame = { width: box.width, height: box.height, fontSize: box.fontSize, compact: box.compact }
  const figure = box.figure
  if (figure.kind === 'line')
    drawLineChart(
      svg,
      {
        series: figure.series,
        bands: figure.bands,
        quantity: figure.quantity,
        zero: figure.zero,
        noLegend: box.noLegend,
      },
      frame,
      measure,
    )
  else
    drawStackedChart(
      svg,
      { xs: figure.xs, layers: figure.layers, quantity: figure.quantity, sharedTop: figure.sharedTop },
      frame,
      measure,
    )
  svg.setAttribute('role', 'img')
  svg.setAttribute('aria-label', [figure.title, figure.summary, figure.caption].filter(Boolean).join('. '))
  return svg
}
