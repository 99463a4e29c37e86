// With births, deaths, ageing, migration and the onset of conditions frozen, every area starts in
// equilibrium: the base-year calibration reproduces itself and nothing drifts for twenty years.
import { describe, expect, it } from 'vitest'
import { AREAS } from '../../model/care'
import { areaInputs, careModel, KEY_OUTPUTS, run, values } from './care-runs'

// Demography and prices rising faster than inflation are what change a do-nothing run; frozen, nothing does.
const frozen = {
  'demographic change switch': 0,
  'mortality improvement': 0,
  'care pay growth above inflation': 0,
  'NHS cost growth above inflation': 0,
}

// Quantities that move with time by design: totals since the start, the shift's phasing, the clock,
// the general price index (which turns base-year prices into cash) and the migration rate on its
// way to the projection's long-term level (which moves no one with demography frozen).
const CLOCKS =
  /^(cumulative |shift phase$|years since the base year$|general price index$|net migration rate)/

describe.each(AREAS.map((area) => [area.id, area] as const))('equilibrium in %s', (_id, area) => {
  const result = run({ ...areaInputs(area), ...frozen })

  it.each(KEY_OUTPUTS)('keeps %s flat', (name) => {
    const series = values(result, name)
    const first = series[0]
    expect(Math.abs(first)).toBeGreaterThan(0)
    for (const value of series) expect(Math.abs(value - first) / Math.abs(first)).toBeLessThan(1e-9)
  })

  it('keeps every stock flat, not only the outputs', () => {
    const steps = result.times.length
    const drifting = result.names.filter((name, index) => {
      if (CLOCKS.test(name)) return false
      const first = result.values[index * steps]
      const last = result.values[index * steps + steps - 1]
      return Math.abs(last - first) > 1e-7 * Math.max(1, Math.abs(first))
    })
    expect(drifting).toEqual([])
  })
})

describe('the growth the equilibrium switch turns off', () => {
  it('is real: with demography on, the 85+ population and admissions grow', () => {
    const result = careModel().run()
    const oldest = values(result, 'population[age90plus]')
    expect(oldest[oldest.length - 1] / oldest[0]).toBeGreaterThan(1.3)
    const admissions = values(result, 'emergency admissions')
    expect(admissions[admissions.length - 1] / admissions[0]).toBeGreaterThan(1.05)
  })
})
