// The deck as a PowerPoint file (pptxgenjs): 16:9 slides with the same layout as Present mode:
// titles, captions and footnotes as text a presenter can edit, tables as PowerPoint tables, charts
// as crisp images, and the numbers behind each chart, year by year, in the slide's notes.
import PptxGenJS from 'pptxgenjs'
import type { MarkerShape } from '../charts/line-style'
import type { DeckInput } from '../slides/deck-input'
import type { RectBox, SlideBox, SlidePage, TableBox } from '../slides/slide-boxes'
import { chartPng, type PackFile, packName } from './board-pack'

/** The stage is 1280 units across a 13.33 inch slide: 96 units an inch, 0.75 points a unit. */
const inch = (units: number) => units / 96
const point = (units: number) => units * 0.75
const hex = (colour: string) => colour.replace('#', '').toUpperCase()

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function tableRows(box: TableBox): PptxGenJS.TableRow[] {
  return box.rows.map((row) =>
    row.cells.map((cell) => {
      const runs: PptxGenJS.TextProps[] = cell.lines.map((line, i) => ({
        text: line,
        options: { breakLine: i < cell.lines.length - 1 || Boolean(cell.sub) },
      }))
      if (cell.sub)
        runs.push({
          text: cell.sub,
          options: { fontSize: point(box.size * 0.82), color: hex(cell.subColour ?? '#555555') },
        })
      return {
        text: runs,
        options: {
          bold: cell.bold,
          align: cell.align,
          valign: 'top',
          fontSize: point(row.header ? box.size * 0.92 : box.size),
          fill: row.header ? { color: 'EEF2F6' } : undefined,
          border: [
            { type: 'none' },
            { type: 'none' },
            { pt: 0.75, color: row.header ? '888888' : 'DDDDDD' },
            { type: 'none' },
          ],
        },
      }
    }),
  )
}

/** PowerPoint's nearest preset to each dash pattern of line-style.ts. */
const DASH_TYPES: Record<string, PptxGenJS.ShapeLineProps['dashType']> = {
  '6 4': 'dash',
  '10 3 2 3': 'dashDot',
  '2 3': 'sysDot',
  '14 3 3 3 3 3': 'lgDashDotDot',
  '18 5': 'lgDash',
  '4 2': 'sysDash',
}

const MARKER_SHAPES: Record<MarkerShape, string> = {
  circle: 'ellipse',
  square: 'rect',
  triangle: 'triangle',
  diamond: 'diamond',
  cross: 'mathMultiply',
  star: 'star5',
}

/** A scenario's key: a line in its colour and dash, its marker as a shape on top. */
function addSwatch(pptx: PptxGenJS, slide: PptxGenJS.Slide, box: RectBox, style: RectBox['line']): void {
  const middle = box.y + box.height / 2
  slide.addShape(pptx.ShapeType.line, {
    x: inch(box.x),
    y: inch(middle),
    w: inch(box.width),
    h: 0,
    line: {
      color: hex(box.fill),
      width: point(Math.max(3, box.height)),
      dashType: style?.dash ? (DASH_TYPES[style.dash] ?? 'dash') : 'solid',
    },
  })
  if (!style?.marker) return
  const size = box.width * 0.3
  slide.addShape(MARKER_SHAPES[style.marker] as PptxGenJS.ShapeType, {
    x: inch(box.x + box.width / 2 - size / 2),
    y: inch(middle - size / 2),
    w: inch(size),
    h: inch(size),
    fill: { color: hex(box.fill) },
    line: { color: 'FFFFFF', width: 0.5 },
  })
}

async function addBox(pptx: PptxGenJS, slide: PptxGenJS.Slide, box: SlideBox): Promise<void> {
  switch (box.kind) {
    case 'text':
      slide.addText(box.lines.join('\n'), {
        x: inch(box.x),
        y: inch(box.y),
        w: inch(box.width),
        h: inch(box.lines.length * box.lineHeight + box.size * 0.3),
        fontFace: box.mono ? 'Courier New' : 'Arial',
        fontSize: point(box.size),
        bold: box.bold,
        color: hex(box.colour),
        align: box.align ?? 'left',
        valign: 'top',
        margin: 0,
        lineSpacing: point(box.lineHeight),
      })
      return
    case 'rect':
      if (box.line) addSwatch(pptx, slide, box, box.line)
      else
        slide.addShape(pptx.ShapeType.rect, {
          x: inch(box.x),
          y: inch(box.y),
          w: inch(box.width),
          h: inch(box.height),
          fill: { color: hex(box.fill) },
          line: { type: 'none' },
        })
      return
    case 'rule':
      slide.addShape(pptx.ShapeType.line, {
        x: inch(box.x1),
        y: inch(box.y1),
        w: inch(box.x2 - box.x1),
        h: inch(box.y2 - box.y1),
        line: { color: hex(box.colour), width: 0.75 },
      })
      return
    case 'chart':
      slide.addImage({
        data: `data:image/png;base64,${base64(await chartPng(box))}`,
        x: inch(box.x),
        y: inch(box.y),
        w: inch(box.width),
        h: inch(box.height),
        altText: [box.figure.title, box.figure.summary, box.figure.caption].filter(Boolean).join('. '),
      })
      return
    case 'table':
      slide.addTable(tableRows(box), {
        x: inch(box.x),
        y: inch(box.y),
        colW: box.columns.map((c) => inch(c.width)),
        rowH: box.rows.map((r) => inch(r.height)),
        fontFace: 'Arial',
        color: '1D1D1D',
        margin: inch(box.size * 0.45),
      })
  }
}

export async function pptxPack(pages: readonly SlidePage[], input: DeckInput): Promise<PackFile> {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = pages[0]?.title ?? 'CareBalance board pack'
  pptx.subject = `${input.areaName}: ${input.scenarios.map((s) => s.label).join(', ')} against the baseline`
  pptx.author = 'CareBalance'
  pptx.company = input.model
  for (const page of pages) {
    const slide = pptx.addSlide()
    for (const box of page.boxes) await addBox(pptx, slide, box)
    if (page.notes) slide.addNotes(page.notes)
  }
  const blob = (await pptx.write({ outputType: 'blob' })) as Blob
  return { blob, name: packName(input, 'pptx') }
}
