// The deck as a PDF (pdf-lib): one 16:9 page a slide, laid out as in Present mode, text as text
// (searchable, selectable), charts as crisp images, and each scenario file attached, so the pack
// carries what it takes to reproduce it.
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib'
import { type LineStyle, markerIsStroked, markerPath } from '../charts/line-style'
import type { DeckInput } from '../slides/deck-input'
import type { SlideBox, SlidePage, TableBox } from '../slides/slide-boxes'
import { STAGE } from '../slides/slide-boxes'
import { chartPng, type PackFile, packName } from './board-pack'

/** The 1280-unit stage on a 960 x 540 point page. */
const SCALE = 0.75
const PAGE = { width: STAGE.width * SCALE, height: STAGE.height * SCALE }

interface Fonts {
  regular: PDFFont
  bold: PDFFont
  mono: PDFFont
}

function colour(hex: string) {
  const value = Number.parseInt(hex.replace('#', ''), 16)
  return rgb(((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255)
}

/** The standard PDF fonts read Windows-1252 only: a few signs are spelled out, anything else is '?'. */
const SPELLED: Record<string, string> = {
  '−': '-',
  '≥': '>=',
  '≤': '<=',
  '→': '->',
  '↑': '^',
  '↓': 'v',
  '·': '·',
}

function printable(text: string, font: PDFFont): string {
  let out = ''
  for (const ch of text) {
    const candidate = SPELLED[ch] ?? ch
    try {
      font.encodeText(candidate)
      out += candidate
    } catch {
      out += '?'
    }
  }
  return out
}

/** Stage units from the top to PDF points from the bottom. */
const y = (units: number) => PAGE.height - units * SCALE

function drawLines(
  page: PDFPage,
  lines: string[],
  options: {
    x: number
    right?: number
    top: number
    size: number
    lineHeight: number
    font: PDFFont
    colour: string
  },
): void {
  lines.forEach((line, i) => {
    const text = printable(line, options.font)
    const size = options.size * SCALE
    const width = options.font.widthOfTextAtSize(text, size)
    const x = options.right !== undefined ? options.right * SCALE - width : options.x * SCALE
    page.drawText(text, {
      x,
      y: y(options.top + options.size * 0.85 + i * options.lineHeight),
      size,
      font: options.font,
      color: colour(options.colour),
    })
  })
}

/** A scenario's key: a thick line in its colour and dash pattern, its marker in the middle (stage units). */
function drawSwatch(page: PDFPage, style: LineStyle, x: number, middle: number, width: number, size: number) {
  page.drawLine({
    start: { x: x * SCALE, y: y(middle) },
    end: { x: (x + width) * SCALE, y: y(middle) },
    thickness: Math.max(3, size * 0.2) * SCALE,
    color: colour(style.colour),
    dashArray: style.dash?.split(/\s+/).map((n) => Number(n) * SCALE),
  })
  if (!style.marker) return
  const stroked = markerIsStroked(style.marker)
  // drawSvgPath reads the path as SVG does (y down) from the origin given.
  page.drawSvgPath(markerPath(style.marker, [[0, 0]], size * 0.6 * SCALE), {
    x: (x + width / 2) * SCALE,
    y: y(middle),
    color: stroked ? undefined : colour(style.colour),
    borderColor: stroked ? colour(style.colour) : colour('#ffffff'),
    borderWidth: stroked ? 2 : 0.75,
  })
}

function drawTable(page: PDFPage, box: TableBox, fonts: Fonts): void {
  const last = box.columns[box.columns.length - 1]
  const right = last.x + last.width
  const padding = box.size * 0.45
  for (const row of box.rows) {
    if (row.header)
      page.drawRectangle({
        x: box.x * SCALE,
        y: y(row.y + row.height),
        width: (right - box.x) * SCALE,
        height: row.height * SCALE,
        color: colour('#eef2f6'),
      })
    row.cells.forEach((cell, c) => {
      const column = box.columns[c]
      const size = row.header ? box.size * 0.92 : box.size
      if (cell.swatch)
        drawSwatch(page, cell.swatch, column.x + padding, row.y + padding + size * 0.55, size * 1.3, size)
      const align = cell.align === 'right' ? { right: column.x + column.width - padding } : {}
      const x = column.x + padding + (cell.swatch ? box.size * 1.8 : 0)
      const font = cell.bold ? fonts.bold : fonts.regular
      drawLines(page, cell.lines, {
        x,
        ...align,
        top: row.y + padding,
        size,
        lineHeight: box.lineHeight,
        font,
        colour: '#1d1d1d',
      })
      if (cell.sub)
        drawLines(page, [cell.sub], {
          x,
          ...align,
          top: row.y + padding + cell.lines.length * box.lineHeight,
          size: size * 0.82,
          lineHeight: box.lineHeight,
          font: fonts.regular,
          colour: cell.subColour ?? '#555555',
        })
    })
    page.drawLine({
      start: { x: box.x * SCALE, y: y(row.y + row.height) },
      end: { x: right * SCALE, y: y(row.y + row.height) },
      thickness: 0.75,
      color: colour(row.header ? '#888888' : '#dddddd'),
    })
  }
}

async function drawBox(document: PDFDocument, page: PDFPage, box: SlideBox, fonts: Fonts): Promise<void> {
  switch (box.kind) {
    case 'text': {
      const font = box.mono ? fonts.mono : box.bold ? fonts.bold : fonts.regular
      const right = box.align === 'right' ? { right: box.x + box.width } : {}
      drawLines(page, box.lines, {
        x: box.x,
        ...right,
        top: box.y,
        size: box.size,
        lineHeight: box.lineHeight,
        font,
        colour: box.colour,
      })
      return
    }
    case 'rect':
      if (box.line)
        drawSwatch(
          page,
          { colour: box.fill, ...box.line },
          box.x,
          box.y + box.height / 2,
          box.width,
          box.width / 2,
        )
      else
        page.drawRectangle({
          x: box.x * SCALE,
          y: y(box.y + box.height),
          width: box.width * SCALE,
          height: box.height * SCALE,
          color: colour(box.fill),
        })
      return
    case 'rule':
      page.drawLine({
        start: { x: box.x1 * SCALE, y: y(box.y1) },
        end: { x: box.x2 * SCALE, y: y(box.y2) },
        thickness: 0.75,
        color: colour(box.colour),
      })
      return
    case 'chart': {
      const image = await document.embedPng(await chartPng(box))
      page.drawImage(image, {
        x: box.x * SCALE,
        y: y(box.y + box.height),
        width: box.width * SCALE,
        height: box.height * SCALE,
      })
      return
    }
    case 'table':
      drawTable(page, box, fonts)
  }
}

export async function pdfPack(pages: readonly SlidePage[], input: DeckInput): Promise<PackFile> {
  const document = await PDFDocument.create()
  const fonts: Fonts = {
    regular: await document.embedFont(StandardFonts.Helvetica),
    bold: await document.embedFont(StandardFonts.HelveticaBold),
    mono: await document.embedFont(StandardFonts.Courier),
  }
  document.setTitle(printable(pages[0]?.title ?? 'CareBalance board pack', fonts.regular))
  document.setSubject(
    printable(
      `${input.areaName}: ${input.scenarios.map((s) => s.label).join(', ')} against the baseline`,
      fonts.regular,
    ),
  )
  document.setAuthor('CareBalance')
  document.setCreator(input.model)
  document.setCreationDate(input.date)
  for (const slide of pages) {
    const page = document.addPage([PAGE.width, PAGE.height])
    for (const box of slide.boxes) await drawBox(document, page, box, fonts)
  }
  for (const file of input.files) {
    await document.attach(new TextEncoder().encode(file.text), file.fileName, {
      mimeType: 'application/json',
      description: `CareBalance scenario file: ${file.name}`,
      creationDate: input.date,
      modificationDate: input.date,
    })
  }
  const bytes = await document.save()
  return { blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }), name: packName(input, 'pdf') }
}
