// A slide laid out: positioned boxes on a 1280 x 720 stage (16:9), which each medium draws its own
// way: SVG on screen, shapes and images in PowerPoint, text and images in a PDF. Laying out once
// keeps the three the same slide.
import type { Figure } from '../charts/figure'
import type { LineStyle } from '../charts/line-style'

export const STAGE = { width: 1280, height: 720 } as const

export interface TextBox {
  kind: 'text'
  x: number
  /** Top of the first line. */
  y: number
  width: number
  lines: string[]
  size: number
  lineHeight: number
  bold?: boolean
  mono?: boolean
  colour: string
  align?: 'left' | 'right'
  /** The whole text, when the lines cut it short (a long scenario name in a legend). */
  tooltip?: string
}

export interface RectBox {
  kind: 'rect'
  x: number
  y: number
  width: number
  height: number
  fill: string
  /** A line-style swatch: drawn as a thick line with the scenario's dash pattern and marker. */
  line?: Pick<LineStyle, 'dash' | 'marker'>
}

export interface RuleBox {
  kind: 'rule'
  x1: number
  y1: number
  x2: number
  y2: number
  colour: string
}

export interface ChartBox {
  kind: 'chart'
  x: number
  y: number
  width: number
  height: number
  figure: Figure
  fontSize: number
  compact: boolean
  /** The slide shows one legend for all its charts. */
  noLegend?: boolean
}

export interface TableCellBox {
  lines: string[]
  sub?: string
  subColour?: string
  bold?: boolean
  align: 'left' | 'right'
  swatch?: LineStyle
}

export interface TableBox {
  kind: 'table'
  x: number
  y: number
  /** Left edge and width of each column. */
  columns: { x: number; width: number }[]
  rows: { y: number; height: number; header?: boolean; cells: TableCellBox[] }[]
  size: number
  lineHeight: number
}

export type SlideBox = TextBox | RectBox | RuleBox | ChartBox | TableBox

export interface SlidePage {
  /** The slide kind it came from. */
  kind: string
  title: string
  boxes: SlideBox[]
  /** Speaker notes: the caption and the numbers behind each chart, year by year. */
  notes: string
}
