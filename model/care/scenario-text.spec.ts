import { describe, expect, it } from 'vitest'
import { readScenarioFile } from './scenario'
import { scenarioFileText } from './scenario-text'

describe('scenario files as CareBalance writes them', () => {
  it('have the fields in a stable order, each phase-in and time series on one line', () => {
    const text = scenarioFileText({
      levers: {
        'community shift share': { value: 0.1, start: 2026, ramp: 3 },
        'prevention spend': [
          [2025, 0],
          [2026, 3_000_000],
        ],
      },
      area: 'england-500k',
      description: 'd',
      name: 'n',
    })
    expect(text).toBe(
      '{\n  "format": 2,\n  "name": "n",\n  "description": "d",\n  "area": "england-500k",\n  "levers": {\n' +
        '    "community shift share": { "value": 0.1, "start": 2026, "ramp": 3 },\n' +
        '    "prevention spend": [[2025, 0], [2026, 3000000]]\n  }\n}\n',
    )
  })

  it('read back to the same scenario, with nothing to update', () => {
    const scenario = {
      format: 2,
      name: 'n',
      description: 'd',
      area: 'england-500k',
      levers: {
        'pooled budget share': 0.5,
        'community shift share': { value: 0.1, start: 2026, ramp: 0 },
        'hump fund': [
          [2026, 0],
          [2027, 5_000_000],
          [2030, 0],
        ] as Array<[number, number]>,
      },
      sources: [{ title: 'A source', year: 2010 }],
    }
    const back = readScenarioFile(scenarioFileText(scenario), 'x.json')
    expect(back).toEqual({ scenario, notes: [] })
  })
})
