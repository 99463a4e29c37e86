import { describe, expect, it } from 'vitest'
import { goalSeek } from './goal-seek'

describe('goalSeek', () => {
  it('finds where a falling outcome reaches the target, in a few runs', () => {
    // Occupancy falling with the shift: 0.95 - 0.2 x reaches 0.92 at x = 0.15.
    const result = goalSeek({ low: 0, high: 0.4, target: 0.92, evaluate: (x) => 0.95 - 0.2 * x })
    expect(result.status).toBe('found')
    if (result.status !== 'found') return
    expect(result.value).toBeCloseTo(0.15, 6)
    expect(result.achieved).toBeCloseTo(0.92, 6)
    expect(result.runs).toBeLessThan(20)
  })

  it('converges on a curved outcome, landing on the side that reaches the target', () => {
    const evaluate = (x: number) => 1e7 * (1 - Math.exp(-3 * x)) - 4e6
    const result = goalSeek({ low: 0, high: 2, target: 0, evaluate, tolerance: 1e-9 })
    expect(result.status).toBe('found')
    if (result.status !== 'found') return
    expect(result.value).toBeCloseTo(-Math.log(0.6) / 3, 8)
    expect(result.achieved).toBeGreaterThanOrEqual(0)
    expect(result.runs).toBeLessThan(30)
  })

  it('gives the smallest value that works when the outcome turns back', () => {
    // Crosses 1 going up at x = 1 and again going down at x = 3.
    const result = goalSeek({ low: 0, high: 4, target: 1, evaluate: (x) => 2 - (x - 2) ** 2 })
    expect(result.status).toBe('found')
    if (result.status === 'found') expect(result.value).toBeCloseTo(1, 5)
  })

  it('answers at once when the low end already gives the target', () => {
    const result = goalSeek({ low: 0, high: 1, target: 5, evaluate: () => 5 })
    expect(result).toEqual({ status: 'found', value: 0, achieved: 5, runs: 1 })
  })

  it('says no value in the range reaches the target, with the outcomes at the ends', () => {
    const result = goalSeek({ low: 0, high: 0.4, target: 0.9, evaluate: (x) => 0.95 - 0.1 * x })
    expect(result.status).toBe('unreachable')
    if (result.status !== 'unreachable') return
    expect(result.atLow).toEqual({ value: 0, outcome: 0.95 })
    expect(result.atHigh.value).toBe(0.4)
    expect(result.atHigh.outcome).toBeCloseTo(0.91, 12)
    expect(result.lowest.outcome).toBeCloseTo(0.91, 12)
    expect(result.runs).toBe(9)
  })

  it('stops with a message when the model gives no number', () => {
    expect(() =>
      goalSeek({ low: 0, high: 1, target: 1, evaluate: (x) => (x > 0.5 ? Number.NaN : 0) }),
    ).toThrow(/no number for the outcome at 0\.625/)
  })
})
