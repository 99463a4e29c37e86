// What a chart component draws, independent of where the numbers came from.
import type { MarkerShape } from './line-style'

export interface LineSeries {
  /** Stable identity across redraws (a scenario id), so d3 moves a line instead of replacing it. */
  key: string
  label: string
  colour: string
  /** Dash pattern (SVG stroke-dasharray), so lines differ by more than colour (line-style.ts). */
  dash?: string
  /** Markers along the line, for the same reason. */
  marker?: MarkerShape
  /** The baseline: drawn a little thinner and on top, so it shows where a scenario follows it. */
  baseline?: boolean
  /** Calendar years. */
  xs: ArrayLike<number>
  ys: ArrayLike<number>
  /**
   * The 10th and 90th percentile across uncertainty runs at each x, drawn as a band behind the
   * line, and the 25th and 75th (`inner`) drawn darker inside it: a fan chart.
   */
  spread?: {
    low: ArrayLike<number>
    high: ArrayLike<number>
    inner?: { low: ArrayLike<number>; high: ArrayLike<number> }
  }
}

/** A shaded range of y, such as bed occupancy above 85% or above 92%. */
export interface Band {
  from: number
  to: number
  fill: string
  label: string
}

/** One layer of a stacked area chart, e.g. one partner's spend or one age band. */
export interface StackLayer {
  key: string
  label: string
  colour: string
  ys: ArrayLike<number>
}
