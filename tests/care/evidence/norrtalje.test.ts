// Norrtälje. "IC was associated with a decrease in the rate of ED visits (incidence rate ratio:
// 0.997, 95% CI 0.995 to 0.998) among inhabitants 65+ years ... there was no significant decrease
// in the trend among those 80+ years." (Doheny M et al., BMJ Open 2020;10:e036182; Stockholm County
// residents 65+, 2000-2015, integration of funding, administration and delivery from 2006.)
// Ambulatory care sensitive admissions: trend change -0.2441 (p = 0.008) for 65+, +0.2510
// (p = 0.189) for 80+ (Agerholm J et al., IJIC 2021;21(2):22, Table 3). docs/evidence/benchmarks.md §8.
//
// Organisational integration alone (one budget, no new services) must therefore change emergency
// admissions little, and not at all noticeably for the oldest.
import { describe, expect, it } from 'vitest'
import { at, run } from '../care-runs'

const baseline = run()
const integrated = run({ 'pooled budget share': 1 })
const change = (name: string, year: number) => at(integrated, name, year) / at(baseline, name, year) - 1

describe('Norrtälje (Doheny 2020): integrating budgets alone has a small effect, none for the oldest', () => {
  it('changes emergency admissions by less than 3% over five years', () => {
    for (const year of [2025, 2027, 2029])
      expect(Math.abs(change('emergency admissions', year))).toBeLessThan(0.03)
  })

  it('changes the admissions of people 85 and over by less than 3%', () => {
    for (const band of ['age85to89', 'age90plus'])
      expect(Math.abs(change(`underlying emergency admissions[${band}]`, 2029))).toBeLessThan(0.03)
  })

  it('does not act more on the oldest than on people 65-74', () => {
    const oldest = Math.abs(change('underlying emergency admissions[age90plus]', 2029))
    const younger = Math.abs(change('underlying emergency admissions[age65to69]', 2029))
    expect(oldest).toBeLessThanOrEqual(younger + 1e-9)
  })
})
