// Every lever does something real: swept over its range in each area, everything else held, each
// changes at least one activity output (people, beds, clients, admissions), not only money. A lever
// that acts through another (a transition fund needs a shift to pay for) is swept with that one set
// as its `actsWith` says. No lever in this version is accounting-only (one that only values money);
// were one added, it would have to say so in its LeverSpec and be left out here.
import { describe, expect, it } from 'vitest'
import { AREAS, LEVERS, leverRangeFor } from '../../model/care'
import type { RunResult } from '../../model/simulation'
import { areaInputs, run, values } from './care-runs'

const ACTIVITY = [
  'emergency admissions',
  'occupied beds',
  'available beds',
  'patients waiting for a bed',
  'cancelled elective admissions',
  'delayed discharge beds',
  'readmissions',
  'intermediate care clients',
  'step up admissions',
  'home care clients',
  'care home residents',
  'unmet social care need',
  'care workers',
]

/** The largest relative difference of any activity output between two runs, over all saved times. */
function activityChange(a: RunResult, b: RunResult): { name: string; change: number } {
  let largest = { name: '', change: 0 }
  for (const name of ACTIVITY) {
    const x = values(a, name)
    const y = values(b, name)
    for (let i = 0; i < x.length; i++) {
      const change = Math.abs(x[i] - y[i]) / Math.max(Math.abs(x[i]), 1)
      if (change > largest.change) largest = { name, change }
    }
  }
  return largest
}

describe.each(AREAS.map((area) => [area.id, area] as const))('in %s', (_id, area) => {
  it.each(LEVERS.map((lever) => [lever.name, lever] as const))(
    '%s changes activity across its range',
    (_name, lever) => {
      const context = { ...areaInputs(area), ...(lever.actsWith ?? {}) }
      const [low, high] = leverRangeFor(lever, area)
      const atLow = run({ ...context, [lever.name]: low })
      const atHigh = run({ ...context, [lever.name]: high })
      const { name, change } = activityChange(atLow, atHigh)
      expect({ lever: lever.name, name, acts: change > 0.01 }).toMatchObject({ acts: true })
    },
  )
})

it('names only real levers and settings in actsWith', () => {
  const names = new Set(LEVERS.map((lever) => lever.name))
  for (const lever of LEVERS)
    for (const [other, value] of Object.entries(lever.actsWith ?? {})) {
      expect(names.has(other)).toBe(true)
      const spec = LEVERS.find((l) => l.name === other)!
      expect(value).toBeGreaterThanOrEqual(spec.min)
      expect(value).toBeLessThanOrEqual(spec.max)
    }
})
