import { describe, expect, it } from 'vitest'
import { newSavedScenario, uniqueName } from './saved-scenario'

describe('saved scenarios', () => {
  it('get distinct ids and a copy of the scenario', () => {
    const scenario = { name: 'a', description: '', area: 'x', levers: { l: 1 } }
    const one = newSavedScenario(scenario, 5)
    const two = newSavedScenario(scenario, 5)
    expect(one.id).not.toBe(two.id)
    expect(one.scenario).toEqual(scenario)
    expect(one.scenario).not.toBe(scenario)
    expect(one.createdAt).toBe(5)
  })

  it('get a name not yet taken', () => {
    expect(uniqueName('Plan', [])).toBe('Plan')
    expect(uniqueName('Plan', ['Plan'])).toBe('Plan (2)')
    expect(uniqueName('Plan (2)', ['Plan', 'Plan (2)'])).toBe('Plan (3)')
  })
})
