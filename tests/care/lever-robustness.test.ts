// Every lever alone at the ends of its range in every area (the area's own range for beds and
// money, leverRangeFor), set from the first day and as a step in the middle of a run: the
// twenty-year run completes with finite outputs, quantities that cannot be negative are not, bed
// occupancy never exceeds 100%, and halving the step moves no key output by more than 1% (the step
// is small enough even for a lever moved at once, the sharpest change a user can make).
//
// The step mid-run lands on 1 January 2026, a time on both grids (any whole month is: the step
// divides the month). A step between two grid times reaches the coarser run half a step later than
// the finer one, and that shift of under a day, not the integration, is what the comparison would
// then measure: in version 0.5 a 40% shift stepped in "in 2026" moved delayed discharges 1.8%.
import { describe, expect, it } from 'vitest'
import { AREAS, LEVERS, leverRangeFor } from '../../model/care'
import { CARE_DT } from '../../model/care/model'
import type { RunResult } from '../../model/simulation'
import { areaInputs, careModelWith, KEY_OUTPUTS, values } from './care-runs'

const everyMonth = 1 / 12
const chosen = careModelWith({ dt: CARE_DT, savePeriod: everyMonth })
const halved = careModelWith({ dt: CARE_DT / 2, savePeriod: everyMonth })

// Outputs that may be negative: budget balances (overspends), changes (stock adjustments and the
// funding levers), growth rates (a budget may shrink), and the gaps and headrooms of the
// bed-pressure sector.
const SIGNED = /(balance|change|gap|headroom|growth|growth above demography)$|headroom with/

const STEP_YEAR = 2026

const cases = AREAS.flatMap((area) =>
  LEVERS.flatMap((lever) =>
    leverRangeFor(lever, area).flatMap((value) => {
      const inputs = areaInputs(area)
      const baseline = area.parameters[lever.name] ?? lever.defaultValue
      const step: Array<[number, number]> = [
        [STEP_YEAR - 1e-6, baseline],
        [STEP_YEAR, value],
      ]
      return [
        { label: `${area.id}: ${lever.name} = ${value}`, overrides: { ...inputs, [lever.name]: value } },
        {
          label: `${area.id}: ${lever.name} = ${value} from ${STEP_YEAR}`,
          overrides: { ...inputs, [lever.name]: step },
        },
      ]
    }),
  ),
)

function seriesOf(result: RunResult, index: number): Float64Array {
  const steps = result.times.length
  return result.values.subarray(index * steps, (index + 1) * steps)
}

describe.each(cases.map((c) => [c.label, c] as const))('%s', (_label, { overrides }) => {
  const coarse = chosen.run({ overrides })
  const fine = halved.run({ overrides })

  it('runs twenty years with every output finite', () => {
    expect(coarse.times[coarse.times.length - 1]).toBeCloseTo(coarse.times[0] + 20, 9)
    const bad = coarse.names.filter((_, index) => !seriesOf(coarse, index).every(Number.isFinite))
    expect(bad).toEqual([])
  })

  it('keeps quantities that cannot be negative at zero or above', () => {
    const negative = coarse.names.filter((name, index) => {
      if (SIGNED.test(name.replace(/\[.*\]$/, ''))) return false
      return seriesOf(coarse, index).some((value) => value < -1e-9)
    })
    expect(negative).toEqual([])
  })

  it('never fills more than every bed open', () => {
    for (const occupancy of values(coarse, 'bed occupancy')) expect(occupancy).toBeLessThanOrEqual(1)
  })

  it('moves no key output by more than 1% when the step is halved', () => {
    const moved = KEY_OUTPUTS.map((name) => {
      const a = values(coarse, name)
      const b = values(fine, name)
      let worst = 0
      for (let i = 0; i < a.length; i++)
        worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(Math.abs(b[i]), 1e-9))
      return { name, worst }
    }).filter(({ worst }) => worst >= 0.01)
    expect(moved).toEqual([])
  })
})
