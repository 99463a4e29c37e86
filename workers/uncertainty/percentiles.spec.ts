import { describe, expect, it } from 'vitest'
import { percentilesByCell, quantileOfSorted } from './percentiles'

describe('quantileOfSorted', () => {
  it('interpolates between the nearest ordered values (type 7)', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    // Position (n - 1) p: 0.9 for p = 0.1, 4.5 for the median, 8.1 for p = 0.9.
    expect(quantileOfSorted(sorted, 10, 0.1)).toBeCloseTo(1.9, 12)
    expect(quantileOfSorted(sorted, 10, 0.5)).toBe(5.5)
    expect(quantileOfSorted(sorted, 10, 0.9)).toBeCloseTo(9.1, 12)
    expect(quantileOfSorted(sorted, 10, 0)).toBe(1)
    expect(quantileOfSorted(sorted, 10, 1)).toBe(10)
  })

  it('gives the one value of a single run and NaN for none', () => {
    expect(quantileOfSorted([4], 1, 0.9)).toBe(4)
    expect(quantileOfSorted([], 0, 0.5)).toBeNaN()
  })
})

describe('percentilesByCell', () => {
  it('takes each cell’s runs in any order and returns one array per probability', () => {
    // Two cells of five runs each, stored cell by cell.
    const values = Float64Array.from([5, 1, 4, 2, 3, 50, 10, 40, 20, 30])
    const [p10, p50, p90] = percentilesByCell(values, 5, [0.1, 0.5, 0.9])
    expect(Array.from(p50)).toEqual([3, 30])
    expect(p10[0]).toBeCloseTo(1.4, 12)
    expect(p90[1]).toBeCloseTo(46, 12)
  })

  it('leaves out values that are not finite', () => {
    const values = Float64Array.from([1, Number.NaN, 3, Number.POSITIVE_INFINITY])
    const [median] = percentilesByCell(values, 4, [0.5])
    expect(median[0]).toBe(2)
  })

  it('does not reorder the values it was given', () => {
    const values = Float64Array.from([3, 1, 2])
    percentilesByCell(values, 3, [0.5])
    expect(Array.from(values)).toEqual([3, 1, 2])
  })
})
