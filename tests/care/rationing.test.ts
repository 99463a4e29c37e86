// Rationing is explicit, in the order councils follow, and both partners' money has consequences:
// people leaving hospital are placed first and no eligibility threshold applies to them; people at
// home are rationed by eligibility when the council overspends; self-funders are outside it; and a
// health overspend is a deficit carried forward and recovered from later budgets.
import { describe, expect, it } from 'vitest'
import { leverInput } from '../../model/care'
import { at, run } from './care-runs'

const baseline = run()

describe('a council that must cut social care by 30% from 2025', () => {
  const cut = run({
    'social care funding change': [
      [2025, 0],
      [2025.5, -0.3],
    ],
  })
  const fall = (name: string, year: number) => 1 - at(cut, name, year) / at(baseline, name, year)

  it('tightens eligibility for people at home', () => {
    expect(at(cut, 'eligibility', 2028)).toBeLessThan(0.8)
  })

  it('places people leaving hospital first: their home care starts fall far less than those at home', () => {
    for (const year of [2026, 2028, 2030]) {
      expect(fall('home care starts in community', year)).toBeGreaterThan(0.2)
      expect(fall('home care starts from hospital', year)).toBeLessThan(
        0.5 * fall('home care starts in community', year),
      )
    }
  })

  it('applies no eligibility threshold to hospital discharges: referrals from hospital do not fall', () => {
    for (const year of [2026, 2028, 2030])
      expect(at(cut, 'referrals to home care', year)).toBeGreaterThanOrEqual(
        0.99 * at(baseline, 'referrals to home care', year),
      )
  })

  it('rations only the residents it pays for: self-funders are outside eligibility', () => {
    const selfFunded = (result: typeof baseline, year: number) =>
      at(result, 'care home residents', year) - at(result, 'publicly funded care home residents', year)
    for (const year of [2028, 2030]) {
      expect(fall('publicly funded care home residents', year)).toBeGreaterThan(0.1)
      expect(1 - selfFunded(cut, year) / selfFunded(baseline, year)).toBeLessThan(
        0.5 * fall('publicly funded care home residents', year),
      )
    }
  })

  it('pays only for publicly funded residents', () => {
    const year = 2030
    expect(at(cut, 'care home spend', year)).toBeCloseTo(
      at(cut, 'publicly funded care home residents', year) * at(cut, 'care home place year cost', year),
      0,
    )
  })
})

describe('a health overspend', () => {
  // A shift in a full hospital with no transition money: the double running is overspent.
  const shift = {
    'community shift share': leverInput({ value: 0.1, start: 2026, ramp: 2 }, 0),
    'pooled budget share': 0.5,
  }
  const unfunded = run(shift)
  const funded = run({ ...shift, 'hump fund': 30_000_000 })

  it('is a deficit carried forward, shown as an output', () => {
    expect(at(baseline, 'health deficit carried forward', 2027)).toBeLessThan(100_000)
    expect(at(unfunded, 'health deficit carried forward', 2028)).toBeGreaterThan(5_000_000)
    expect(at(funded, 'health deficit carried forward', 2028)).toBeLessThan(
      0.1 * at(unfunded, 'health deficit carried forward', 2028),
    )
  })

  it('is recovered from later budgets, taking beds the budget would have bought', () => {
    expect(at(unfunded, 'health deficit recovery', 2029)).toBeGreaterThan(1_000_000)
    expect(at(unfunded, 'funded bed base', 2031)).toBeLessThan(at(funded, 'funded bed base', 2031) - 5)
  })

  it('is recovered at no more than the largest yearly share of the budget', () => {
    for (const year of [2028, 2032, 2040])
      expect(at(unfunded, 'health deficit recovery', year)).toBeLessThanOrEqual(
        0.02 * at(unfunded, 'health budget', year) * (1 + 1e-9),
      )
  })
})
