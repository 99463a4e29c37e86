// The deck in the print style (charts/print-style.ts): every chart in greys and every scenario's
// key a grey line with its dash and marker, for a board pack printed in black and white.
import { printFigure, printLineColour } from '../charts/print-style'
import type { Slide, SlideBlock, Swatch } from './slide'

function printSwatch(swatch: Swatch): Swatch {
  return { ...swatch, colour: printLineColour(swatch.colour) }
}

function printBlock(block: SlideBlock): SlideBlock {
  switch (block.kind) {
    case 'chart':
      return { ...block, figure: printFigure(block.figure) }
    case 'table':
      return {
        ...block,
        table: {
          ...block.table,
          // Better and worse are in the cells' words too; in print their green and orange go.
          rows: block.table.rows.map((row) => ({
            ...row,
            swatch: row.swatch && printSwatch(row.swatch),
            cells: row.cells.map((cell) => ({ ...cell, tone: undefined })),
          })),
        },
      }
    case 'paragraphs':
      return {
        ...block,
        paragraphs: block.paragraphs.map((p) => (p.swatch ? { ...p, swatch: printSwatch(p.swatch) } : p)),
      }
    case 'cover':
      return { ...block, scenarios: block.scenarios.map((s) => ({ ...s, swatch: printSwatch(s.swatch) })) }
  }
}

export function printSlides(slides: readonly Slide[]): Slide[] {
  return slides.map((slide) => ({ ...slide, blocks: slide.blocks.map(printBlock) }))
}
