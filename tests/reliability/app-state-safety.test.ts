// The app's state with the real engine and two stores on one IndexedDB (two tabs), in Node: the
// same rules the browser tests drive through the page, checked quickly and exactly.
import 'fake-indexeddb/auto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppState } from '../../ui/app/app-state'
import { ScenarioStore } from '../../ui/storage/scenario-store'
import { EngineClient } from '../../workers/engine-client'
import { EngineService } from '../../workers/engine-service'

const scenarioDir = join(import.meta.dirname, '..', '..', 'scenarios')
const files = Object.fromEntries(
  readdirSync(scenarioDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, readFileSync(join(scenarioDir, f), 'utf8')]),
)
const engine = new EngineClient(new EngineService(files))
let count = 0

async function tab(dbName: string): Promise<AppState> {
  const state = new AppState(engine, await ScenarioStore.open(dbName))
  await state.start()
  await state.flush()
  return state
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(check()).toBe(true)
}

describe('the app state, kept safe', () => {
  it('shows another tab’s new, changed and deleted scenarios', async () => {
    const name = `safety-${++count}`
    const a = await tab(name)
    const b = await tab(name)
    const id = a.createFromBaseline('From tab A')
    await a.flush()
    await until(() => b.entry(id)?.scenario.name === 'From tab A')
    a.setLever(id, 'pooled budget share', 0.4)
    await until(() => b.entry(id)?.scenario.levers['pooled budget share'] === 0.4)
    a.remove(id)
    await a.flush()
    await until(() => b.entry(id) === undefined)
  })

  it('refuses impossible area edits, holds implausible ones for confirmation, and runs confirmed ones', async () => {
    const state = await tab(`safety-${++count}`)
    expect(state.setAreaParameter('birth rate', -5)).toBe(false)
    expect(state.notice?.text).toBe(
      '‘birth rate’: -5 is not possible: it is a yearly rate per person, from 0 to 1. The value was not changed.',
    )
    expect(state.setAreaParameter('birth rate', 0.02)).toBe(false)
    expect(state.refusedEdit).toEqual({ areaId: state.areaId, name: 'birth rate', value: 0.02 })
    expect(state.edits()).toEqual({})
    expect(state.setAreaParameter('birth rate', 0.02, true)).toBe(true)
    expect(state.edits()).toEqual({ 'birth rate': 0.02 })
    expect(state.confirmedOutsideRange()).toEqual(['birth rate'])
    expect(state.notice).toBeUndefined()
    await until(() => state.run(state.activeId) !== undefined && !state.runPending(state.activeId))
    expect(state.runError(state.activeId)).toBeUndefined()
    expect(JSON.parse(state.exportText(state.activeId) ?? '')).toMatchObject({
      areaEdits: { 'birth rate': 0.02 },
      confirmedOutsideRange: ['birth rate'],
    })
  })

  it('keeps each area’s open scenario and ticks across a switch', async () => {
    const state = await tab(`safety-${++count}`)
    const england = state.areaId
    const mine = state.activeId
    state.toggleCompare(mine)
    state.toggleCompare('library:baseline.json')
    state.setArea('scotland')
    expect(state.compareIds).toEqual([])
    state.setArea(england)
    expect(state.activeId).toBe(mine)
    expect(state.compareIds).toEqual([mine, 'library:baseline.json'])
  })

  it('brings a project into a fresh workspace with its edits, and says what it renamed', async () => {
    const from = await tab(`safety-${++count}`)
    from.setAreaParameter('acute beds', 1000)
    from.rename(from.activeId, 'Plan')
    const project = from.projectText()
    const to = await tab(`safety-${++count}`)
    to.rename(to.activeId, 'Plan')
    expect(await to.importFile(project, 'work.json')).toBe(true)
    expect(to.notice?.text).toBe(
      `Imported 1 scenario from work.json. Renamed, as you already have scenarios so called: “Plan” → “Plan (2)”. It came with edits to the baseline of ${to.area?.name}, now in Area set-up: acute beds 880 → 1,000.`,
    )
    expect(to.edits()).toEqual({ 'acute beds': 1000 })
    expect(to.entries.filter((e) => e.origin === 'saved').map((e) => e.scenario.name)).toEqual([
      'Plan',
      'Plan (2)',
    ])
  })

  it('keeps the analyst’s own baseline when an import brings another, and offers the sender’s', async () => {
    const state = await tab(`safety-${++count}`)
    state.setAreaParameter('acute beds', 950)
    const file = JSON.stringify({
      format: 2,
      name: 'From a colleague',
      description: 'd',
      area: state.areaId,
      levers: {},
      areaEdits: { 'acute beds': 1000 },
    })
    await state.importFile(file, 'colleague.json')
    expect(state.notice?.text).toContain('It was made with other edits to the baseline of')
    expect(state.notice?.text).toContain(
      '(acute beds 880 → 1,000); yours (acute beds 880 → 950) are unchanged',
    )
    expect(state.edits()).toEqual({ 'acute beds': 950 })
    state.notice?.action?.run()
    expect(state.edits()).toEqual({ 'acute beds': 1000 })
  })
})
