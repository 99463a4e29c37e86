// The sampler behind uncertainty bands: seeded draws that repeat exactly, stay in their range and
// pile up around the mode as a triangular distribution does.
import { describe, expect, it } from 'vitest'
import { nameHash, seededUniform } from './seeded-uniform'
import { triangularMean, triangularQuantile } from './triangular'
import { drawParameters } from './uncertainty-job'

const range = { low: 2, mode: 3, high: 10 }

function draws(seed: number, count: number, stream = nameHash('x')): number[] {
  return Array.from({ length: count }, (_, i) => triangularQuantile(seededUniform(seed, i, stream), range))
}

describe('seededUniform', () => {
  it('repeats exactly for the same seed, run and parameter, and differs when any of them changes', () => {
    const stream = nameHash('bed closure delay')
    expect(seededUniform(7, 3, stream)).toBe(seededUniform(7, 3, stream))
    expect(seededUniform(8, 3, stream)).not.toBe(seededUniform(7, 3, stream))
    expect(seededUniform(7, 4, stream)).not.toBe(seededUniform(7, 3, stream))
    expect(seededUniform(7, 3, nameHash('vacancy fill time'))).not.toBe(seededUniform(7, 3, stream))
  })

  it('lies strictly between 0 and 1 and fills ten equal bins evenly', () => {
    const bins = new Array(10).fill(0)
    for (let i = 0; i < 20_000; i++) {
      const u = seededUniform(1, i, 12345)
      expect(u).toBeGreaterThan(0)
      expect(u).toBeLessThan(1)
      bins[Math.floor(u * 10)]++
    }
    // 2,000 expected per bin; sampling noise is about 42, so 200 is far outside chance.
    for (const count of bins) expect(Math.abs(count - 2000)).toBeLessThan(200)
  })
})

describe('triangularQuantile', () => {
  it('maps 0, the mode’s share and 1 to the low end, the mode and the high end', () => {
    expect(triangularQuantile(0, range)).toBe(2)
    expect(triangularQuantile((3 - 2) / (10 - 2), range)).toBeCloseTo(3, 12)
    expect(triangularQuantile(1, range)).toBe(10)
  })

  it('keeps every draw inside the range, even with the mode at an end or outside it', () => {
    for (const mode of [2, 10, -5, 50]) {
      for (let i = 0; i < 2000; i++) {
        const value = triangularQuantile(seededUniform(3, i, 99), { low: 2, mode, high: 10 })
        expect(value).toBeGreaterThanOrEqual(2)
        expect(value).toBeLessThanOrEqual(10)
      }
    }
  })

  it('gives a sample whose mean is (low + mode + high) / 3 and whose busiest bin holds the mode', () => {
    const sample = draws(11, 40_000)
    const mean = sample.reduce((a, b) => a + b, 0) / sample.length
    expect(mean).toBeCloseTo(triangularMean(range), 1)
    const bins = new Array(8).fill(0)
    for (const value of sample) bins[Math.min(7, Math.floor(value - 2))]++
    expect(bins.indexOf(Math.max(...bins))).toBe(1) // the bin [3, 4): the mode is its lower edge
    // A triangle falls linearly from the mode to the high end: the last bin is the emptiest.
    expect(bins[7]).toBe(Math.min(...bins))
  })

  it('returns the low end for an empty range', () => {
    expect(triangularQuantile(0.4, { low: 5, mode: 5, high: 5 })).toBe(5)
  })
})

describe('drawParameters', () => {
  const varied = [
    { name: 'bed closure delay', low: 0.5, mode: 1, high: 3 },
    { name: 'vacancy fill time', low: 0.02, mode: 0.04, high: 0.08 },
  ]

  it('draws the same values for the same seed and run, within each range', () => {
    const first = drawParameters({ seed: 5, varied }, 17)
    expect(drawParameters({ seed: 5, varied }, 17)).toEqual(first)
    expect(drawParameters({ seed: 6, varied }, 17)).not.toEqual(first)
    for (const p of varied) {
      expect(first[p.name]).toBeGreaterThanOrEqual(p.low)
      expect(first[p.name]).toBeLessThanOrEqual(p.high)
    }
  })

  it('keeps a parameter’s draws when another parameter stops varying', () => {
    const both = drawParameters({ seed: 5, varied }, 3)
    const one = drawParameters({ seed: 5, varied: [varied[1]] }, 3)
    expect(one['vacancy fill time']).toBe(both['vacancy fill time'])
  })
})
