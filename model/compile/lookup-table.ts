// Graphical functions in the form generated code reads them, and the lookup it calls: for a
// model's own tables, LOOKUP, and time series given as run inputs.
import type { GraphicalFunction } from '../ir'

/** A graphical function in the form `lookup` reads. */
export interface LookupTable {
  xs: Float64Array
  ys: Float64Array
  kind: 0 | 1 | 2
}

const KIND_CODE = { continuous: 0, extrapolate: 1, discrete: 2 } as const

export function toLookupTable(gf: GraphicalFunction): LookupTable {
  return { xs: Float64Array.from(gf.xs), ys: Float64Array.from(gf.ys), kind: KIND_CODE[gf.kind] }
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
  while (high - low > 1) {
    const middle = (low + high) >> 1
    if (xs[middle] <= x) low = middle
    else high = middle
  }
  if (kind === 2) return ys[low]
  return ys[low] + ((x - xs[low]) * (ys[high] - ys[low])) / (xs[high] - xs[low])
}
