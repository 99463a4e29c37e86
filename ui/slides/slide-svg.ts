// Draws a laid-out slide as one SVG on the 1280 x 720 stage: what Present mode shows (scaled to the
// screen) and what the packs' chart images are cut from. Charts are drawn by the same d3 code as
// the app's cards; everything is styled with attributes, so the SVG stands alone.
import { chartSvg } from '../charts/chart-svg'
import { type LineStyle, markerIsStroked, markerPath } from '../charts/line-style'
import { CHART_FONT, type Measure } from '../charts/text-measure'
import type { SlideBox, SlidePage, TableBox } from './slide-boxes'
import { STAGE } from './slide-boxes'

const SVG_NS = 'http://www.w3.org/2000/svg'
const MONO = 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace'

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number | undefined>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name)
  for (const [key, value] of Object.entries(attributes))
    if (value !== undefined) node.setAttribute(key, String(value))
  return node
}

function textLines(
  parent: SVGElement,
  lines: string[],
  x: number,
  top: number,
  options: {
    size: number
    lineHeight: number
    bold?: boolean
    colour: string
    anchor?: 'end'
    mono?: boolean
    tooltip?: string
  },
): void {
  const text = element('text', {
    x,
    'font-size': options.size,
    'font-weight': options.bold ? 'bold' : undefined,
    fill: options.colour,
    'text-anchor': options.anchor,
    'font-family': options.mono ? MONO : undefined,
    // Keeps a file's indentation.
    style: options.mono ? 'white-space: pre' : undefined,
  })
  if (options.tooltip) {
    const title = element('title', {})
    title.textContent = options.tooltip
    text.append(title)
  }
  lines.forEach((line, i) => {
    const span = element('tspan', { x, y: top + options.size * 0.85 + i * options.lineHeight })
    span.textContent = line
    text.append(span)
  })
  parent.append(text)
}

/** A scenario's key: a thick line in its colour and dash pattern, its marker in the middle. */
function drawSwatch(
  parent: SVGElement,
  style: LineStyle,
  x: number,
  middle: number,
  width: number,
  size: number,
) {
  parent.append(
    element('line', {
      x1: x,
      x2: x + width,
      y1: middle,
      y2: middle,
      stroke: style.colour,
      'stroke-width': Math.max(3, size * 0.2),
      'stroke-dasharray': style.dash,
    }),
  )
  if (!style.marker) return
  const stroked = markerIsStroked(style.marker)
  parent.append(
    element('path', {
      d: markerPath(style.marker, [[x + width / 2, middle]], size * 0.6),
      fill: stroked ? 'none' : style.colour,
      stroke: stroked ? style.colour : '#ffffff',
      'stroke-width': stroked ? 2.5 : 1,
    }),
  )
}

function drawTable(parent: SVGElement, box: TableBox): void {
  const group = element('g', { class: 'table' })
  const right = box.columns[box.columns.length - 1].x + box.columns[box.columns.length - 1].width
  const padding = Math.round(box.size * 0.45)
  for (const row of box.rows) {
    if (row.header)
      group.append(
        element('rect', { x: box.x, y: row.y, width: right - box.x, height: row.height, fill: '#eef2f6' }),
      )
    row.cells.forEach((cell, c) => {
      const column = box.columns[c]
      const size = row.header ? box.size * 0.92 : box.size
      const swatchSpace = cell.swatch ? box.size * 1.8 : 0
      if (cell.swatch)
        drawSwatch(group, cell.swatch, column.x + padding, row.y + padding + size * 0.55, size * 1.3, size)
      const anchor = cell.align === 'right' ? 'end' : undefined
      const x = cell.align === 'right' ? column.x + column.width - padding : column.x + padding + swatchSpace
      textLines(group, cell.lines, x, row.y + padding, {
        size,
        lineHeight: box.lineHeight,
        bold: cell.bold,
        colour: '#1d1d1d',
        anchor,
      })
      if (cell.sub)
        textLines(group, [cell.sub], x, row.y + padding + cell.lines.length * box.lineHeight, {
          size: size * 0.82,
          lineHeight: box.lineHeight,
          colour: cell.subColour ?? '#555555',
          anchor,
        })
    })
    const bottom = row.y + row.height
    group.append(
      element('line', {
        x1: box.x,
        x2: right,
        y1: bottom,
        y2: bottom,
        stroke: row.header ? '#888888' : '#dddddd',
        'stroke-width': 1,
      }),
    )
  }
  parent.append(group)
}

function drawBox(svg: SVGSVGElement, box: SlideBox, measure: Measure): void {
  switch (box.kind) {
    case 'text':
      textLines(svg, box.lines, box.align === 'right' ? box.x + box.width : box.x, box.y, {
        size: box.size,
        lineHeight: box.lineHeight,
        bold: box.bold,
        colour: box.colour,
        anchor: box.align === 'right' ? 'end' : undefined,
        mono: box.mono,
        tooltip: box.tooltip,
      })
      return
    case 'rect':
      if (box.line)
        drawSwatch(
          svg,
          { colour: box.fill, ...box.line },
          box.x,
          box.y + box.height / 2,
          box.width,
          box.width / 2,
        )
      else
        svg.append(
          element('rect', { x: box.x, y: box.y, width: box.width, height: box.height, fill: box.fill }),
        )
      return
    case 'rule':
      svg.append(
        element('line', {
          x1: box.x1,
          y1: box.y1,
          x2: box.x2,
          y2: box.y2,
          stroke: box.colour,
          'stroke-width': 1,
        }),
      )
      return
    case 'chart': {
      const chart = chartSvg(box, measure)
      chart.setAttribute('x', String(box.x))
      chart.setAttribute('y', String(box.y))
      chart.setAttribute('class', 'slide-chart')
      chart.setAttribute('data-figure', box.figure.id)
      svg.append(chart)
      return
    }
    case 'table':
      drawTable(svg, box)
  }
}

/** The whole slide as an SVG element, 1280 x 720 units, scaling to whatever holds it. */
export function slideSvg(page: SlidePage, measure: Measure): SVGSVGElement {
  const svg = element('svg', {
    xmlns: SVG_NS,
    viewBox: `0 0 ${STAGE.width} ${STAGE.height}`,
    'font-family': CHART_FONT,
    class: 'slide',
    role: 'group',
    'aria-label': page.title,
  })
  svg.append(element('rect', { width: STAGE.width, height: STAGE.height, fill: '#ffffff' }))
  for (const box of page.boxes) drawBox(svg, box, measure)
  return svg
}
