// Levers whose scale depends on the place (beds, money) have each area's own range: sensible for
// San Marino's 110 beds and for Scotland's 13,792, and the same range for the scenario files, the
// CLI and the app (leverRangeFor).
import { describe, expect, it } from 'vitest'
import { AREAS, findArea, LEVERS, leverRangeFor } from '../../model/care'
import { SCALED_LEVER_RULES } from '../../model/care/areas/lever-ranges'

const lever = (name: string) => LEVERS.find((l) => l.name === name)!
const range = (name: string, areaId: string) => leverRangeFor(lever(name), findArea(areaId)!)

describe.each(AREAS.map((area) => [area.id, area] as const))('lever ranges in %s', (_id, area) => {
  it('gives a range for each lever whose scale depends on the place, and only for levers', () => {
    expect(Object.keys(area.leverRanges ?? {}).sort()).toEqual(SCALED_LEVER_RULES.map((r) => r.lever).sort())
  })

  it.each(LEVERS.map((l) => [l.name, l] as const))('keeps %s within a range on its step', (_name, spec) => {
    const [min, max] = leverRangeFor(spec, area)
    expect(min).toBeLessThan(max)
    // A control stepping from the minimum lands on the maximum.
    expect(Number.isInteger(Math.round(((max - min) / spec.step) * 1e6) / 1e6)).toBe(true)
    // The ends are the decimals they are printed as, so an analyst can set a lever to either.
    expect(String(min)).toBe(String(Number(min.toFixed(9))))
    expect(String(max)).toBe(String(Number(max.toFixed(9))))
    // The area's own value, where it sets one, is a setting the lever allows.
    const own = area.parameters[spec.name]
    if (own !== undefined) {
      expect(own).toBeGreaterThanOrEqual(min)
      expect(own).toBeLessThanOrEqual(max)
    }
  })

  it('allows half to one and a half times its beds, and no money at all', () => {
    const [fewest, most] = leverRangeFor(lever('acute beds'), area)
    const beds = area.parameters['acute beds']
    const { step } = lever('acute beds')
    expect(Math.abs(fewest - 0.5 * beds)).toBeLessThan(step)
    expect(Math.abs(most - 1.5 * beds)).toBeLessThan(step)
    for (const money of ['hump fund', 'prevention spend'])
      expect(leverRangeFor(lever(money), area)[0]).toBe(0)
  })

  it('lets the transition fund pay for the largest shift in full', () => {
    const acuteBudget = area.parameters['acute beds'] * area.parameters['bed day cost'] * 365
    const [, most] = leverRangeFor(lever('hump fund'), area)
    expect(most).toBeGreaterThanOrEqual(lever('community shift share').max * acuteBudget)
    expect(most).toBeLessThan(lever('community shift share').max * acuteBudget + lever('hump fund').step)
  })
})

describe('ranges scale with the place', () => {
  it('keeps San Marino below the smallest English setting and Scotland above the largest', () => {
    for (const name of ['acute beds', 'hump fund', 'prevention spend']) {
      expect(range(name, 'san-marino')[1]).toBeLessThan(range(name, 'england-500k')[1])
      expect(range(name, 'scotland')[1]).toBeGreaterThan(range(name, 'england-500k')[1])
    }
    expect(range('acute beds', 'san-marino')[1]).toBeLessThan(range('acute beds', 'england-500k')[0])
    expect(range('acute beds', 'scotland')[0]).toBeGreaterThan(range('acute beds', 'england-500k')[1])
  })

  it('keeps the levers’ own range for levers that do not depend on the place', () => {
    for (const area of AREAS) expect(leverRangeFor(lever('pooled budget share'), area)).toEqual([0, 1])
  })
})
