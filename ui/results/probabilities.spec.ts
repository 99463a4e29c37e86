import { describe, expect, it } from 'vitest'
import type { EnsembleBands } from '../../workers/decisions-api'
import { PercentileBands } from './percentile-bands'
import {
  formatProbability,
  probabilityBeats,
  probabilityCostsLess,
  probabilityStaysAtOrBelow,
} from './probabilities'

/** Quarterly kept times over 2024-2034 and four runs; each output given as run -> time -> value. */
const times = Float64Array.from({ length: 41 }, (_, i) => 2024 + i / 4)

function ensemble(outputs: Record<string, (run: number, t: number) => number>, seed = 1): PercentileBands {
  const names = Object.keys(outputs)
  const samples = 4
  const runValues = new Float32Array(names.length * times.length * samples)
  names.forEach((name, o) => {
    times.forEach((t, k) => {
      for (let r = 0; r < samples; r++) runValues[(o * times.length + k) * samples + r] = outputs[name](r, t)
    })
  })
  const empty = new Float64Array(names.length * times.length)
  const result: EnsembleBands = {
    status: 'done',
    times,
    outputNames: names,
    p10: empty,
    p25: empty,
    p50: empty,
    p75: empty,
    p90: empty,
    samples,
    seed,
    parameters: [{ name: 'x', low: 0, mode: 1, high: 2 }],
    incompleteRuns: 0,
    elapsedMs: 0,
    engineMs: 0,
    stride: 3,
    workers: 2,
    runValues,
    draws: new Float64Array(samples),
  }
  return new PercentileBands(result)
}

describe('probability statements from paired runs', () => {
  // Baseline spend 100 a year in every run; the scenario spends 30 extra in its first two years,
  // then saves 5 r a year (run r = 0..3): run 0 never pays back, run 3 does within 5 years.
  const baseline = ensemble({ 'total spend': () => 100e6, 'bed occupancy': () => 0.93 })
  const scenario = ensemble({
    'total spend': (r, t) => (t < 2026 ? 130e6 : (100 - 5 * r) * 1e6),
    'bed occupancy': (r, t) => (t >= 2030 && t < 2031 && r === 1 && t > 2030.4 ? 0.925 : 0.9 + r * 0.01),
  })

  it('counts the runs that cost less than their own baseline run over 5 and 10 years, discounted', () => {
    // Undiscounted over 5 years: -60 + 3 x 5r > 0 needs r > 4 (none); over 10: -60 + 8 x 5r > 0 needs r >= 2.
    const five = probabilityCostsLess(scenario, baseline, 5, { discountRate: 0, yearBasis: 'calendar' })
    const ten = probabilityCostsLess(scenario, baseline, 10, { discountRate: 0, yearBasis: 'calendar' })
    expect(five).toEqual({ probability: 0, runs: 4 })
    expect(ten).toEqual({ probability: 0.5, runs: 4 })
  })

  it('asks that occupancy stay at or below the line at every point of the year', () => {
    // Runs 0, 1 and 2 are at 90%, 91% and 92% (at the line counts); run 1 goes above in late 2030.
    expect(probabilityStaysAtOrBelow(scenario, 'bed occupancy', 2029, 0.92)).toEqual({
      probability: 0.75,
      runs: 4,
    })
    expect(probabilityStaysAtOrBelow(scenario, 'bed occupancy', 2030, 0.92)).toEqual({
      probability: 0.5,
      runs: 4,
    })
    expect(probabilityStaysAtOrBelow(baseline, 'bed occupancy', 2030, 0.92)?.probability).toBe(0)
  })

  it('says how often one scenario beats another, run by run, in either direction of better', () => {
    // Run 3 equals its baseline run (93% occupancy; run 0 the same spend): a tie is not a win.
    expect(probabilityBeats(scenario, baseline, 'bed occupancy', 2028, true)).toEqual({
      probability: 0.75,
      runs: 4,
    })
    expect(probabilityBeats(scenario, baseline, 'total spend', 2028, true)?.probability).toBe(0.75)
    expect(probabilityBeats(scenario, baseline, 'total spend', 2028, false)?.probability).toBe(0)
  })

  it('refuses to pair ensembles whose draws differ', () => {
    const otherSeed = ensemble({ 'total spend': () => 100e6 }, 2)
    expect(probabilityCostsLess(scenario, otherSeed, 5)).toBeUndefined()
  })

  it('reads as a percentage, saying what the run count cannot resolve', () => {
    expect(formatProbability({ probability: 0.873, runs: 1000 })).toBe('87%')
    expect(formatProbability({ probability: 1, runs: 1000 })).toBe('over 99%')
    expect(formatProbability({ probability: 0, runs: 50 })).toBe('under 2%')
  })
})
