import { describe, expect, it } from 'vitest'
import type { GraphicalFunction } from '../ir'
import { followSeries, lookup, toLookupTable } from './lookup-table'

/** Linear interpolation found by scanning, the definition `lookup` must match exactly. */
function byScan(gf: GraphicalFunction, x: number): number {
  const { xs, ys } = gf
  if (x <= xs[0]) return ys[0]
  if (x >= xs[xs.length - 1]) return ys[ys.length - 1]
  let low = 0
  while (xs[low + 1] <= x) low++
  return ys[low] + ((x - xs[low]) * (ys[low + 1] - ys[low])) / (xs[low + 1] - xs[low])
}

describe('graphical function lookup', () => {
  it('finds an evenly spaced table’s segment by division, giving exactly what a search gives', () => {
    const xs = Array.from({ length: 11 }, (_, i) => 0.1 * i)
    const gf: GraphicalFunction = { kind: 'continuous', xs, ys: xs.map((x) => Math.sin(7 * x)) }
    const table = toLookupTable(gf)
    expect(table.step).toBeCloseTo(0.1, 12)
    for (let i = -20; i <= 1200; i++) {
      const x = i / 1000
      expect(lookup(table, x)).toBe(byScan(gf, x))
    }
    for (const x of xs) expect(lookup(table, x)).toBe(byScan(gf, x))
  })

  it('searches an unevenly spaced table', () => {
    const gf: GraphicalFunction = { kind: 'continuous', xs: [0, 1, 5, 6], ys: [0, 10, 20, 0] }
    const table = toLookupTable(gf)
    expect(table.step).toBe(0)
    for (const x of [-1, 0, 0.5, 1, 3, 5, 5.5, 6, 7]) expect(lookup(table, x)).toBe(byScan(gf, x))
  })
})

describe('following a time series through a run', () => {
  it('gives what lookup gives at every time, forward through RK4 stage times', () => {
    const gf: GraphicalFunction = { kind: 'continuous', xs: [2025, 2026.5, 2028, 2035], ys: [0, 0.2, 0.1, 1] }
    const series = { table: toLookupTable(gf), cursor: 0 }
    for (let n = 0; n <= 2000; n++) {
      for (const t of [2020 + n * 0.01, 2020 + n * 0.01 + 0.005]) {
        expect(followSeries(series, t)).toBe(lookup(series.table, t))
      }
    }
  })
})
