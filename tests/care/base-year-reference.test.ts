// Behaviour is measured against the area's base year, not the run's first step: every reference
// value (base-year occupancy, waits, referrals, budgets, calibrations) comes from the area's figures.
// So a lever set from the first year is a change the model responds to, and the baseline still
// starts on its trend (start-on-trend.test.ts).
import { describe, expect, it } from 'vitest'
import { AREAS, LEVERS, leverRangeFor, scenarioInputs } from '../../model/care'
import { areaInputs, at, run, values } from './care-runs'

const baseline = run()
const beds = 880

describe('acute beds 1.3 times the base year from 2024', () => {
  const more = run({ 'acute beds': beds * 1.3 })

  it('lowers occupancy at once', () => {
    expect(at(more, 'bed occupancy', 2024)).toBeLessThan(at(baseline, 'bed occupancy', 2024) - 0.15)
    for (const year of [2024.25, 2025, 2030])
      expect(at(more, 'bed occupancy', year)).toBeLessThan(at(baseline, 'bed occupancy', year) - 0.05)
  })

  it('raises emergency admissions somewhat, as free beds lower the threshold to admit (Roemer)', () => {
    const rise = at(more, 'emergency admissions', 2025) / at(baseline, 'emergency admissions', 2025) - 1
    expect(rise).toBeGreaterThan(0.02)
    expect(rise).toBeLessThan(0.3)
  })

  it('costs the health partner the extra beds', () => {
    expect(at(more, 'health budget', 2025)).toBeGreaterThan(1.25 * at(baseline, 'health budget', 2025))
  })
})

describe('acute beds 0.8 times the base year from 2024', () => {
  const fewer = run({ 'acute beds': beds * 0.8 })
  const year = 2025

  it.each([
    'bed occupancy',
    'patients waiting for a bed',
    'cancelled elective admissions',
    'delayed discharge beds',
  ])('raises %s', (name) => {
    expect(at(fewer, name, year)).toBeGreaterThan(at(baseline, name, year))
  })

  it('leaves patients waiting for a bed and cancels electives on a scale a board would notice', () => {
    expect(at(fewer, 'patients waiting for a bed', year)).toBeGreaterThan(10)
    expect(at(fewer, 'cancelled elective admissions', year)).toBeGreaterThan(
      5 * at(baseline, 'cancelled elective admissions', year),
    )
  })
})

// Every quantity the model calibrates or measures behaviour against (its name ends 'at start', or
// it is a calibration) must be the same whatever the levers say in the first year.
const isReference = (name: string) =>
  / at start$/.test(name) || /calibration|scale$/.test(name.replace(/\[.*\]$/, ''))

describe.each(AREAS.map((area) => [area.id, area] as const))('references in %s', (_id, area) => {
  const reference = run(areaInputs(area))
  const names = reference.names.filter(isReference)

  it('has the base-year references to check', () => {
    expect(names.length).toBeGreaterThan(40)
    for (const name of ['bed occupancy at start', 'admission calibration', 'home care referral scale'])
      expect(names).toContain(name)
  })

  it.each(LEVERS.flatMap((lever) => leverRangeFor(lever, area).map((value) => [lever.name, value] as const)))(
    'keeps every reference when %s = %s from the first year',
    (lever, value) => {
      const changed = run({ ...areaInputs(area), [lever]: value })
      const moved = names.filter((name) => {
        const a = values(reference, name)
        const b = values(changed, name)
        return a.some((x, i) => Math.abs(x - b[i]) > 1e-9 * Math.max(1, Math.abs(x)))
      })
      expect(moved).toEqual([])
    },
  )
})

describe('an edit of a base-year figure', () => {
  const scenario = { name: 'edited', description: 'An area with more beds', area: 'england-500k', levers: {} }

  it('moves the baseline of the lever that starts from it', () => {
    const inputs = scenarioInputs(scenario, { areaEdits: { 'acute beds at start': 950 } })
    expect(inputs['acute beds']).toBe(950)
    expect(inputs['acute beds at start']).toBe(950)
  })

  it('does not override the lever where the scenario sets it', () => {
    const inputs = scenarioInputs(
      { ...scenario, levers: { 'acute beds': 1000 } },
      { areaEdits: { 'acute beds at start': 950 } },
    )
    expect(inputs['acute beds']).toBe(1000)
  })

  it('phases a lever in from the edited figure', () => {
    const inputs = scenarioInputs(
      { ...scenario, levers: { 'acute beds': { value: 1000, start: 2026, ramp: 2 } } },
      { areaEdits: { 'acute beds at start': 950 } },
    )
    expect(inputs['acute beds']).toEqual([
      [2026, 950],
      [2028, 1000],
    ])
  })
})
