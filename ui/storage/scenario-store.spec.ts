import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { newSavedScenario } from './saved-scenario'
import { ScenarioStore } from './scenario-store'

let dbCount = 0
const freshName = () => `carebalance-test-${++dbCount}`

describe('ScenarioStore (IndexedDB)', () => {
  it('keeps scenarios across reopening, oldest first', async () => {
    const name = freshName()
    const store = await ScenarioStore.open(name)
    const first = newSavedScenario({ name: 'A', description: '', area: 'x', levers: {} }, 1)
    const second = newSavedScenario({ name: 'B', description: '', area: 'x', levers: { l: 2 } }, 2)
    await store.saveScenario(second)
    await store.saveScenario(first)
    store.close()
    const reopened = await ScenarioStore.open(name)
    expect((await reopened.scenarios()).map((s) => s.scenario.name)).toEqual(['A', 'B'])
    await reopened.deleteScenario(first.id)
    expect((await reopened.scenarios()).map((s) => s.scenario.name)).toEqual(['B'])
    reopened.close()
  })

  it('lands the last of many rapid writes to the same scenario', async () => {
    const store = await ScenarioStore.open(freshName())
    const record = newSavedScenario({ name: 'A', description: '', area: 'x', levers: {} })
    const writes = []
    for (let i = 0; i <= 50; i++) {
      writes.push(store.saveScenario({ ...record, scenario: { ...record.scenario, levers: { l: i } } }))
    }
    await Promise.all(writes)
    await store.flush()
    const [saved] = await store.scenarios()
    expect(saved.scenario.levers).toEqual({ l: 50 })
    expect(saved.revision).toBeLessThan(10)
    store.close()
  })

  it('keeps area edits and settings', async () => {
    const store = await ScenarioStore.open(freshName())
    const none = { edits: {}, confirmed: [] }
    await store.saveAreaEdits('x', none, { edits: { 'acute beds': 900 }, confirmed: ['acute beds'] })
    await store.saveSetting('activeId', 'abc')
    expect(await store.areaEdits()).toEqual({
      x: { edits: { 'acute beds': 900 }, confirmed: ['acute beds'] },
    })
    expect(await store.setting('activeId')).toBe('abc')
    expect(await store.setting('missing')).toBeUndefined()
    store.close()
  })

  it('saves a copy, so later changes to the object do not leak in', async () => {
    const store = await ScenarioStore.open(freshName())
    const record = newSavedScenario({ name: 'A', description: '', area: 'x', levers: {} })
    const saving = store.saveScenario(record)
    record.scenario.name = 'changed after save'
    await saving
    expect((await store.scenarios())[0].scenario.name).toBe('A')
    store.close()
  })
})
