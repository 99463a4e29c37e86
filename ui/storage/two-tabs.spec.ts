// Two tabs on one browser profile, as two stores on one IndexedDB database: each tab's write keeps
// the other's changes to other fields, says when it found them, never brings back a scenario the
// other deleted, and each tab hears the other's creates, changes and deletes.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { newSavedScenario } from './saved-scenario'
import { ScenarioStore, type StoreEvent } from './scenario-store'

let count = 0

async function twoTabs() {
  const name = `two-tabs-${++count}`
  const a = await ScenarioStore.open(name)
  const b = await ScenarioStore.open(name)
  const heard = { a: [] as StoreEvent[], b: [] as StoreEvent[] }
  a.onEvent((e) => heard.a.push(e))
  b.onEvent((e) => heard.b.push(e))
  const record = newSavedScenario({ name: 'Plan', description: 'd', area: 'x', levers: { one: 1 } })
  await a.saveScenario(record)
  await a.scenarios()
  await b.scenarios()
  const close = () => {
    a.close()
    b.close()
  }
  return { a, b, heard, record, close }
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(check()).toBe(true)
}

describe('two tabs on one profile', () => {
  it('keep both tabs’ changes to different fields, and the stale tab is told which the other made', async () => {
    const { a, b, heard, record, close } = await twoTabs()
    // Both write before either hears of the other: B's copy is stale when its write lands.
    const writes = [
      a.changeScenario(record.id, [
        { path: ['name'], value: 'Plan A' },
        { path: ['levers', 'one'], value: 2 },
      ]),
      b.changeScenario(record.id, [{ path: ['levers', 'two'], value: 5 }]),
    ]
    await Promise.all(writes)
    const [stored] = await a.scenarios()
    expect(stored.scenario).toMatchObject({ name: 'Plan A', levers: { one: 2, two: 5 } })
    expect(stored.revision).toBe(3)
    const merged = heard.b.find((e) => e.kind === 'merged')
    expect(merged).toMatchObject({
      theirs: [
        { path: ['name'], value: 'Plan A' },
        { path: ['levers', 'one'], value: 2 },
      ],
      overwritten: [],
    })
    close()
  })

  it('say when a tab replaced the other’s value of the same field', async () => {
    const { a, b, heard, record, close } = await twoTabs()
    await Promise.all([
      a.changeScenario(record.id, [{ path: ['levers', 'one'], value: 2 }]),
      b.changeScenario(record.id, [{ path: ['levers', 'one'], value: 3 }]),
    ])
    expect((await a.scenarios())[0].scenario.levers).toEqual({ one: 3 })
    expect(heard.b.find((e) => e.kind === 'merged')).toMatchObject({
      overwritten: [{ path: ['levers', 'one'] }],
    })
    close()
  })

  it('never bring back a scenario deleted in the other tab', async () => {
    const { a, b, heard, record, close } = await twoTabs()
    await a.deleteScenario(record.id)
    await b.changeScenario(record.id, [{ path: ['levers', 'one'], value: 9 }])
    expect(await a.scenarios()).toEqual([])
    await until(() => heard.b.some((e) => e.kind === 'deleted' || e.kind === 'remote-deleted'))
    close()
  })

  it('hear the other tab’s creates, changes and deletes', async () => {
    const { a, b, heard, record, close } = await twoTabs()
    const other = newSavedScenario({ name: 'New in A', description: 'd', area: 'x', levers: {} })
    await a.saveScenario(other)
    await until(() => heard.b.some((e) => e.kind === 'remote-scenario' && e.record.id === other.id))
    await a.changeScenario(record.id, [{ path: ['description'], value: 'changed in A' }])
    await until(() =>
      heard.b.some((e) => e.kind === 'remote-scenario' && e.record.scenario.description === 'changed in A'),
    )
    await a.deleteScenario(other.id)
    await until(() => heard.b.some((e) => e.kind === 'remote-deleted' && e.id === other.id))
    // B heard A's change before writing, so its next write finds nothing stale.
    await b.changeScenario(record.id, [{ path: ['name'], value: 'Renamed in B' }])
    expect(heard.b.some((e) => e.kind === 'merged')).toBe(false)
    close()
  })

  it('keep both tabs’ edits to different parameters of an area', async () => {
    const { a, b, heard, close } = await twoTabs()
    const none = { edits: {}, confirmed: [] }
    await Promise.all([
      a.saveAreaEdits('x', none, { edits: { 'acute beds': 900 }, confirmed: [] }),
      b.saveAreaEdits('x', none, { edits: { 'birth rate': 0.02 }, confirmed: ['birth rate'] }),
    ])
    expect((await a.areaEdits()).x).toEqual({
      edits: { 'acute beds': 900, 'birth rate': 0.02 },
      confirmed: ['birth rate'],
    })
    await until(() => heard.b.some((e) => e.kind === 'remote-area'))
    close()
  })
})
