import { describe, expect, it } from 'vitest'
import { baselineKey, baselineScenario, scenarioFileText } from './scenario-entry'

describe('scenario files written by the app', () => {
  it('have the scenarios/*.json fields in a stable order with series points on one line', () => {
    const text = scenarioFileText({
      levers: {
        'shift ramp years': 3,
        'community shift share': [
          [1, 0],
          [4, 0.1],
        ],
      },
      area: 'a',
      description: 'd',
      name: 'n',
    })
    expect(text).toBe(
      '{\n  "name": "n",\n  "description": "d",\n  "area": "a",\n  "levers": {\n    "shift ramp years": 3,\n' +
        '    "community shift share": [\n      [1, 0],\n      [4, 0.1]\n    ]\n  }\n}\n',
    )
    expect(JSON.parse(text).levers['community shift share']).toEqual([
      [1, 0],
      [4, 0.1],
    ])
  })

  it('baseline: no lever moved, keyed by area', () => {
    expect(baselineScenario('x', 'Xshire').levers).toEqual({})
    expect(baselineKey('x')).toBe('baseline:x')
  })
})
