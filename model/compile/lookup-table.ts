// Graphical functions in the form generated code reads them, and the lookup it calls: for a
// model's own tables, LOOKUP, and time series given as run inputs.
import type { GraphicalFunction } from '../ir'

/** A graphical function in the form `lookup` reads. */
export interface LookupTable {
  xs: Float64Array
  ys: Float64Array
  kind: 0 | 1 | 2
  /**
   * The x step when the points are evenly spaced (most tables are), so that `lookup` finds the
   * segment by division instead of a binary search; 0 when they are not.
   */
  step: number
}

const KIND_CODE = { continuous: 0, extrapolate: 1, discrete: 2 } as const

function evenStep(xs: Float64Array): number {
  if (xs.length < 3) return 0
  const step = (xs[xs.length - 1] - xs[0]) / (xs.length - 1)
  for (let i = 1; i < xs.length; i++) {
    if (Math.abs(xs[i] - xs[i - 1] - step) > 1e-9 * Math.abs(step)) return 0
  }
  return step
}

export function toLookupTable(gf: GraphicalFunction): LookupTable {
  const xs = Float64Array.from(gf.xs)
  return { xs, ys: Float64Array.from(gf.ys), kind: KIND_CODE[gf.kind], step: evenStep(xs) }
}

export function lookup(table: LookupTable, x: number): number {
  const { xs, ys, kind } = table
  const last = xs.length - 1
  if (Number.isNaN(x)) return Number.NaN
  if (x <= xs[0]) {
    if (kind === 1 && last > 0) return ys[0] + ((x - xs[0]) * (ys[1] - ys[0])) / (xs[1] - xs[0])
    return ys[0]
  }
  if (x >= xs[last]) {
    if (kind === 1 && last > 0)
      return ys[last] + ((x - xs[last]) * (ys[last] - ys[last - 1])) / (xs[last] - xs[last - 1])
    return ys[last]
  }
  let low = 0
  let high = last
  if (table.step > 0) {
    // The segment by division, then nudged so it is exactly the one the binary search would find.
    low = Math.min(last - 1, Math.floor((x - xs[0]) / table.step))
    while (low > 0 && xs[low] > x) low--
    while (low < last - 1 && xs[low + 1] <= x) low++
    high = low + 1
  }
  while (high - low > 1) {
    const middle = (low + high) >> 1
    if (xs[middle] <= x) low = middle
    else high = middle
  }
  if (kind === 2) return ys[low]
  return ys[low] + ((x - xs[low]) * (ys[high] - ys[low])) / (xs[high] - xs[low])
}

/** A time series a run follows: its table, and where in it the run has got to. */
export interface FollowedSeries {
  table: LookupTable
  /** The segment the last time fell in: times only go forward in a run (RK4's stages too). */
  cursor: number
}

/**
 * The series' value at `t`, as `lookup` gives it, found from where the last time was rather than by
 * a search: one comparison a step instead of a search through every point, so a phased lever costs
 * a run almost nothing.
 */
export function followSeries(series: FollowedSeries, t: number): number {
  const { xs, ys } = series.table
  const last = xs.length - 1
  if (t <= xs[0] || last === 0) return ys[0]
  if (t >= xs[last]) return ys[last]
  let low = series.cursor
  if (xs[low] > t) low = 0
  while (xs[low + 1] <= t) low++
  series.cursor = low
  return ys[low] + ((t - xs[low]) * (ys[low + 1] - ys[low])) / (xs[low + 1] - xs[low])
}
