// The care workforce and the home care market: vacancies and turnover answer pay against the
// alternative wage; delivered care is the lesser of what is funded and what the workforce and the
// providers can deliver; a fee falling further below the providers' cost of care loses capacity
// after a delay, and the clients handed back wait again.
import { describe, expect, it } from 'vitest'
import { at, run, values } from './care-runs'

const baseline = run()
const years = [2024, 2025, 2026, 2027, 2030, 2034, 2044]

describe('the baseline workforce', () => {
  it('starts at the base-year vacancy rate and stays near it as the need for care grows', () => {
    // Skills for Care 2024/25: 7% of posts vacant (care vacancy rate at start).
    expect(at(baseline, 'care vacancy rate', 2024)).toBeCloseTo(0.07, 9)
    for (const year of years) {
      expect(at(baseline, 'care vacancy rate', year)).toBeGreaterThan(0.06)
      expect(at(baseline, 'care vacancy rate', year)).toBeLessThan(0.08)
    }
    expect(at(baseline, 'care workers', 2044)).toBeGreaterThan(1.3 * at(baseline, 'care workers', 2024))
  })

  it('delivers what is funded: the workforce and the providers are not short in the base year', () => {
    expect(at(baseline, 'care staffing factor', 2024)).toBeCloseTo(1, 9)
    expect(at(baseline, 'provider capacity factor', 2024)).toBeCloseTo(1, 9)
  })
})

describe('care worker hourly pay', () => {
  const better = run({ 'care worker hourly pay': 13.5 })
  const worse = run({ 'care worker hourly pay': 11.45 })

  it('raised, lowers the vacancy rate within three years', () => {
    for (const year of [2025.5, 2026, 2027])
      expect(at(better, 'care vacancy rate', year)).toBeLessThan(
        at(baseline, 'care vacancy rate', year) - 0.01,
      )
  })

  it('cut to the National Living Wage, raises vacancies past the base year’s and the workforce delivers less', () => {
    expect(at(worse, 'care vacancy rate', 2027)).toBeGreaterThan(
      at(baseline, 'care vacancy rate', 2027) + 0.005,
    )
    expect(at(worse, 'care staffing factor', 2027)).toBeLessThan(1)
    expect(at(worse, 'home care clients', 2027)).toBeLessThan(at(baseline, 'home care clients', 2027))
  })

  it('raises the providers’ cost of care; with the fee held they hand back care after a delay', () => {
    expect(at(better, 'cost of care per hour', 2025)).toBeGreaterThan(
      at(baseline, 'cost of care per hour', 2025),
    )
    expect(at(better, 'home care fee', 2025)).toBeCloseTo(at(baseline, 'home care fee', 2025), 9)
    expect(at(better, 'provider capacity factor', 2024.1)).toBeGreaterThan(0.99)
    expect(at(better, 'provider capacity factor', 2027)).toBeLessThan(0.95)
    expect(at(better, 'home care clients', 2027)).toBeLessThan(at(baseline, 'home care clients', 2027))
  })

  it('raised with the fee raised to keep its cover, loses no providers', () => {
    const matched = run({ 'care worker hourly pay': 13.5, 'home care hourly cost': 26.2 })
    expect(at(matched, 'provider capacity factor', 2027)).toBeCloseTo(1, 6)
  })
})

describe('the fee falling further below the providers’ cost of care', () => {
  // Pay at the top of its range with the fee held: the fee covers 19% less of the cost of care.
  const squeezed = run({ 'care worker hourly pay': 16 })

  it('hands packages back, and their clients wait again', () => {
    expect(at(squeezed, 'home care packages handed back', 2024.5)).toBeGreaterThan(100)
    for (const year of [2025, 2027, 2030]) {
      expect(at(squeezed, 'people waiting for home care', year)).toBeGreaterThan(
        at(baseline, 'people waiting for home care', year) + 50,
      )
      expect(at(squeezed, 'unmet social care need', year)).toBeGreaterThan(
        at(baseline, 'unmet social care need', year),
      )
    }
  })

  it('loses capacity after a delay, not at once', () => {
    expect(at(squeezed, 'provider capacity factor', 2024.1)).toBeGreaterThan(0.98)
    expect(at(squeezed, 'provider capacity factor', 2027)).toBeLessThan(0.85)
  })
})

describe('a fee cut to the bottom of its range (£18)', () => {
  const cut = run({ 'home care hourly cost': 18 })

  it('buys little or no more care, though the budget buys more hours: providers hand packages back', () => {
    expect(Math.max(...values(cut, 'home care packages handed back'))).toBeGreaterThan(100)
    expect(at(cut, 'home care hours funded', 2030)).toBeGreaterThan(
      1.2 * at(baseline, 'home care hours funded', 2030),
    )
    expect(at(cut, 'home care hours delivered', 2030)).toBeLessThan(
      1.05 * at(baseline, 'home care hours delivered', 2030),
    )
  })
})

describe('delivered home care', () => {
  it.each([
    ['the baseline', {}],
    ['a fee cut', { 'home care hourly cost': 18 }],
    ['low pay', { 'care worker hourly pay': 11.45 }],
    ['fast growth', { 'social care funding growth above demography': 0.03 }],
  ])('is never more than the lesser of what is funded and what can be delivered, in %s', (_label, levers) => {
    const result = run(levers)
    const funded = values(result, 'home care hours funded')
    const deliverable = values(result, 'home care hours deliverable')
    const delivered = values(result, 'home care hours delivered')
    for (let i = 0; i < funded.length; i++) {
      expect(deliverable[i]).toBeLessThanOrEqual(funded[i] * (1 + 1e-12))
      // Capacity lost to fewer care workers is not handed back: fewer packages start and the
      // caseload falls as packages end, so delivery never runs more than a few per cent over it.
      expect(delivered[i]).toBeLessThan(1.05 * deliverable[i])
    }
  })
})
