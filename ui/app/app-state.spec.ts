import 'fake-indexeddb/auto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../model/care/types'
import { EngineClient } from '../../workers/engine-client'
import { EngineService } from '../../workers/engine-service'
import { newSavedScenario } from '../storage/saved-scenario'
import { ScenarioStore } from '../storage/scenario-store'
import { shareUrl } from '../storage/share-link'
import { AppState } from './app-state'
import { DRAWN_OUTPUTS } from './drawn-outputs'
import { baselineKey } from './scenario-entry'

const scenarioDir = join(import.meta.dirname, '..', '..', 'scenarios')
const files = Object.fromEntries(
  readdirSync(scenarioDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, readFileSync(join(scenarioDir, f), 'utf8')]),
)
const engine = new EngineClient(new EngineService(files))
let dbCount = 0

async function started(
  hash = '',
  dbName = `app-state-${++dbCount}`,
): Promise<{ state: AppState; dbName: string }> {
  const state = new AppState(engine, await ScenarioStore.open(dbName))
  await state.start(hash)
  return { state, dbName }
}

/** Resolves once the runs the page shows have all arrived. */
async function settled(state: AppState): Promise<void> {
  const keys = () => [baselineKey(state.areaId), state.activeId, ...state.compareIds]
  for (let i = 0; i < 200 && keys().some((k) => !state.run(k) || state.runPending(k)); i++) {
    await new Promise((r) => setTimeout(r, 5))
  }
}

describe('AppState with the real engine', () => {
  it('starts on the default area with the bundled scenarios and an editable first scenario', async () => {
    const { state } = await started()
    expect(state.ready).toBe(true)
    expect(state.areaId).toBe(state.catalogue?.defaultAreaId)
    expect(state.entries.filter((e) => e.origin === 'library').length).toBeGreaterThan(0)
    expect(state.active?.origin).toBe('saved')
    expect(state.active?.scenario.name).toBe('My scenario')
    await settled(state)
    expect(state.baselineRun?.has('bed occupancy')).toBe(true)
  })

  it('asks the engine only for the outputs the page draws', async () => {
    const { state } = await started()
    await settled(state)
    const view = state.baselineRun
    if (!view || !state.catalogue) throw new Error('no baseline run')
    for (const name of DRAWN_OUTPUTS) {
      expect(view.has(name) || view.index.elements(name).length > 0, name).toBe(true)
    }
    expect(view.index.names.length).toBeLessThan(state.catalogue.outputNames.length / 5)
    expect(view.values.length).toBe(view.index.names.length * view.times.length)
  })

  it('reruns the open scenario when a lever moves, and keeps it after reopening the store', async () => {
    const { state, dbName } = await started()
    await settled(state)
    const before = state.run(state.activeId)
    const lever = state.catalogue?.levers.find((l) => l.name === 'community shift share')
    if (!lever) throw new Error('no community shift share lever')
    state.setLever(state.activeId, lever.name, lever.max)
    await settled(state)
    const after = state.run(state.activeId)
    expect(after?.seq).toBeGreaterThan(before?.seq ?? 0)
    expect(after?.series('acute spend')).not.toEqual(before?.series('acute spend'))
    await state.flush()
    const reopened = new AppState(engine, await ScenarioStore.open(dbName))
    await reopened.start()
    expect(reopened.active?.scenario.levers).toEqual({ [lever.name]: lever.max })
  })

  it('brings a scenario saved by an older version up to date, says so, and saves it again', async () => {
    const dbName = `app-state-${++dbCount}`
    const store = await ScenarioStore.open(dbName)
    const old = newSavedScenario({
      name: 'Old shift',
      description: 'Saved before phasing was part of every lever',
      area: 'england-500k',
      levers: { 'community shift share': 0.1, 'shift start year': 2027 } as Scenario['levers'],
    })
    await store.saveScenario(old)
    await store.saveSetting('activeId', old.id)
    await store.flush()
    const { state } = await started('', dbName)
    expect(state.active?.scenario.levers).toEqual({
      'community shift share': { value: 0.1, start: 2027, ramp: 3 },
    })
    expect(state.notice?.text).toMatch(/^Updated your saved scenario “Old shift”: format 1 file updated: /)
    await state.flush()
    const reopened = await started('', dbName)
    expect(reopened.state.active?.scenario.format).toBe(2)
    expect(reopened.state.notice).toBeUndefined()
  })

  it('moves an area edit stored under a lever’s name to the base-year figure the lever starts from', async () => {
    const dbName = `app-state-${++dbCount}`
    const store = await ScenarioStore.open(dbName)
    // Care model 0.4 kept the base-year beds under the lever's own name.
    await store.saveAreaEdits(
      'england-500k',
      { edits: {}, confirmed: [] },
      { edits: { 'acute beds': 950 }, confirmed: [] },
    )
    await store.flush()
    const { state } = await started('', dbName)
    expect(state.edits()).toEqual({ 'acute beds at start': 950 })
    expect(state.baselineValue('acute beds')).toBe(950)
    expect(state.notice?.text).toContain('‘acute beds’ → ‘acute beds at start’')
    await state.flush()
    const reopened = await started('', dbName)
    expect(reopened.state.edits()).toEqual({ 'acute beds at start': 950 })
  })

  it('refuses a bad file with a message naming it, and changes nothing', async () => {
    const { state } = await started()
    const before = JSON.stringify(state.entries)
    expect(await state.importFile('{"name": ', 'broken.json')).toBe(false)
    expect(state.notice?.kind).toBe('error')
    expect(state.notice?.text).toContain('broken.json')
    expect(JSON.stringify(state.entries)).toBe(before)
  })

  it('duplicates, renames, describes, compares and deletes', async () => {
    const { state } = await started()
    const first = state.activeId
    const copy = state.duplicate(first)
    state.rename(copy, 'Copy with a name')
    state.describe(copy, '   ')
    expect(state.entry(copy)?.scenario).toMatchObject({
      name: 'Copy with a name',
      description: 'No description yet.',
    })
    state.toggleCompare(first)
    state.toggleCompare(copy)
    expect(state.compared.map((e) => e.id)).toEqual([first, copy])
    state.remove(copy)
    expect(state.entry(copy)).toBeUndefined()
    expect(state.compareIds).toEqual([first])
  })

  it('opens a shared link as a scenario of its own, in its area', async () => {
    const { state } = await started()
    const library = state.catalogue?.scenarios.find((s) => s.scenario.area !== state.catalogue?.defaultAreaId)
    if (!library) throw new Error('no bundled scenario outside the default area')
    const hash = new URL(shareUrl('http://localhost/', JSON.stringify(library.scenario)) as string).hash
    const { state: other } = await started(hash)
    expect(other.areaId).toBe(library.scenario.area)
    expect(other.active?.origin).toBe('saved')
    expect(other.active?.scenario.levers).toEqual(library.scenario.levers)
    expect(other.notice?.text).toContain('shared link')
  })

  it('edits and resets an area parameter, rerunning the baseline', async () => {
    const { state } = await started()
    await settled(state)
    const seq = state.baselineRun?.seq ?? 0
    state.setAreaParameter('acute beds', state.baselineValue('acute beds') * 1.2)
    await settled(state)
    expect(state.baselineRun?.seq).toBeGreaterThan(seq)
    expect(Object.keys(state.edits())).toEqual(['acute beds'])
    state.resetArea()
    expect(state.edits()).toEqual({})
  })

  it('undoes and redoes a lever drag, a rename and an area edit, one step each', async () => {
    const { state } = await started()
    const id = state.activeId
    const lever = state.catalogue?.levers.find((l) => l.name === 'community shift share')
    if (!lever) throw new Error('no community shift share lever')
    for (const value of [0.05, 0.1, 0.15]) state.setLever(id, lever.name, value)
    state.rename(id, 'Renamed')
    state.setAreaParameter('acute beds', 900)
    expect(state.history.undoLabel).toBe('Edit acute beds')
    state.history.undo()
    expect(state.edits()).toEqual({})
    state.history.undo()
    expect(state.active?.scenario.name).toBe('My scenario')
    state.history.undo()
    expect(state.active?.scenario.levers).toEqual({})
    expect(state.history.canUndo).toBe(false)
    state.history.redo()
    expect(state.active?.scenario.levers).toEqual({ [lever.name]: 0.15 })
    state.history.redo()
    expect(state.active?.scenario.name).toBe('Renamed')
    await state.flush()
  })
})
