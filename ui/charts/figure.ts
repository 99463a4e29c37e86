// A figure is everything one chart card shows: what to draw, its title, the caption that says what
// the reader is looking at, and the table of numbers behind it.
import type { Band, LineSeries, StackLayer, ValueFormat } from './chart-series'
import type { ChartTable } from './chart-table'

interface FigureBase {
  /** Stable id, used for file names and for choosing slides. */
  id: string
  title: string
  caption: string
  units: string
  format: ValueFormat
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
}

export type Figure = LineFigure | StackedFigure
