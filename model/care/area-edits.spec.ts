import { describe, expect, it } from 'vitest'
import { compile } from '../compile-model'
import { ModelError } from '../errors'
import { plausibleRange } from './area-edit-range'
import { areaEditProblems, areaEditRanges, checkAreaEdits } from './area-edits'
import { AREAS, findArea } from './areas'
import { buildCareModel } from './model'
import { scenarioInputs } from './scenario-inputs'
import type { Area } from './types'

const england = findArea('england-500k') as Area
const messages = (edits: Record<string, unknown>, confirmed: string[] = []) =>
  areaEditProblems(england, edits, confirmed).map((p) => `${p.variable}: ${p.message}`)

describe('area edits', () => {
  it('accept every area’s own sourced figures', () => {
    for (const area of AREAS) expect(areaEditProblems(area, area.parameters), area.id).toEqual([])
  })

  it('refuse impossible values outright, naming the parameter, even when confirmed', () => {
    expect(messages({ 'birth rate': -5 }, ['birth rate'])).toEqual([
      'birth rate: area edit: -5 is not possible: it is a yearly rate per person, from 0 to 1',
    ])
    expect(messages({ 'population under 65 at start': -1e12 })).toEqual([
      'population under 65 at start: area edit: -1,000,000,000,000 is not possible: it is a count, 0 or more',
    ])
    expect(messages({ 'bed day cost': 0 }, ['bed day cost'])[0]).toMatch(/a price, more than 0/)
    expect(messages({ 'acute beds': Number.NaN })[0]).toMatch(/acute beds: area edit: expected a number/)
    expect(messages({ 'magic beds': 3 })).toEqual([
      'magic beds: area edit: not a parameter of the care model',
    ])
  })

  it('refuse a value outside the plausible range unless the analyst confirmed it', () => {
    expect(messages({ 'birth rate': 0.03 })).toEqual([
      `birth rate: area edit: 0.03 is outside its plausible range in ${england.name}, 0.006 to 0.014; ` +
        'confirm it as outside the sourced range to use it',
    ])
    expect(messages({ 'birth rate': 0.03 }, ['birth rate'])).toEqual([])
  })

  it('refuse a population of no one', () => {
    const none = Object.fromEntries(
      Object.keys(england.parameters)
        .filter((n) => n.startsWith('population'))
        .map((n) => [n, 0]),
    )
    expect(messages(none)).toEqual([
      'population under 65 at start: area edit: the four age bands of the population add up to no one',
    ])
  })

  it('scale a count’s plausible range with the place and with an edited population', () => {
    const scotland = findArea('scotland') as Area
    expect(areaEditRanges(england)['emergency admissions at start'].plausible).toEqual([40_000, 70_000])
    expect(areaEditRanges(scotland)['emergency admissions at start'].plausible).toEqual([430_000, 770_000])
    const range = areaEditRanges(england)['emergency admissions at start']
    const doubled = Object.fromEntries(
      Object.entries(england.parameters)
        .filter(([n]) => n.startsWith('population'))
        .map(([n, v]) => [n, v * 2]),
    )
    expect(plausibleRange(range, england, doubled)).toEqual([80_000, 140_000])
    expect(messages({ ...doubled, 'emergency admissions at start': 110_000 })).toEqual([])
  })

  it('give a lever’s parameter the lever’s own range in the area', () => {
    const sanMarino = findArea('san-marino') as Area
    expect(areaEditRanges(sanMarino)['acute beds'].plausible).toEqual(sanMarino.leverRanges?.['acute beds'])
  })

  it('are checked by every run, so a bad edit never reaches the engine', () => {
    const scenario = { name: 'n', description: 'd', area: england.id, levers: {} }
    expect(() => scenarioInputs(scenario, { areaEdits: { 'birth rate': -5 } })).toThrow(ModelError)
    expect(() => checkAreaEdits(england, { 'birth rate': 0.03 })).toThrow(/variable 'birth rate'/)
    expect(
      scenarioInputs(scenario, { areaEdits: { 'birth rate': 0.03 }, confirmedOutsideRange: ['birth rate'] })[
        'birth rate'
      ],
    ).toBe(0.03)
  })

  it('run every parameter at either end of its plausible range in every area', () => {
    const compiled = compile(buildCareModel())
    const failures: string[] = []
    for (const area of AREAS) {
      for (const [name, range] of Object.entries(areaEditRanges(area))) {
        for (const value of range.plausible ?? []) {
          const scenario = { name: 'n', description: 'd', area: area.id, levers: {} }
          try {
            compiled.run({ overrides: scenarioInputs(scenario, { areaEdits: { [name]: value } }) })
          } catch (error) {
            failures.push(`${area.id} ${name} = ${value}: ${(error as Error).message.slice(0, 80)}`)
          }
        }
      }
    }
    expect(failures).toEqual([])
  }, 60_000)
})
