import { describe, expect, it } from 'vitest'
import { baselineKey, baselineScenario } from './scenario-entry'

describe('scenario entries', () => {
  it('baseline: no lever moved, keyed by area, in the current file format', () => {
    expect(baselineScenario('x', 'Xshire').levers).toEqual({})
    expect(baselineScenario('x', 'Xshire').format).toBe(2)
    expect(baselineKey('x')).toBe('baseline:x')
  })
})
