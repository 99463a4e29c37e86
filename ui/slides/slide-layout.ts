// Lays a slide out on the 16:9 stage: the title at the top, the footnote (assumptions) at the
// foot under a rule with the slide number, the caption above it, and the blocks in between (one
// filling the space, side by side, or a grid). Appendices too long for one slide run on.

import { readableYearlyRows } from '../charts/chart-table'
import type { Figure } from '../charts/figure'
import { type LegendItem, layoutLegend, SWATCH } from '../charts/legend-layout'
import { BASELINE_STYLE } from '../charts/line-style'
import { legendItems } from '../charts/spread-layer'
import type { Measure } from '../charts/text-measure'
import { wrapToWidth } from '../charts/text-measure'
import { unitsLabel } from '../format/quantity'
import {
  INK,
  layoutParagraphs,
  layoutTable,
  MUTED,
  type ParagraphCursor,
  type Region,
  swatchBox,
  wrapParagraphs,
} from './block-layout'
import type { Slide, SlideBlock } from './slide'
import { type SlideBox, type SlidePage, STAGE } from './slide-boxes'

const MARGIN = 48
const TITLE = 30
const CAPTION = 13
const FOOTNOTE = 11

function text(
  lines: string[],
  x: number,
  y: number,
  width: number,
  size: number,
  options: { bold?: boolean; colour?: string; align?: 'left' | 'right'; lineHeight?: number } = {},
): SlideBox {
  return {
    kind: 'text',
    x,
    y,
    width,
    lines,
    size,
    lineHeight: options.lineHeight ?? Math.round(size * 1.3),
    bold: options.bold,
    colour: options.colour ?? INK,
    align: options.align,
  }
}

/** The numbers behind a chart, year by year, as text for the speaker notes. */
export function chartNotes(figure: Figure): string {
  const units = unitsLabel(figure.quantity)
  return [
    `${figure.title}${units ? ` (${units})` : ''}`,
    figure.table.columns.join('\t'),
    ...readableYearlyRows(figure.table, figure.quantity).map((row) => row.join('\t')),
  ].join('\n')
}

function gridShape(count: number): { columns: number; rows: number } {
  const columns = count <= 2 ? count : count <= 4 ? 2 : 3
  return { columns, rows: Math.ceil(count / columns) }
}

function chartBlock(
  block: Extract<SlideBlock, { kind: 'chart' }>,
  region: Region,
  small: boolean,
  measure: Measure,
  noLegend: boolean,
): SlideBox[] {
  const boxes: SlideBox[] = []
  let top = region.y
  if (block.heading) {
    const size = small ? 15 : 17
    const lines = wrapToWidth(block.heading, region.width, size, measure, true).slice(0, 1)
    boxes.push(text(lines, region.x, top, region.width, size, { bold: true }))
    top += Math.round(size * 1.45)
  }
  boxes.push({
    kind: 'chart',
    x: region.x,
    y: top,
    width: region.width,
    height: Math.max(60, region.y + region.height - top),
    figure: block.figure,
    fontSize: small ? 12 : 14,
    compact: false,
    noLegend,
  })
  return boxes
}

/**
 * Line charts of one slide that show the same scenarios share one legend, above them: the key to
 * the lines once, not once per chart.
 */
function sharedLegend(blocks: SlideBlock[]): LegendItem[] | undefined {
  const keysOf = (block: SlideBlock) =>
    block.kind === 'chart' && block.figure.kind === 'line' && !block.figure.series.some((s) => s.spread)
      ? block.figure.series.map((s) => s.key).join('|')
      : undefined
  const first = blocks[0]
  if (blocks.length < 2 || first?.kind !== 'chart' || first.figure.kind !== 'line') return undefined
  const keys = keysOf(first)
  if (!keys || blocks.some((b) => keysOf(b) !== keys)) return undefined
  return legendItems(first.figure.series)
}

const LEGEND_SIZE = 15

function legendBoxes(
  items: LegendItem[],
  region: Region,
  measure: Measure,
): { boxes: SlideBox[]; height: number } {
  const layout = layoutLegend(items, region.width, LEGEND_SIZE, measure, 1 / 3)
  const boxes: SlideBox[] = layout.items.flatMap((item) => [
    swatchBox(
      { colour: item.colour, dash: item.dash, marker: item.marker },
      region.x + item.x,
      region.y + item.y + LEGEND_SIZE * 0.58,
      LEGEND_SIZE,
    ),
    {
      ...text(
        [item.text],
        region.x + item.x + SWATCH.line + LEGEND_SIZE * 0.5,
        region.y + item.y,
        region.width,
        LEGEND_SIZE,
      ),
      tooltip: item.label,
    },
  ])
  return { boxes, height: layout.height }
}

function coverBoxes(
  slide: Slide,
  block: Extract<SlideBlock, { kind: 'cover' }>,
  measure: Measure,
): SlideBox[] {
  const width = STAGE.width - 2 * MARGIN
  const boxes: SlideBox[] = [{ kind: 'rect', x: 0, y: 0, width: STAGE.width, height: 12, fill: '#0b2e4f' }]
  const title = wrapToWidth(slide.title, width, 42, measure, true)
  let y = 150
  boxes.push(text(title, MARGIN, y, width, 42, { bold: true, lineHeight: 52 }))
  y += title.length * 52 + 24
  for (const line of block.lines) {
    const lines = wrapToWidth(line, width, 20, measure)
    boxes.push(text(lines, MARGIN, y, width, 20, { colour: MUTED, lineHeight: 28 }))
    y += lines.length * 28 + 10
  }
  y += 24
  for (const scenario of block.scenarios) {
    boxes.push(swatchBox(scenario.swatch, MARGIN, y + 12, 20))
    const lines = wrapToWidth(scenario.name, width - 52, 19, measure, true).slice(0, 2)
    boxes.push(
      text(lines, MARGIN + 52, y, width - 52, 19, {
        bold: scenario.swatch !== BASELINE_STYLE,
        lineHeight: 25,
      }),
    )
    y += lines.length * 25 + 8
  }
  boxes.push(
    text(
      ['CareBalance: a system-dynamics model of pooled health and social care budgets'],
      MARGIN,
      STAGE.height - 48,
      width,
      13,
      {
        colour: MUTED,
      },
    ),
  )
  return boxes
}

/** One slide as one or more pages (an appendix runs on), numbered from `firstNumber`. */
export function layoutSlide(slide: Slide, measure: Measure, firstNumber: number): SlidePage[] {
  if (slide.blocks[0]?.kind === 'cover')
    return [
      { kind: slide.kind, title: slide.title, boxes: coverBoxes(slide, slide.blocks[0], measure), notes: '' },
    ]
  const width = STAGE.width - 2 * MARGIN
  const titleLines = wrapToWidth(slide.title, width, TITLE, measure, true).slice(0, 2)
  const titleHeight = titleLines.length * Math.round(TITLE * 1.2)
  const footLines = slide.footnote ? wrapToWidth(slide.footnote, width - 60, FOOTNOTE, measure) : []
  const footHeight = footLines.length * Math.round(FOOTNOTE * 1.35)
  const footTop = STAGE.height - 18 - Math.max(footHeight, FOOTNOTE * 1.35)
  const captionLines = slide.caption ? wrapToWidth(slide.caption, width, CAPTION, measure) : []
  const captionTop = footTop - 14 - captionLines.length * Math.round(CAPTION * 1.35)
  const body: Region = { x: MARGIN, y: 28 + titleHeight + 18, width, height: 0 }
  body.height = captionTop - 10 - body.y

  const pages: SlidePage[] = []
  const page = (boxes: SlideBox[], continued: boolean): SlidePage => {
    const number = firstNumber + pages.length
    const title = continued ? `${slide.title} (continued)` : slide.title
    const frame: SlideBox[] = [
      text(
        continued ? wrapToWidth(title, width, TITLE, measure, true).slice(0, 2) : titleLines,
        MARGIN,
        28,
        width,
        TITLE,
        {
          bold: true,
          lineHeight: Math.round(TITLE * 1.2),
        },
      ),
      ...boxes,
    ]
    if (captionLines.length)
      frame.push(
        text(captionLines, MARGIN, captionTop, width, CAPTION, {
          colour: '#333333',
          lineHeight: Math.round(CAPTION * 1.35),
        }),
      )
    frame.push({
      kind: 'rule',
      x1: MARGIN,
      y1: footTop - 6,
      x2: STAGE.width - MARGIN,
      y2: footTop - 6,
      colour: '#bbbbbb',
    })
    if (footLines.length)
      frame.push(
        text(footLines, MARGIN, footTop, width - 60, FOOTNOTE, {
          colour: MUTED,
          lineHeight: Math.round(FOOTNOTE * 1.35),
        }),
      )
    frame.push(
      text([String(number)], STAGE.width - MARGIN - 50, footTop, 50, FOOTNOTE, {
        colour: MUTED,
        align: 'right',
      }),
    )
    const notes = [
      slide.caption ?? '',
      ...boxes.flatMap((b) => (b.kind === 'chart' ? [chartNotes(b.figure)] : [])),
      slide.footnote ?? '',
    ]
      .filter(Boolean)
      .join('\n\n')
    return { kind: slide.kind, title, boxes: frame, notes }
  }

  const paragraphs = slide.blocks.find((b) => b.kind === 'paragraphs')
  if (paragraphs?.kind === 'paragraphs') {
    const wrapped = wrapParagraphs(paragraphs.paragraphs, width, measure)
    let cursor: ParagraphCursor | undefined = { paragraph: 0, line: 0 }
    while (cursor && pages.length < 40) {
      const laid: { boxes: SlideBox[]; next?: ParagraphCursor } = layoutParagraphs(wrapped, body, cursor)
      pages.push(page(laid.boxes, pages.length > 0))
      cursor = laid.next
    }
    return pages
  }

  const blocks = slide.blocks
  const boxes: SlideBox[] = []
  if (slide.arrangement === 'columns' && blocks.length === 2) {
    const gap = 32
    const left = { ...body, width: (body.width - gap) * 0.46 }
    const right = { ...body, x: body.x + left.width + gap, width: body.width - left.width - gap }
    boxes.push(...blockBoxes(blocks[0], left, true, measure), ...blockBoxes(blocks[1], right, true, measure))
  } else if (slide.arrangement === 'grid' && blocks.length > 1) {
    const legend = sharedLegend(blocks)
    if (legend) {
      const laid = legendBoxes(legend, body, measure)
      boxes.push(...laid.boxes)
      body.y += laid.height + 12
      body.height -= laid.height + 12
    }
    const { columns, rows } = gridShape(blocks.length)
    const gap = 24
    const cellWidth = (body.width - gap * (columns - 1)) / columns
    const cellHeight = (body.height - gap * (rows - 1)) / rows
    blocks.forEach((block, i) => {
      const cell = {
        x: body.x + (i % columns) * (cellWidth + gap),
        y: body.y + Math.floor(i / columns) * (cellHeight + gap),
        width: cellWidth,
        height: cellHeight,
      }
      boxes.push(...blockBoxes(block, cell, true, measure, Boolean(legend)))
    })
  } else {
    let region = body
    for (const block of blocks) {
      const laid = blockBoxes(block, region, false, measure)
      boxes.push(...laid)
      const used = Math.max(
        ...laid.map((b) => ('height' in b ? b.y + b.height : b.kind === 'table' ? tableBottom(b) : region.y)),
      )
      region = { ...region, y: used + 16, height: region.y + region.height - used - 16 }
    }
  }
  pages.push(page(boxes, false))
  return pages
}

function tableBottom(box: Extract<SlideBox, { kind: 'table' }>): number {
  const last = box.rows[box.rows.length - 1]
  return last ? last.y + last.height : box.y
}

function blockBoxes(
  block: SlideBlock,
  region: Region,
  small: boolean,
  measure: Measure,
  noLegend = false,
): SlideBox[] {
  switch (block.kind) {
    case 'chart':
      return chartBlock(block, region, small, measure, noLegend)
    case 'table':
      return [layoutTable(block.table, region, measure)]
    default:
      return []
  }
}

/** Every slide of a deck laid out, numbered in order. */
export function layoutDeck(slides: readonly Slide[], measure: Measure): SlidePage[] {
  const pages: SlidePage[] = []
  for (const slide of slides) pages.push(...layoutSlide(slide, measure, pages.length + 1))
  return pages
}
