// Each area's do-nothing run starts on its trend: a system that has been growing for years does
// not jump in its first months. The rule: no key output (nor either budget balance) changes over
// the first year by more than twice its average yearly change over years 2-5, plus 0.2% of its
// base-year level (a balance: of its partner's budget).
// - Twice: demography itself is not steady (cohorts move through the bands; Scotland's 75-84s grow
//   1.4 times faster in 2024 than on average over 2025-28), so the first year may differ from the
//   next four, but not by the multiples a start-up transient gives (occupancy rose 34 times its
//   later yearly change in the first year of version 0.3, the health balance 35 times).
// - 0.2% of the level: outputs that are nearly flat (occupancy, balances) have a later change near
//   zero; a first-year move below 0.2% of the level (0.2 points of occupancy, £0.4m of the default
//   area's £189m health budget) is below what any of them is reported to.
// The population is left out: it follows the area's projection, whose first years differ from the
// later ones by design (net migration falls to its long-term rate by 2028; the baby boom reaches 65
// in waves), and evidence/ons-population.test.ts holds it to the projection instead.
import { describe, expect, it } from 'vitest'
import { AREAS } from '../../model/care'
import { areaInputs, at, KEY_OUTPUTS, run } from './care-runs'

const BALANCES: Record<string, string> = {
  'health budget balance': 'health budget',
  'social care budget balance': 'social care budget',
}
const MULTIPLE = 2
const FLAT_SHARE = 0.002

describe.each(AREAS.map((area) => [area.id, area] as const))('the baseline of %s', (_id, area) => {
  const result = run(areaInputs(area))
  const start = area.baseYear
  const value = (name: string, years: number) => at(result, name, start + years)

  const services = KEY_OUTPUTS.filter((name) => !/population/.test(name))
  it.each([...services, ...Object.keys(BALANCES)])(
    'changes %s in its first year no faster than its trend allows',
    (name) => {
      const firstYear = value(name, 1) - value(name, 0)
      const laterYearly = (value(name, 5) - value(name, 1)) / 4
      const level = Math.abs(value(BALANCES[name] ?? name, 0))
      expect(Math.abs(firstYear)).toBeLessThanOrEqual(MULTIPLE * Math.abs(laterYearly) + FLAT_SHARE * level)
    },
  )

  // A balance that starts at its base-year value and moves within months shows that the budget and
  // the spending it is compared with started on different paths (in version 0.3 the health
  // balance rose by 0.4% of the budget in three months, the social care balance by 0.65%).
  it.each(Object.entries(BALANCES))('does not move %s in its first three months', (balance, budget) => {
    const moved = Math.abs(value(balance, 0.25) - value(balance, 0))
    expect(moved).toBeLessThan(0.0005 * value(budget, 0))
  })
})
