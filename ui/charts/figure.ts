// A figure is everything one chart card shows: what to draw, its title, the caption that says what
// the reader is looking at, and the table of numbers behind it.
import type { Quantity } from '../format/quantity'
import type { Band, LineSeries, StackLayer } from './chart-series'
import type { ChartTable } from './chart-table'

interface FigureBase {
  /** Stable id, used for file names and for choosing slides. */
  id: string
  title: string
  caption: string
  /**
   * What the chart shows in a sentence or two (what changed, by how much, by when): read out for
   * the chart by screen readers, and shown above it (chart-summary.ts).
   */
  summary?: string
  /** The units as a reader sees them (`beds`, `£ a year`, `%`). */
  units: string
  /** The model's units of the numbers in `table`, for the raw export (`share`, `GBP per year`). */
  modelUnits: string
  /** How the numbers read: on the axis, in the table, the tooltip and the CSV. */
  quantity: Quantity
  /** The scenarios shown (not the baseline), for file names. */
  scenarios: string[]
  table: ChartTable
  /** The request number of the newest run drawn, passed to the chart's drawn event. */
  revision: number
}

export interface LineFigure extends FigureBase {
  kind: 'line'
  series: LineSeries[]
  bands: Band[]
  /** A difference chart: zero is drawn and always in range. */
  zero: boolean
}

export interface StackedFigure extends FigureBase {
  kind: 'stacked'
  xs: ArrayLike<number>
  layers: StackLayer[]
  /** The value axis reaches at least this high: one top for a set of multiples, so they compare. */
  sharedTop?: number
}

export type Figure = LineFigure | StackedFigure
