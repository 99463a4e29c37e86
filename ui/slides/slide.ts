// What a slide says, before it is laid out: a title, blocks of content (charts, a table,
// paragraphs, a cover), a caption saying what the reader sees, and the assumptions footnote. Present
// mode, the PowerPoint file and the PDF all lay out and draw these same slides.
import type { Figure } from '../charts/figure'
import type { LineStyle } from '../charts/line-style'

/** A key to a scenario's line: its colour, dash pattern and marker (line-style.ts). */
export type Swatch = LineStyle

export interface SlideCell {
  text: string
  /** A second, smaller line: a difference from the baseline. */
  sub?: string
  tone?: 'better' | 'worse'
}

export interface SlideTableRow {
  header: string
  swatch?: Swatch
  cells: SlideCell[]
}

export interface SlideTable {
  /** Headings of the value columns (the first column holds the row headers). */
  columns: string[]
  /** Heading of the row-header column. */
  corner: string
  rows: SlideTableRow[]
}

export interface SlideParagraph {
  heading?: string
  swatch?: Swatch
  text: string
  /** Set in a fixed-width face (scenario files). */
  mono?: boolean
}

export type SlideBlock =
  | { kind: 'chart'; figure: Figure; heading?: string }
  | { kind: 'table'; table: SlideTable }
  | { kind: 'paragraphs'; paragraphs: SlideParagraph[] }
  | {
      kind: 'cover'
      lines: string[]
      scenarios: { name: string; swatch: Swatch }[]
    }

export interface Slide {
  /** The slide kind it came from (SLIDE_KINDS), for choosing and ordering. */
  kind: string
  title: string
  /** How the blocks share the slide: one after another down, side by side, or a grid. */
  arrangement: 'stack' | 'columns' | 'grid'
  blocks: SlideBlock[]
  caption?: string
  footnote?: string
}
