// The integration step is small enough: halving it moves no key output by more than 1%, in the
// baseline and in scenarios that change the system quickly.
import { describe, expect, it } from 'vitest'
import { CARE_DT } from '../../model/care/model'
import { careModelWith, KEY_OUTPUTS, runScenario, scenarioFiles, values } from './care-runs'

const everyMonth = 1 / 12
const chosen = careModelWith({ dt: CARE_DT, savePeriod: everyMonth })
const halved = careModelWith({ dt: CARE_DT / 2, savePeriod: everyMonth })

const cases = scenarioFiles().filter(({ file }) =>
  [
    'baseline.json',
    'torbay-integrated-shift.json',
    'social-care-cuts.json',
    'reablement-expansion.json',
  ].includes(file),
)

describe.each(cases.map((c) => [c.file, c] as const))('halving dt in %s', (_file, { scenario }) => {
  const coarse = runScenario(scenario, chosen)
  const fine = runScenario(scenario, halved)

  it('saves the same times', () => {
    expect(Array.from(coarse.times)).toEqual(Array.from(fine.times))
  })

  it.each(KEY_OUTPUTS)('changes %s by less than 1%', (name) => {
    const a = values(coarse, name)
    const b = values(fine, name)
    let worst = 0
    for (let i = 0; i < a.length; i++)
      worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(Math.abs(b[i]), 1e-9))
    expect(worst).toBeLessThan(0.01)
  })
})
