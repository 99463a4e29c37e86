// Intermediate care and the discharge pathways. NAIC's own occupancy figures were not found
// (docs/evidence/benchmarks.md §11); what was: waits for a place "average 3 days for bed based care,
// 6.3 days for home based services, and 8.7 days for re-ablement" (NAIC 2015), and provision "still
// only about half of that needed" (NAIC 2013). Issue 8 point 1: a service with people waiting runs
// at or near full, and cutting it gives increasingly worse delays. The DHSC discharge guidance (§10):
// pathway 0 "likely to be minimum of 50%", pathway 1 "minimum of 45%", pathway 2 "maximum of 4%",
// pathway 3 "maximum of 1%" of people 65+ discharged.
import { describe, expect, it } from 'vitest'
import { LEVERS } from '../../../model/care'
import { at, run } from '../care-runs'

const baseline = run()
const cut = (share: number) =>
  run({
    'intermediate care funding change': [
      [2026, 0],
      [2027, -share],
    ],
  })
const cuts = [0.1, 0.3, 0.5].map(cut)

describe('intermediate care with people waiting fills its places (issue 8 point 1)', () => {
  it('runs at 90% or more of its places in the baseline and under every cut', () => {
    for (const year of [2025, 2030, 2034]) {
      expect(at(baseline, 'intermediate care utilisation', year)).toBeGreaterThanOrEqual(0.9)
      for (const result of cuts)
        expect(at(result, 'intermediate care utilisation', year)).toBeGreaterThanOrEqual(0.9)
    }
  })

  it('gives increasingly worse delayed discharges for cuts of 10%, 30% and 50%', () => {
    for (const year of [2029, 2034]) {
      const delayed = [baseline, ...cuts].map((result) => at(result, 'delayed discharge beds', year))
      for (let i = 1; i < delayed.length; i++) expect(delayed[i]).toBeGreaterThan(1.05 * delayed[i - 1])
    }
  })

  // Patients kept waiting for intermediate care are given the alternative (a package or a care home
  // place), so a cut also lengthens the care home queue: in 2029 the 30% cut adds about 30 delayed
  // beds on pathways 1-2 and 53 on pathway 3. The test asks only that the pathways it serves rise.
  it('raises pathway 1 and 2 delays when cut', () => {
    const year = 2029
    const byPathway = (result: typeof baseline, pathway: string) =>
      at(result, `delayed discharge beds by pathway[${pathway}]`, year)
    const rise = (pathway: string) => byPathway(cuts[1], pathway) - byPathway(baseline, pathway)
    expect(rise('pathway_1') + rise('pathway_2')).toBeGreaterThan(0.2 * byPathway(baseline, 'pathway_1'))
  })
})

describe('discharge pathways for people 65+ follow the DHSC guidance (area parameters)', () => {
  const share = (name: string) => at(baseline, name, 2024)

  it('sends about 45% home with support, at most 5% to a rehabilitation bed and 2% to a new care home', () => {
    expect(share('pathway 1 share')).toBeGreaterThanOrEqual(0.35)
    expect(share('pathway 1 share')).toBeLessThanOrEqual(0.5)
    expect(share('pathway 2 share')).toBeLessThanOrEqual(0.05)
    expect(share('pathway 3 share')).toBeLessThanOrEqual(0.02)
    const pathway0 = 1 - share('pathway 1 share') - share('pathway 2 share') - share('pathway 3 share')
    expect(pathway0).toBeGreaterThanOrEqual(0.45)
    expect(pathway0).toBeLessThanOrEqual(0.55)
  })

  it('are parameters an analyst can change, not levers fixed in code', () => {
    expect(LEVERS.map((l) => l.name)).not.toContain('pathway 1 share')
    const edited = run({ 'pathway 1 share': 0.3 })
    expect(at(edited, 'delayed discharge beds by pathway[pathway_1]', 2026)).toBeLessThan(
      at(baseline, 'delayed discharge beds by pathway[pathway_1]', 2026),
    )
  })
})
