// The public vocabulary (levers, outputs, areas) matches the model the app and the CLI will run,
// and the base-year outputs of every area reproduce the figures the area was set up with.
import { describe, expect, it } from 'vitest'
import {
  AREAS,
  BAND_LABELS,
  BANDS,
  CARE_MODEL_VERSION,
  DEFAULT_AREA_ID,
  LEVERS,
  OUTPUTS,
} from '../../model/care'
import { POPULATION_AT_START_NAMES } from '../../model/care/dimensions'
import { assembleCareModel } from '../../model/care/model'
import { canonicalName } from '../../model/names'
import { areaInputs, at, careModel, run } from './care-runs'

const model = careModel()
const constants = new Set(model.constants.map(canonicalName))
const outputs = new Set(model.names.map((name) => canonicalName(name.replace(/\[.*\]$/, ''))))

describe('the public interface', () => {
  it('has a version and a default area that exists', () => {
    expect(CARE_MODEL_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
    expect(AREAS[0].id).toBe(DEFAULT_AREA_ID)
  })

  it.each(LEVERS.map((l) => [l.name, l] as const))(
    'lever %s is a model constant with a sensible range',
    (name, lever) => {
      expect(constants.has(canonicalName(name))).toBe(true)
      expect(lever.min).toBeLessThan(lever.max)
      expect(lever.step).toBeGreaterThan(0)
      const definition = assembleCareModel().parameters.find((p) => p.name === name)!
      expect(definition.value).toBeGreaterThanOrEqual(lever.min)
      expect(definition.value).toBeLessThanOrEqual(lever.max)
    },
  )

  it('has the levers the issue names', () => {
    for (const name of [
      'pooled budget share',
      'community shift share',
      'prevention spend',
      'hump fund',
      'acute beds',
      'bed day cost',
      'home care hourly cost',
      'care home weekly cost',
    ])
      expect(LEVERS.map((l) => l.name)).toContain(name)
  })

  it('labels every age band of the population output for display', () => {
    const result = run()
    expect(BANDS.map((band) => BAND_LABELS[band])).toEqual([
      '0–64',
      '65–69',
      '70–74',
      '75–79',
      '80–84',
      '85–89',
      '90+',
    ])
    for (const band of BANDS) expect(at(result, `population[${band}]`, 2024)).toBeGreaterThan(0)
  })

  it.each(OUTPUTS.map((o) => [o.name] as const))('output %s is a model variable', (name) => {
    expect(outputs.has(canonicalName(name))).toBe(true)
  })

  it('has consistent units: compiling it gives no warning', () => {
    expect(model.warnings.map((w) => `${w.variable}: ${w.message}`)).toEqual([])
  })

  it('gives every parameter a source and every area value a source', () => {
    for (const parameter of assembleCareModel().parameters)
      expect(parameter.sources.length).toBeGreaterThan(0)
    for (const area of AREAS) {
      for (const name of Object.keys(area.parameters)) {
        expect(constants.has(canonicalName(name))).toBe(true)
        expect(area.sources[name]?.length).toBeGreaterThan(0)
      }
    }
  })
})

describe.each(AREAS.map((a) => [a.id, a] as const))('base year of %s', (_id, area) => {
  const result = run(areaInputs(area))
  const p = area.parameters

  it('reproduces the area’s population, admissions, beds, delays and caseloads', () => {
    const population = POPULATION_AT_START_NAMES.reduce((sum, name) => sum + p[name], 0)
    expect(at(result, 'total population', 2024)).toBeCloseTo(population, 3)
    expect(at(result, 'emergency admissions', 2024)).toBeCloseTo(p['emergency admissions at start'], 3)
    expect(at(result, 'delayed discharge beds', 2024)).toBeCloseTo(p['delayed discharge beds at start'], 6)
    // The base-year bed counts are the patients needing a bed; on an average day a few hundredths
    // of a patient are still waiting for one, well inside the precision of the data.
    const bedded = p['emergency occupied beds at start'] + p['elective occupied beds at start']
    expect(at(result, 'patients needing a bed', 2024)).toBeCloseTo(bedded, 6)
    expect(at(result, 'occupied beds', 2024)).toBeLessThan(bedded)
    expect(at(result, 'occupied beds', 2024)).toBeGreaterThan(bedded * (1 - 1e-4))
    expect(at(result, 'home care clients', 2024)).toBeCloseTo(p['home care clients at start'], 6)
    expect(at(result, 'care home residents', 2024)).toBeCloseTo(p['care home residents at start'], 6)
  })

  it('calibrates to positive flows (no negative referrals or admissions)', () => {
    for (const name of [
      'admission calibration',
      'community home care referrals',
      'community care home referrals',
      'step up referrals',
      'step down to reablement',
      'step down to bed based intermediate care',
      'community home care referrals',
      'home care starts in community',
      'care home admissions from community',
    ]) {
      expect(at(result, name, 2024)).toBeGreaterThan(0)
    }
    expect(at(result, 'step up acceptance at start', 2024)).toBeLessThanOrEqual(1)
  })
})
