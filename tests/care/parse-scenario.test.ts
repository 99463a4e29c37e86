// Scenario files are checked field by field, and a problem names the file and the field.
import { describe, expect, it } from 'vitest'
import { parseScenario, scenarioOverrides } from '../../model/care'
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
      "scenarios/x.json: field 'levers.pooled budget share': expected a number between 0 and 1 or a time series [[year, value], ...], got 1.5",
    )
  })

  it('holds levers whose scale depends on the place to the area’s range, and names it', () => {
    const sanMarino = { ...valid, area: 'san-marino' }
    expect(problem({ ...sanMarino, levers: { 'acute beds': 880 } })).toBe(
      "scenarios/x.json: field 'levers.acute beds': expected a number between 50 and 170 (the range for area 'san-marino') or a time series [[year, value], ...], got 880",
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
      "scenarios/x.json: field 'levers.hump fund[1]': expected a number between 0 and 10000000 (the range for area 'san-marino') or a time series [[year, value], ...], got 20000000",
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

describe('scenarioOverrides', () => {
  it('applies the area first and the levers on top', () => {
    const overrides = scenarioOverrides({
      name: 'n',
      description: 'd',
      area: 'san-marino',
      levers: { 'pooled budget share': 0.3 },
    })
    expect(overrides['population under 65 at start']).toBeLessThan(40_000)
    expect(overrides['pooled budget share']).toBe(0.3)
  })
})
