import { describe, expect, it } from 'vitest'
import { tornadoBars, tornadoSettings } from './tornado'

const parameters = [
  { name: 'a', low: 1, high: 3 },
  { name: 'b', low: 10, high: 20, units: 'days' },
  { name: 'c', low: 0, high: 1 },
]

describe('tornado', () => {
  it('asks for each parameter at its low end, then its high end, alone', () => {
    expect(tornadoSettings(parameters)).toEqual([
      { a: 1 },
      { a: 3 },
      { b: 10 },
      { b: 20 },
      { c: 0 },
      { c: 1 },
    ])
  })

  it('sorts the bars by swing, largest first, whichever end gives the larger outcome', () => {
    // Outcome = 100 + 2a - 0.5b + 0c, the others at their defaults (a = 2, b = 15).
    const evaluate = (s: Record<string, number>) => 100 + 2 * (s.a ?? 2) - 0.5 * (s.b ?? 15)
    const bars = tornadoBars(parameters, tornadoSettings(parameters).map(evaluate))
    expect(bars.map((b) => b.parameter)).toEqual(['b', 'a', 'c'])
    expect(bars[0]).toEqual({
      parameter: 'b',
      units: 'days',
      low: 10,
      high: 20,
      outcomeAtLow: 99,
      outcomeAtHigh: 94,
      swing: 5,
    })
    expect(bars[1].swing).toBe(4)
    expect(bars[2].swing).toBe(0)
  })

  it('refuses outcomes that do not match the runs asked for', () => {
    expect(() => tornadoBars(parameters, [1, 2])).toThrow(/two runs a parameter: 6, got 2/)
  })
})
