// Reablement. "The costs of the social care services used by people in the reablement group during
// the 12 months of the study (excluding the costs of the reablement intervention itself) were 60 per
// cent less than the costs of the social care services used by people using conventional home care
// services. However, this reduction in social care costs was almost entirely offset by the initial
// cost of the reablement intervention." (Glendinning C et al., Home care re-ablement services:
// investigating the longer-term impacts, SPRU York / PSSRU Kent, 2010, executive summary). Lewin et
// al. 2013: reabled people "were less likely to use ... any other type of home care over the next 3
// years" (docs/evidence/benchmarks.md §6-7). Issue 8 point 2: expanding reablement lowers or holds
// long-term care and unmet need over ten years at roughly neutral social care cost.
//
// The model has no cohort of reabled people to cost on its own, so the 60% is not tested directly;
// the test holds the whole system to what it implies.
import { describe, expect, it } from 'vitest'
import { at } from '../care-runs'
import { change, runScenarioFile } from './scenario-runs'

const baseline = runScenarioFile('baseline.json')
const expanded = runScenarioFile('reablement-expansion.json')
const start = 2026

describe('Glendinning 2010: reablement lowers later social care use, at about the cost of the episodes', () => {
  it.each([2, 5, 10])(
    'holds long-term home care and lowers care home use and unmet need at year %i',
    (years) => {
      const year = start + years
      // "Holds": within 1% (reabled people leave the queue for a package, and the package freed goes
      // to the next person waiting).
      expect(change(expanded, baseline, 'home care clients', year)).toBeLessThan(0.01)
      expect(change(expanded, baseline, 'care home residents', year)).toBeLessThan(0)
      expect(change(expanded, baseline, 'unmet social care need', year)).toBeLessThan(0)
    },
  )

  it('costs social care no more in its first year, and lowers it thereafter', () => {
    for (const year of [start + 1, start + 2, start + 5, start + 10])
      expect(change(expanded, baseline, 'social care spend', year)).toBeLessThanOrEqual(0)
  })

  it('is roughly cost-neutral once the episodes are paid for: social care and intermediate care within 10%', () => {
    const careCost = (result: typeof baseline, year: number) =>
      at(result, 'social care spend', year) + at(result, 'intermediate care spend', year)
    for (const year of [start + 1, start + 2, start + 5]) {
      const ratio = careCost(expanded, year) / careCost(baseline, year) - 1
      expect(Math.abs(ratio)).toBeLessThan(0.1)
    }
  })
})
