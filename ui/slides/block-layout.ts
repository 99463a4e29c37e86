// Laying out a slide's blocks inside a region: a table sized to fit (its type shrinking as far as
// still readable), paragraphs that flow and run on to the next slide, and the cover.
import { type Measure, wrapToWidth } from '../charts/text-measure'
import type { SlideParagraph, SlideTable, Swatch } from './slide'
import type { RectBox, SlideBox, TableBox, TableCellBox } from './slide-boxes'

export const INK = '#1d1d1d'
export const MUTED = '#555555'
const TONES = { better: '#006b4f', worse: '#a3410a' } as const

export interface Region {
  x: number
  y: number
  width: number
  height: number
}

/** A line-style key (a scenario's colour, dash and marker) at the start of a line of text. */
export function swatchBox(swatch: Swatch, x: number, middle: number, size: number): RectBox {
  return {
    kind: 'rect',
    x,
    y: middle - size * 0.12,
    // Two type sizes wide: room for a whole dash-dot-dot pattern and its marker.
    width: size * 2,
    height: size * 0.24,
    fill: swatch.colour,
    line: { dash: swatch.dash, marker: swatch.marker },
  }
}

function wrapMono(text: string, width: number, size: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * 0.6)))
  return text.split('\n').flatMap((line) => {
    const parts: string[] = []
    for (let i = 0; i < Math.max(1, line.length); i += perLine) parts.push(line.slice(i, i + perLine))
    return parts
  })
}

function tableAt(
  table: SlideTable,
  region: Region,
  size: number,
  measure: Measure,
): { box: TableBox; height: number } {
  const lineHeight = Math.round(size * 1.3)
  const padding = Math.round(size * 0.45)
  const count = table.columns.length
  const headerWidth = Math.min(
    region.width * (count > 3 ? 0.3 : 0.36),
    Math.max(
      ...table.rows.map((r) => measure(r.header, size) + size * 2),
      measure(table.corner, size, true),
    ) +
      padding * 2,
  )
  const valueWidth = (region.width - headerWidth) / Math.max(1, count)
  const columns = [
    { x: region.x, width: headerWidth },
    ...table.columns.map((_, i) => ({ x: region.x + headerWidth + i * valueWidth, width: valueWidth })),
  ]
  const wrap = (text: string, column: number, bold = false) =>
    wrapToWidth(
      text,
      columns[column].width - 2 * padding - (column === 0 ? size * 1.8 : 0),
      size,
      measure,
      bold,
    )
  const rows: TableBox['rows'] = []
  let y = region.y
  const headerCells: TableCellBox[] = [table.corner, ...table.columns].map((text, c) => ({
    lines: wrapToWidth(text, columns[c].width - 2 * padding, size * 0.92, measure, true),
    bold: true,
    align: c === 0 ? 'left' : 'right',
  }))
  const headerHeight = Math.max(...headerCells.map((c) => c.lines.length)) * lineHeight * 0.95 + padding * 2
  rows.push({ y, height: headerHeight, header: true, cells: headerCells })
  y += headerHeight
  for (const row of table.rows) {
    const cells: TableCellBox[] = [
      {
        lines: wrap(row.header, 0, true),
        bold: true,
        align: 'left',
        swatch: row.swatch,
      },
      ...row.cells.map((cell, c) => ({
        lines: wrap(cell.text, c + 1),
        sub: cell.sub,
        subColour: cell.tone ? TONES[cell.tone] : MUTED,
        align: 'right' as const,
      })),
    ]
    const lines = Math.max(...cells.map((c) => c.lines.length + (c.sub ? 0.85 : 0)))
    const height = Math.ceil(lines * lineHeight + padding * 2)
    rows.push({ y, height, cells })
    y += height
  }
  return {
    box: { kind: 'table', x: region.x, y: region.y, columns, rows, size, lineHeight },
    height: y - region.y,
  }
}

/** A table in the region, at the largest type size from 16 px down to 11 px at which it fits. */
export function layoutTable(table: SlideTable, region: Region, measure: Measure): TableBox {
  let laid = tableAt(table, region, 16, measure)
  for (let size = 15; size >= 11 && laid.height > region.height; size--)
    laid = tableAt(table, region, size, measure)
  return laid.box
}

export interface ParagraphCursor {
  paragraph: number
  line: number
}

interface WrappedParagraph {
  source: SlideParagraph
  heading: string[]
  lines: string[]
}

const PARAGRAPH = { heading: 17, text: 16, mono: 11 } as const

export function wrapParagraphs(
  paragraphs: SlideParagraph[],
  width: number,
  measure: Measure,
): WrappedParagraph[] {
  return paragraphs.map((p) => {
    const indent = p.swatch ? PARAGRAPH.heading * 2.5 : 0
    return {
      source: p,
      heading: p.heading ? wrapToWidth(p.heading, width - indent, PARAGRAPH.heading, measure, true) : [],
      lines: p.mono
        ? wrapMono(p.text, width, PARAGRAPH.mono)
        : wrapToWidth(p.text, width, PARAGRAPH.text, measure),
    }
  })
}

/**
 * Paragraphs from `from` on, down the region until it is full. Returns where the next slide must
 * go on from, if anything is left.
 */
export function layoutParagraphs(
  wrapped: WrappedParagraph[],
  region: Region,
  from: ParagraphCursor,
): { boxes: SlideBox[]; next?: ParagraphCursor } {
  const boxes: SlideBox[] = []
  const bottom = region.y + region.height
  let y = region.y
  for (let p = from.paragraph; p < wrapped.length; p++) {
    const { source, heading, lines } = wrapped[p]
    const size = source.mono ? PARAGRAPH.mono : PARAGRAPH.text
    const lineHeight = Math.round(size * (source.mono ? 1.3 : 1.4))
    const first = p === from.paragraph ? from.line : 0
    const headingHeight = first === 0 ? heading.length * Math.round(PARAGRAPH.heading * 1.35) : 0
    // A heading never sits alone at the foot of a slide.
    if (y + headingHeight + lineHeight > bottom && y > region.y)
      return { boxes, next: { paragraph: p, line: first } }
    if (headingHeight) {
      const indent = source.swatch ? PARAGRAPH.heading * 2.5 : 0
      if (source.swatch)
        boxes.push(swatchBox(source.swatch, region.x, y + PARAGRAPH.heading * 0.62, PARAGRAPH.heading))
      boxes.push({
        kind: 'text',
        x: region.x + indent,
        y,
        width: region.width - indent,
        lines: heading,
        size: PARAGRAPH.heading,
        lineHeight: Math.round(PARAGRAPH.heading * 1.35),
        bold: true,
        colour: INK,
      })
      y += headingHeight
    }
    const fit = Math.max(0, Math.floor((bottom - y) / lineHeight))
    const shown = lines.slice(first, first + fit)
    if (shown.length)
      boxes.push({
        kind: 'text',
        x: region.x,
        y,
        width: region.width,
        lines: shown,
        size,
        lineHeight,
        mono: source.mono,
        colour: INK,
      })
    y += shown.length * lineHeight
    if (first + shown.length < lines.length)
      return { boxes, next: { paragraph: p, line: first + shown.length } }
    y += Math.round(size * 0.8)
  }
  return { boxes }
}
