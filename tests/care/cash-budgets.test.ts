// Budgets are cash, set from the area's base-year figures: a price lever changes what a budget buys,
// never the budget. So a higher price, with the budget held, buys less care, and the shortfall shows
// where it would in the world: fewer clients or residents, longer waits, more delayed discharges,
// fuller beds.
import { describe, expect, it } from 'vitest'
import { at, run } from './care-runs'

const baseline = run()
const within5Years = [2025, 2026, 2027, 2028, 2029]

describe.each([
  ['home care hourly cost', 23.26 * 1.35],
  ['care home weekly cost', 950 * 1.3],
  ['bed day cost', 562 * 1.2],
  ['intermediate care weekly cost', 850 * 1.3],
] as const)('%s raised from the first year', (lever, price) => {
  const dearer = run({ [lever]: price })

  it('leaves both partners’ budgets as they were (cash)', () => {
    for (const year of [2024, 2027, 2034, 2044]) {
      expect(at(dearer, 'health budget', year)).toBeCloseTo(at(baseline, 'health budget', year), 0)
      expect(at(dearer, 'social care budget', year)).toBeCloseTo(at(baseline, 'social care budget', year), 0)
    }
  })
})

describe('a home care fee 35% higher with the budget held', () => {
  const dearer = run({ 'home care hourly cost': 23.26 * 1.35 })
  const change = (name: string, year: number) => at(dearer, name, year) - at(baseline, name, year)

  it('buys fewer home care clients within five years', () => {
    for (const year of within5Years) expect(change('home care clients', year)).toBeLessThan(-100)
  })

  it('raises delayed discharges, unmet social care need and bed occupancy within five years', () => {
    for (const year of within5Years) {
      expect(change('delayed discharge beds', year)).toBeGreaterThan(5)
      expect(change('unmet social care need', year)).toBeGreaterThan(50)
      expect(change('bed occupancy', year)).toBeGreaterThan(0.005)
    }
  })

  it('takes the commissioning lag to show: a quarter of the fall in the first three months at most', () => {
    const early = change('home care clients', 2024.25)
    const later = change('home care clients', 2026)
    expect(early).toBeLessThan(0)
    expect(Math.abs(early)).toBeLessThan(0.25 * Math.abs(later))
  })
})

describe('a care home fee 30% higher with the budget held', () => {
  const dearer = run({ 'care home weekly cost': 950 * 1.3 })

  it('lowers care home residents within five years', () => {
    for (const year of within5Years)
      expect(at(dearer, 'care home residents', year)).toBeLessThan(
        at(baseline, 'care home residents', year) - 50,
      )
  })
})

describe('the bed-day cost sets what the acute budget buys', () => {
  const dearer = run({ 'bed day cost': 562 * 1.2 })
  const cheaper = run({ 'bed day cost': 562 * 0.8 })

  it('buys fewer beds at a higher cost and more at a lower one, after the bed planning delay', () => {
    const beds = (result: typeof baseline) =>
      at(result, 'available beds', 2027) / at(baseline, 'available beds', 2027)
    expect(beds(dearer)).toBeCloseTo(1 / 1.2, 1)
    expect(beds(cheaper)).toBeCloseTo(1 / 0.8, 1)
  })

  it('fills the hospital when beds are dearer and empties it when they are cheaper', () => {
    expect(at(dearer, 'bed occupancy', 2027)).toBeGreaterThan(at(baseline, 'bed occupancy', 2027) + 0.03)
    expect(at(cheaper, 'bed occupancy', 2027)).toBeLessThan(at(baseline, 'bed occupancy', 2027) - 0.03)
  })
})

describe('an intermediate care place 30% dearer with the budget held', () => {
  const dearer = run({ 'intermediate care weekly cost': 850 * 1.3 })

  it('buys fewer places and cares for fewer people', () => {
    expect(at(dearer, 'intermediate care capacity', 2027)).toBeLessThan(
      0.8 * at(baseline, 'intermediate care capacity', 2027),
    )
    expect(at(dearer, 'intermediate care clients', 2027)).toBeLessThan(
      at(baseline, 'intermediate care clients', 2027),
    )
  })
})
