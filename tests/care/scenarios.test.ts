// Every scenario file in scenarios/ reads cleanly and runs to twenty years with sensible values.
import { describe, expect, it } from 'vitest'
import { AREAS, LEVERS } from '../../model/care'
import { at, KEY_OUTPUTS, runScenario, scenarioFiles, values } from './care-runs'

const files = scenarioFiles()

describe('the scenario files', () => {
  it('include every case the issue asks for', () => {
    const names = files.map((f) => f.file)
    for (const wanted of [
      'baseline.json',
      'torbay-integrated-shift.json',
      'torbay-whole-package.json',
      'better-care-fund-modest-pooling.json',
      'san-marino-single-budget.json',
      'wales-chronic-conditions.json',
      'reablement-expansion.json',
      'social-care-cuts.json',
      'prevention.json',
    ]) {
      expect(names).toContain(wanted)
    }
  })

  it.each(files.map((f) => [f.file, f] as const))(
    '%s names a known area and only known levers',
    (_f, { scenario }) => {
      expect(AREAS.map((a) => a.id)).toContain(scenario.area)
      for (const lever of Object.keys(scenario.levers)) expect(LEVERS.map((l) => l.name)).toContain(lever)
      expect(scenario.name.length).toBeGreaterThan(5)
      expect(scenario.description.length).toBeGreaterThan(20)
    },
  )

  it.each(files.map((f) => [f.file, f] as const))(
    '%s runs for twenty years with finite, non-negative outputs',
    (_f, { scenario }) => {
      const result = runScenario(scenario)
      expect(result.times[0]).toBe(2024)
      expect(result.times[result.times.length - 1]).toBeCloseTo(2044, 9)
      for (const name of KEY_OUTPUTS) {
        for (const value of values(result, name)) {
          expect(Number.isFinite(value)).toBe(true)
          expect(value).toBeGreaterThanOrEqual(0)
        }
      }
      expect(at(result, 'share of 65+ supported at home', 2034)).toBeLessThan(1)
      expect(at(result, 'bed occupancy', 2034)).toBeLessThan(1.5)
    },
  )
})
