import { describe, expect, it } from 'vitest'
import { CANONICAL_TOLERANCE, compareOutputs, describeComparison, isClose } from './compare-outputs'
import type { OutputTable } from './output-table'

const table = (names: string[], times: number[], columns: number[][]): OutputTable => ({
  names,
  times,
  columns,
})

describe('isClose: |e - a| <= 1e-5 + 1e-4 * max(|e|, |a|)', () => {
  it('accepts differences up to the bound and refuses beyond it', () => {
    expect(isClose(1000, 1000.1, CANONICAL_TOLERANCE)).toBe(true) // bound 0.10001
    expect(isClose(1000, 1000.11, CANONICAL_TOLERANCE)).toBe(false)
    expect(isClose(0, 9e-6, CANONICAL_TOLERANCE)).toBe(true) // near zero the absolute part decides
    expect(isClose(0, 2e-5, CANONICAL_TOLERANCE)).toBe(false)
    expect(isClose(-5, -5.0004, CANONICAL_TOLERANCE)).toBe(true)
  })

  it('matches NaN only with NaN, and an infinity only with itself', () => {
    expect(isClose(Number.NaN, Number.NaN, CANONICAL_TOLERANCE)).toBe(true)
    expect(isClose(Number.NaN, 0, CANONICAL_TOLERANCE)).toBe(false)
    expect(isClose(0, Number.NaN, CANONICAL_TOLERANCE)).toBe(false)
    expect(isClose(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, CANONICAL_TOLERANCE)).toBe(true)
    expect(isClose(Number.POSITIVE_INFINITY, 1e308, CANONICAL_TOLERANCE)).toBe(false)
    expect(isClose(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, CANONICAL_TOLERANCE)).toBe(false)
  })
})

describe('compareOutputs', () => {
  it('matches names loosely: case, spaces, underscores, quotes and subscripts', () => {
    const expected = table(['Teacup Temperature', '"Room Temp"', 'x[A,B]'], [0], [[1], [2], [3]])
    const actual = table(['teacup_temperature', 'room  temp', 'X[a, b]'], [0], [[1], [2], [3]])
    const comparison = compareOutputs(expected, actual, CANONICAL_TOLERANCE)
    expect(comparison).toMatchObject({ compared: expected.names, missingNames: [], mismatches: [] })
  })

  it('matches times printed to six significant digits, and reports canonical times the run lacks', () => {
    const times = [0, 54.96875, 100.03125]
    const expected = table(['a'], [0, 54.9688, 100.031, 200], [[1, 2, 3, 4]])
    const comparison = compareOutputs(expected, table(['a'], times, [[1, 2, 3]]), CANONICAL_TOLERANCE)
    expect(comparison).toMatchObject({ comparedTimes: 3, missingTimes: [200], mismatches: [] })
  })

  it('does not match a time to a neighbour a step away', () => {
    const comparison = compareOutputs(
      table(['a'], [1.5], [[1]]),
      table(['a'], [1.4, 1.6], [[1, 1]]),
      CANONICAL_TOLERANCE,
    )
    expect(comparison.missingTimes).toEqual([1.5])
  })

  it('compares only common variables, listing the canonical ones the run lacks', () => {
    const expected = table(['a', 'FINAL TIME'], [0], [[1], [10]])
    const comparison = compareOutputs(expected, table(['a', 'extra'], [0], [[1], [5]]), CANONICAL_TOLERANCE)
    expect(comparison).toMatchObject({ compared: ['a'], missingNames: ['FINAL TIME'], mismatches: [] })
  })

  it('reports the first differing time of each variable and how many times differ', () => {
    const expected = table(
      ['a', 'b'],
      [0, 1, 2],
      [
        [1, 2, 3],
        [5, 5, 5],
      ],
    )
    const actual = table(
      ['a', 'b'],
      [0, 1, 2],
      [
        [1, 2.5, 3.5],
        [5, 5, 5],
      ],
    )
    const comparison = compareOutputs(expected, actual, CANONICAL_TOLERANCE)
    expect(comparison.mismatches).toEqual([{ name: 'a', time: 1, expected: 2, actual: 2.5, count: 2 }])
    expect(describeComparison(comparison)).toBe(
      "compared 2 variables at 3 times\n'a' at t=1: expected 2, got 2.5 (2 times differ)",
    )
  })
})
