// Scenario files are checked field by field, and a problem names the file and the field.
import { describe, expect, it } from 'vitest'
import {
  leverValueAt,
  parseScenario,
  readScenarioFile,
  type Scenario,
  scenarioInputs,
} from '../../model/care'
import { ModelError } from '../../model/errors'

const file = 'scenarios/x.json'
const valid = {
  name: 'Test',
  description: 'A scenario for the tests.',
  area: 'england-500k',
  levers: { 'pooled budget share': 0.5 },
}

function problem(data: unknown): string {
  const text = typeof data === 'string' ? data : JSON.stringify(data)
  try {
    parseScenario(text, file)
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError)
    return (error as Error).message
  }
  throw new Error('expected a ModelError')
}

describe('parseScenario', () => {
  it('reads a valid scenario', () => {
    const scenario = parseScenario(JSON.stringify(valid), file)
    expect(scenario.levers['pooled budget share']).toBe(0.5)
  })

  it('accepts lever names written with underscores or another case, and time series', () => {
    const scenario = parseScenario(
      JSON.stringify({
        ...valid,
        levers: {
          Pooled_Budget_Share: 1,
          'prevention spend': [
            [2025, 0],
            [2030, 1000000],
          ],
        },
      }),
      file,
    )
    expect(scenario.levers['pooled budget share']).toBe(1)
    expect(scenario.levers['prevention spend']).toEqual([
      [2025, 0],
      [2030, 1000000],
    ])
  })

  it('names the file and the lever when a value is out of range', () => {
    expect(problem({ ...valid, levers: { 'pooled budget share': 1.5 } })).toBe(
      'scenarios/x.json: field \'levers.pooled budget share\': expected a number between 0 and 1, a phase-in {"value": v, "start": year, "ramp": years} or a time series [[year, value], ...], got 1.5',
    )
  })

  it('holds levers whose scale depends on the place to the area’s range, and names it', () => {
    const sanMarino = { ...valid, area: 'san-marino' }
    expect(problem({ ...sanMarino, levers: { 'acute beds': 880 } })).toBe(
      'scenarios/x.json: field \'levers.acute beds\': expected a number between 50 and 170 (the range for area \'san-marino\'), a phase-in {"value": v, "start": year, "ramp": years} or a time series [[year, value], ...], got 880',
    )
    expect(
      problem({
        ...sanMarino,
        levers: {
          'hump fund': [
            [2026, 0],
            [2027, 20_000_000],
          ],
        },
      }),
    ).toBe(
      'scenarios/x.json: field \'levers.hump fund[1]\': expected a number between 0 and 11500000 (the range for area \'san-marino\'), a phase-in {"value": v, "start": year, "ramp": years} or a time series [[year, value], ...], got 20000000',
    )
    // The same values are within range where the place is large enough.
    expect(parseScenario(JSON.stringify({ ...valid, levers: { 'acute beds': 880 } }), file).levers).toEqual({
      'acute beds': 880,
    })
    expect(
      parseScenario(JSON.stringify({ ...valid, area: 'scotland', levers: { 'hump fund': 20_000_000 } }), file)
        .levers,
    ).toEqual({ 'hump fund': 20_000_000 })
    expect(problem({ ...valid, area: 'scotland', levers: { 'acute beds': 880 } })).toMatch(
      /field 'levers\.acute beds': expected a number between 6890 and 20690 \(the range for area 'scotland'\)/,
    )
  })

  it('names the field when a lever is not a number', () => {
    expect(problem({ ...valid, levers: { 'pooled budget share': 'half' } })).toMatch(
      /^scenarios\/x\.json: field 'levers\.pooled budget share': expected a number between 0 and 1/,
    )
  })

  it('names the point of a bad time series', () => {
    expect(
      problem({
        ...valid,
        levers: {
          'hump fund': [
            [2026, 1],
            [2025, 2],
          ],
        },
      }),
    ).toBe("scenarios/x.json: field 'levers.hump fund[1]': years must increase")
    expect(problem({ ...valid, levers: { 'hump fund': [[2026]] } })).toMatch(
      /field 'levers\.hump fund\[0\]': expected a point/,
    )
  })

  it('names an unknown lever and lists the known ones', () => {
    expect(problem({ ...valid, levers: { 'magic beds': 3 } })).toMatch(
      /^scenarios\/x\.json: field 'levers\.magic beds': unknown lever; levers are: pooled budget share, /,
    )
  })

  it('names missing and unknown top-level fields', () => {
    const { name: _, ...noName } = valid
    expect(problem(noName)).toBe("scenarios/x.json: field 'name': expected a non-empty string")
    expect(problem({ ...valid, colour: 'red' })).toBe("scenarios/x.json: field 'colour': unknown field")
    expect(problem({ ...valid, area: 'atlantis' })).toBe(
      "scenarios/x.json: field 'area': unknown area 'atlantis'",
    )
  })

  it('names bad sources', () => {
    expect(problem({ ...valid, sources: [{ year: 2020 }] })).toBe(
      "scenarios/x.json: field 'sources[0].title': expected a non-empty string",
    )
  })

  it('reports text that is not JSON, naming the file', () => {
    expect(problem('{ name: ')).toMatch(/^scenarios\/x\.json: not valid JSON/)
    expect(problem('[1, 2]')).toMatch(/^scenarios\/x\.json: expected a JSON object/)
  })
})

describe('phase-ins, older files and careless files', () => {
  it('reads a phase-in and names each of its bad fields', () => {
    const phased = { ...valid, levers: { 'hump fund': { value: 5_000_000, start: 2026, ramp: 2 } } }
    expect(parseScenario(JSON.stringify(phased), file).levers['hump fund']).toEqual({
      value: 5_000_000,
      start: 2026,
      ramp: 2,
    })
    const bad = (phase: object) => problem({ ...valid, levers: { 'hump fund': phase } })
    expect(bad({ value: -1, start: 2026, ramp: 2 })).toMatch(/field 'levers\.hump fund\.value': .*got -1$/)
    expect(bad({ value: 1, start: 2050, ramp: 2 })).toBe(
      "scenarios/x.json: field 'levers.hump fund.start': expected a year from 2024 to 2044, got 2050",
    )
    expect(bad({ value: 1, start: 2026, ramp: -1 })).toMatch(
      /'levers\.hump fund\.ramp': expected years from 0 to 20/,
    )
    expect(bad({ value: 1, start: 2026, years: 2 })).toMatch(
      /'levers\.hump fund\.years': unknown field of a phase-in/,
    )
  })

  it('brings a format-1 file up to date: the shift phasing levers become a phase-in, with a note', () => {
    const old = {
      ...valid,
      levers: { 'Community shift share': 0.2, 'shift start year': 2027, 'shift ramp years': 4 },
    }
    const { scenario, notes } = readScenarioFile(JSON.stringify(old), file)
    expect(scenario.format).toBe(2)
    expect(scenario.levers).toEqual({ 'community shift share': { value: 0.2, start: 2027, ramp: 4 } })
    expect(notes).toHaveLength(2)
    expect(notes[0]).toMatch(
      /^scenarios\/x\.json: format 1 file updated: 'community shift share' 0\.2 phased in/,
    )
    // Without the year levers, format 1 ran the shift from 2026 over 3 years: the same is kept.
    const defaults = readScenarioFile(
      JSON.stringify({ ...valid, levers: { 'community shift share': 0.1 } }),
      file,
    )
    expect(defaults.scenario.levers['community shift share']).toEqual({ value: 0.1, start: 2026, ramp: 3 })
    // The same file in format 2 means the shift from the first day.
    const current = readScenarioFile(
      JSON.stringify({ ...valid, format: 2, levers: { 'community shift share': 0.1 } }),
      file,
    )
    expect(current).toMatchObject({ scenario: { levers: { 'community shift share': 0.1 } }, notes: [] })
  })

  it('keeps an old time-series shift the same by multiplying in the ramp the old model applied', () => {
    const old = {
      ...valid,
      levers: {
        'community shift share': [
          [2024, 0.1],
          [2034, 0.3],
        ],
        'shift start year': 2026,
        'shift ramp years': 2,
      },
    }
    const shift = readScenarioFile(JSON.stringify(old), file).scenario.levers['community shift share']
    expect(leverValueAt(shift, 0, 2025)).toBe(0)
    expect(leverValueAt(shift, 0, 2027)).toBeCloseTo(0.5 * 0.16, 12)
    expect(leverValueAt(shift, 0, 2030)).toBeCloseTo(0.22, 12)
  })

  it('refuses a file from a newer version, the same lever twice, and accepts a byte-order mark', () => {
    expect(problem({ ...valid, format: 3 })).toMatch(/field 'format': format 3 is newer than this version/)
    expect(
      problem(
        '{"name": "n", "description": "d", "area": "england-500k", "levers": {"hump fund": 1, "Hump_Fund": 2}}',
      ),
    ).toBe(
      "scenarios/x.json: field 'levers.Hump_Fund': the lever 'hump fund' is set twice (also as 'hump fund'): keep one",
    )
    expect(parseScenario(`\uFEFF${JSON.stringify(valid)}`, file).name).toBe('Test')
  })
})

describe('scenarioInputs: the one order from a scenario to a run', () => {
  const scenario = (levers: Scenario['levers'], area = 'san-marino'): Scenario => ({
    format: 2,
    name: 'n',
    description: 'd',
    area,
    levers,
  })

  it('applies the area, then the analyst’s edits, then the levers, then --set', () => {
    const base = scenarioInputs(scenario({}))
    expect(base['population under 65 at start']).toBeLessThan(40_000)
    expect(base['acute beds']).toBe(110)
    const edited = scenarioInputs(scenario({ 'pooled budget share': 0.3 }), {
      areaEdits: { 'acute beds': 120, 'pooled budget share': 0.9 },
    })
    expect(edited['acute beds']).toBe(120)
    expect(edited['pooled budget share']).toBe(0.3)
    const set = scenarioInputs(scenario({ 'pooled budget share': 0.3 }), {
      settings: { 'Pooled budget share': 0.4 },
    })
    expect(set['pooled budget share']).toBe(0.4)
    // Any legal constant name is set, even one that names a property of every JavaScript object.
    const odd = scenarioInputs(scenario({}), { settings: JSON.parse('{"__proto__": 9, "constructor": 2}') })
    expect(Object.getOwnPropertyDescriptor(odd, '__proto__')?.value).toBe(9)
    expect(Object.getOwnPropertyDescriptor(odd, 'constructor')?.value).toBe(2)
  })

  it('phases a lever in from its baseline in the area, after the analyst’s edits', () => {
    const phase = { value: 150, start: 2026, ramp: 4 }
    expect(scenarioInputs(scenario({ 'acute beds': phase }))['acute beds']).toEqual([
      [2026, 110],
      [2030, 150],
    ])
    expect(
      scenarioInputs(scenario({ 'acute beds': phase }), { areaEdits: { 'acute beds': 100 } })['acute beds'],
    ).toEqual([
      [2026, 100],
      [2030, 150],
    ])
  })

  it('checks every lever again, so a saved scenario out of range names the setting', () => {
    expect(() => scenarioInputs(scenario({ 'acute beds': 880, 'hump fund': -5 }))).toThrow(
      /field 'levers\.acute beds': expected a number between 50 and 170 \(the range for area 'san-marino'\).*got 880\n.*field 'levers\.hump fund'/s,
    )
    expect(() => scenarioInputs(scenario({ 'magic beds': 3 }))).toThrow(
      /field 'levers\.magic beds': unknown lever/,
    )
    expect(() => scenarioInputs(scenario({}), { settings: { 'acute beds': 880 } })).toThrow(
      /--set 'acute beds': expected a number between 50 and 170/,
    )
    expect(() => scenarioInputs(scenario({}), { areaEdits: { 'acute beds': Number.NaN } })).toThrow(
      /variable 'acute beds': area edit: expected a number/,
    )
  })
})
