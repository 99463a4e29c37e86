// Direction checks: the model moves the way the evidence and common sense say it should when
// social care is cut, intermediate care expands, or money shifts from beds to the community.
import { describe, expect, it } from 'vitest'
import { findArea, leverInput } from '../../model/care'
import { at, run } from './care-runs'

const baseline = run()

describe('cutting social care capacity', () => {
  const cut = run({
    'social care funding change': [
      [2025, 0],
      [2026, -0.2],
    ],
  })

  it('raises delayed discharges', () => {
    expect(at(cut, 'delayed discharge beds', 2024)).toBeCloseTo(
      at(baseline, 'delayed discharge beds', 2024),
      6,
    )
    expect(at(cut, 'delayed discharge beds', 2028)).toBeGreaterThan(
      1.2 * at(baseline, 'delayed discharge beds', 2028),
    )
  })

  it('raises bed occupancy', () => {
    expect(at(cut, 'bed occupancy', 2028) - at(baseline, 'bed occupancy', 2028)).toBeGreaterThan(0.01)
  })

  it('raises unmet social care need and lowers home care clients', () => {
    expect(at(cut, 'unmet social care need', 2028)).toBeGreaterThan(
      at(baseline, 'unmet social care need', 2028),
    )
    expect(at(cut, 'home care clients', 2028)).toBeLessThan(at(baseline, 'home care clients', 2028))
  })
})

describe('expanding intermediate care', () => {
  const start = 2026
  const expanded = run({
    'intermediate care funding change': [
      [start, 0],
      [start + 0.01, 0.6],
    ],
  })
  const change = (name: string, year: number) => at(expanded, name, year) / at(baseline, name, year) - 1

  it('lowers emergency admissions and occupancy, after a delay', () => {
    // Capacity follows funding only after recruitment: little change in the first weeks.
    expect(Math.abs(change('emergency admissions', start + 0.05))).toBeLessThan(0.002)
    expect(change('emergency admissions', start + 2)).toBeLessThan(-0.005)
    expect(at(expanded, 'bed occupancy', start + 2)).toBeLessThan(
      at(baseline, 'bed occupancy', start + 2) - 0.005,
    )
  })

  it('has grown its capacity gradually (a commissioning delay, not a jump)', () => {
    const early = change('intermediate care clients', start + 0.25)
    const later = change('intermediate care clients', start + 2)
    expect(early).toBeGreaterThan(0)
    expect(later).toBeGreaterThan(1.5 * early)
  })
})

describe('shifting money from beds to the community', () => {
  const shift = {
    // Phased in from 2026 over four years, as the app's Phase in writes it (lever-input.ts).
    'community shift share': leverInput({ value: 0.1, start: 2026, ramp: 4 }, 0),
    'shift to intermediate care share': 0.4,
  }

  // Scotland runs at 87% occupancy, below the closure ceiling: beds can close as fast as the plan
  // says, so the transition money is needed only while they do.
  describe('where the hospital has beds to spare (Scotland)', () => {
    const scotland = findArea('scotland')!.parameters
    const reference = run(scotland)
    const shifted = run({ ...scotland, ...shift, 'hump fund': 140_000_000 })
    const extraSpend = (year: number) => at(shifted, 'total spend', year) - at(reference, 'total spend', year)

    it('costs more while services double-run, before it saves', () => {
      for (const year of [2027, 2027.5]) expect(extraSpend(year)).toBeGreaterThan(0)
      for (const year of [2032, 2034]) expect(extraSpend(year)).toBeLessThan(0)
    })

    it('uses the transition fund only while beds are closing', () => {
      expect(at(shifted, 'hump fund used', 2027.5)).toBeGreaterThan(10_000_000)
      expect(at(shifted, 'hump fund used', 2036)).toBeLessThan(0.2 * at(shifted, 'hump fund used', 2027.5))
      expect(at(shifted, 'beds closed for the shift', 2036)).toBeGreaterThan(
        0.95 * at(shifted, 'beds released by shift', 2036),
      )
    })
  })

  // The default area runs at 92.5%, above the 92% closure ceiling: wards close only as the
  // community services bring demand down (Torbay's beds fell as its demand fell; Ham 2010), and
  // pooled social care savings pay for part of the shift. The transition still finishes: the
  // planned closures complete a few years after the shift is in place, and double running ends.
  describe('where the hospital is full (default area)', () => {
    const shifted = run({ ...shift, 'pooled budget share': 0.5, 'hump fund': 8_000_000 })

    it('closes the planned beds as demand falls, without filling the hospital above the ceiling', () => {
      expect(at(shifted, 'beds closed for the shift', 2029)).toBeLessThan(
        0.8 * at(shifted, 'beds released by shift', 2029),
      )
      for (const year of [2034, 2036]) {
        expect(at(shifted, 'beds closed for the shift', year)).toBeGreaterThan(
          0.95 * at(shifted, 'beds released by shift', year),
        )
      }
      for (const year of [2031, 2034, 2038]) expect(at(shifted, 'bed occupancy', year)).toBeLessThan(0.925)
    })

    it('needs the transition fund for a few years only, and no longer with a looser ceiling', () => {
      const peak = Math.max(...[2027, 2028, 2029, 2030].map((year) => at(shifted, 'hump fund used', year)))
      expect(peak).toBeGreaterThan(2_000_000)
      expect(at(shifted, 'hump fund used', 2034)).toBeLessThan(0.1 * peak)
      const looser = run({
        ...shift,
        'pooled budget share': 0.5,
        'hump fund': 8_000_000,
        'bed closure occupancy ceiling': 0.95,
      })
      expect(at(looser, 'hump fund used', 2031)).toBeLessThanOrEqual(at(shifted, 'hump fund used', 2031))
      expect(at(looser, 'beds closed for the shift', 2031)).toBeGreaterThanOrEqual(
        at(shifted, 'beds closed for the shift', 2031),
      )
    })

    it('cuts delayed discharges and moves care into the community', () => {
      expect(at(shifted, 'delayed discharge beds', 2032)).toBeLessThan(
        at(baseline, 'delayed discharge beds', 2032),
      )
      expect(at(shifted, 'intermediate care clients', 2032)).toBeGreaterThan(
        at(baseline, 'intermediate care clients', 2032),
      )
      expect(at(shifted, 'available beds', 2032)).toBeLessThan(at(baseline, 'available beds', 2032))
    })

    it('without transition money, pays for double running with a health overspend', () => {
      const unfunded = run({ ...shift, 'pooled budget share': 0.5 })
      // While the beds are closing (2029), not once they have (the transition finishes).
      expect(at(unfunded, 'community investment', 2029)).toBeGreaterThan(1_000_000)
      expect(at(unfunded, 'double running cost', 2029)).toBeGreaterThan(1_000_000)
      expect(at(unfunded, 'hump fund used', 2029)).toBe(0)
      expect(at(unfunded, 'health budget balance', 2029)).toBeLessThan(
        at(baseline, 'health budget balance', 2029),
      )
      expect(at(shifted, 'health budget balance', 2029)).toBeGreaterThan(
        at(unfunded, 'health budget balance', 2029),
      )
    })
  })

  it('cannot reach home care without a pooled fund', () => {
    const noPool = run({
      'pooled budget share': 0,
      'community shift share': 0.1,
      'shift to intermediate care share': 0,
      'hump fund': 8_000_000,
    })
    expect(at(noPool, 'home care clients', 2032)).toBeCloseTo(at(baseline, 'home care clients', 2032), 6)
    expect(at(noPool, 'available beds', 2032)).toBeCloseTo(at(baseline, 'available beds', 2032), 6)
  })
})
