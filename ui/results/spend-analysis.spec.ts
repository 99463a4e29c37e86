import { describe, expect, it } from 'vitest'
import { breakEven, cumulative, cumulativeTotal, spendBelowBaselineFrom } from './spend-analysis'

const times = [0, 1, 2, 3, 4, 5]

describe('cumulative', () => {
  it('integrates a constant rate exactly', () => {
    expect(Array.from(cumulative(times, [10, 10, 10, 10, 10, 10]))).toEqual([0, 10, 20, 30, 40, 50])
  })

  it('integrates a linear rate exactly (trapezoid rule)', () => {
    expect(cumulativeTotal([0, 2], [0, 4])).toBe(4)
  })

  it('stops part way through a step by interpolating', () => {
    expect(cumulativeTotal(times, [10, 10, 10, 10, 10, 10], 2.5)).toBeCloseTo(25)
  })
})

describe('breakEven', () => {
  const baseline = [100, 100, 100, 100, 100, 100]

  it('finds the year cumulative extra spend is paid back, between saved times', () => {
    // Yearly extra spend 20, 20, 0, -20, -30, -30 gives cumulative extra 0, 20, 30, 20, -5, -35:
    // paid back between t=3 (20) and t=4 (-5), at 3 + 20/25.
    const scenario = [120, 120, 100, 80, 70, 70]
    const result = breakEven(times, scenario, baseline)
    expect(result.kind).toBe('breaks-even')
    if (result.kind === 'breaks-even') {
      expect(result.time).toBeCloseTo(3.8)
      expect(result.peakExtra).toBeCloseTo(30)
    }
  })

  it('says when the scenario never spends more', () => {
    const result = breakEven(times, [90, 90, 90, 90, 90, 90], baseline)
    expect(result).toEqual({ kind: 'never-above', saving: 50 })
  })

  it('says when the scenario has not paid back by the end', () => {
    const result = breakEven(times, [150, 150, 150, 100, 100, 100], baseline)
    expect(result.kind).toBe('not-within-horizon')
  })

  it('calls an identical scenario the same', () => {
    expect(breakEven(times, baseline, baseline)).toEqual({ kind: 'same' })
  })
})

describe('spendBelowBaselineFrom', () => {
  it('gives the first time from which yearly spend stays at or below the baseline', () => {
    expect(spendBelowBaselineFrom(times, [120, 90, 110, 95, 95, 95], [100, 100, 100, 100, 100, 100])).toBe(3)
  })

  it('is undefined when the scenario ends above the baseline', () => {
    expect(
      spendBelowBaselineFrom(times, [90, 90, 90, 90, 90, 110], [100, 100, 100, 100, 100, 100]),
    ).toBeUndefined()
  })
})
