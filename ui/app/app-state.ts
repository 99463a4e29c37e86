// The app's state and everything the analyst can do to it: pick an area, keep scenarios, move
// levers, choose what to compare, edit the area's baseline. Components read it and call its
// methods; it saves to IndexedDB and asks the engine for the runs the page shows. It fires
// `change` after every change, so components re-render from one source of truth.
import { baselineValue } from '../../model/care/lever-input'
import type { Area, LeverValue, Scenario } from '../../model/care/types'
import type { Catalogue, ParameterInfo, RunRequest } from '../../workers/engine-api'
import type { EngineClient } from '../../workers/engine-client'
import type { RunView } from '../results/run-view'
import { newSavedScenario, type SavedScenario, uniqueName } from '../storage/saved-scenario'
import type { ScenarioStore } from '../storage/scenario-store'
import { scenarioTextFromHash, shareUrl } from '../storage/share-link'
import { DRAWN_OUTPUTS } from './drawn-outputs'
import { RunCoordinator } from './run-coordinator'
import { bringUpToDate } from './saved-scenario-update'
import { baselineKey, baselineScenario, type ScenarioEntry, scenarioFileText } from './scenario-entry'
import { UncertaintyCoordinator } from './uncertainty-coordinator'

export const MAX_COMPARED = 4

export interface Notice {
  kind: 'error' | 'info'
  text: string
}

export class AppState extends EventTarget {
  catalogue?: Catalogue
  areaId = ''
  activeId = ''
  compareIds: string[] = []
  notice?: Notice
  /** Set when the engine could not start at all. */
  fatal?: string
  /** Percentile bands of the open and compared scenarios, run while "Show uncertainty" is on. */
  uncertainty?: UncertaintyCoordinator
  private saved: SavedScenario[] = []
  private areaEdits: Record<string, Record<string, number>> = {}
  private runs?: RunCoordinator
  private parameterInfo = new Map<string, ParameterInfo>()

  constructor(
    private readonly engine: Pick<
      EngineClient,
      'catalogue' | 'checkScenario' | 'runLatest' | 'runUncertaintyLatest' | 'cancelUncertainty'
    >,
    private readonly store: ScenarioStore,
  ) {
    super()
  }

  // ---- start-up -------------------------------------------------------------------------------

  /** Loads the catalogue and the saved work, opens a shared link if `hash` carries one. */
  async start(hash = ''): Promise<void> {
    try {
      const catalogue = await this.engine.catalogue()
      this.catalogue = catalogue
      this.parameterInfo = new Map(catalogue.parameters.map((p) => [p.name, p]))
      this.runs = new RunCoordinator(this.engine, DRAWN_OUTPUTS, () => this.changed())
      this.uncertainty = new UncertaintyCoordinator(this.engine, () => this.changed())
      this.saved = await this.store.scenarios()
      const update = await bringUpToDate(this.saved, this.engine)
      this.saved = update.saved
      for (const record of update.changed) this.persist(this.store.saveScenario(record))
      this.areaEdits = await this.store.areaEdits()
      const areaId = await this.store.setting<string>('areaId')
      this.areaId = catalogue.areas.some((a) => a.id === areaId)
        ? (areaId as string)
        : catalogue.defaultAreaId
      this.activeId = (await this.store.setting<string>('activeId')) ?? ''
      this.compareIds = (await this.store.setting<string[]>('compareIds')) ?? []
      if (catalogue.scenarioProblems.length) {
        const files = catalogue.scenarioProblems.map((p) => p.message).join('; ')
        this.notice = { kind: 'error', text: `Some bundled scenario files could not be read: ${files}` }
      }
      if (update.notes.length) this.notice = { kind: 'info', text: update.notes.join(' ') }
      const shared = scenarioTextFromHash(hash)
      if (shared !== undefined) await this.openShared(shared)
      this.settleSelection()
      this.refresh()
      this.changed()
    } catch (error) {
      this.fatal = error instanceof Error ? error.message : String(error)
      this.changed()
    }
  }

  // ---- what components read ------------------------------------------------------------------

  get ready(): boolean {
    return this.catalogue !== undefined && this.runs !== undefined
  }

  get area(): Area | undefined {
    return this.catalogue?.areas.find((a) => a.id === this.areaId)
  }

  /** Bundled and saved scenarios of the current area, bundled first. */
  get entries(): ScenarioEntry[] {
    const library: ScenarioEntry[] = (this.catalogue?.scenarios ?? [])
      .filter((s) => s.scenario.area === this.areaId)
      .map((s) => ({ id: `library:${s.file}`, scenario: s.scenario, origin: 'library', file: s.file }))
    const saved: ScenarioEntry[] = this.saved
      .filter((s) => s.scenario.area === this.areaId)
      .map((s) => ({ id: s.id, scenario: s.scenario, origin: 'saved' }))
    return [...library, ...saved]
  }

  entry(id: string): ScenarioEntry | undefined {
    return this.entries.find((e) => e.id === id)
  }

  get active(): ScenarioEntry | undefined {
    return this.entry(this.activeId)
  }

  get compared(): ScenarioEntry[] {
    return this.compareIds.map((id) => this.entry(id)).filter((e): e is ScenarioEntry => e !== undefined)
  }

  run(id: string): RunView | undefined {
    return this.runs?.view(id)
  }

  runError(id: string): string | undefined {
    return this.runs?.error(id)
  }

  runPending(id: string): boolean {
    return this.runs?.pending(id) ?? false
  }

  latestRequest(id: string): number {
    return this.runs?.latestRequest(id) ?? 0
  }

  get baselineRun(): RunView | undefined {
    return this.runs?.view(baselineKey(this.areaId))
  }

  /** The user's edits to this area's parameters. */
  edits(areaId = this.areaId): Record<string, number> {
    return this.areaEdits[areaId] ?? {}
  }

  parameter(name: string): ParameterInfo | undefined {
    return this.parameterInfo.get(name)
  }

  /** A lever's or parameter's baseline value in the current area, after the user's edits. */
  baselineValue(name: string): number {
    const area = this.area
    const modelDefault = this.parameterInfo.get(name)?.value ?? Number.NaN
    return area ? baselineValue(name, area, this.edits(), modelDefault) : modelDefault
  }

  // ---- area -----------------------------------------------------------------------------------

  setArea(areaId: string): void {
    if (!this.catalogue?.areas.some((a) => a.id === areaId) || areaId === this.areaId) return
    this.areaId = areaId
    this.persist(this.store.saveSetting('areaId', areaId))
    this.settleSelection()
    this.rerun()
  }

  /** Sets one baseline parameter of the current area; undefined restores the sourced default. */
  setAreaParameter(name: string, value: number | undefined): void {
    const edits = { ...this.edits() }
    if (value === undefined || !Number.isFinite(value)) delete edits[name]
    else edits[name] = value
    this.areaEdits = { ...this.areaEdits, [this.areaId]: edits }
    this.persist(this.store.saveAreaEdits(this.areaId, edits))
    this.rerun()
  }

  resetArea(): void {
    this.areaEdits = { ...this.areaEdits, [this.areaId]: {} }
    this.persist(this.store.saveAreaEdits(this.areaId, {}))
    this.rerun()
  }

  // ---- scenarios ------------------------------------------------------------------------------

  select(id: string): void {
    if (!this.entry(id)) return
    this.activeId = id
    this.persist(this.store.saveSetting('activeId', id))
    this.rerun()
  }

  /** A new scenario with every lever at the area's baseline. */
  createFromBaseline(name = 'New scenario'): string {
    const area = this.area
    if (!area) return ''
    const scenario = baselineScenario(area.id, area.name)
    scenario.name = uniqueName(
      name,
      this.entries.map((e) => e.scenario.name),
    )
    scenario.description = `Starts from the ${area.name} baseline.`
    return this.add(scenario)
  }

  duplicate(id: string): string {
    const source = this.entry(id)
    if (!source) return ''
    const copy = structuredClone(source.scenario)
    copy.name = uniqueName(
      `${source.scenario.name} (copy)`,
      this.entries.map((e) => e.scenario.name),
    )
    return this.add(copy)
  }

  remove(id: string): void {
    const record = this.saved.find((s) => s.id === id)
    if (!record) return
    this.saved = this.saved.filter((s) => s.id !== id)
    this.compareIds = this.compareIds.filter((c) => c !== id)
    this.runs?.drop(id)
    this.persist(this.store.deleteScenario(id))
    this.persist(this.store.saveSetting('compareIds', this.compareIds))
    this.notice = { kind: 'info', text: `Deleted “${record.scenario.name}”.` }
    this.settleSelection()
    this.rerun()
  }

  rename(id: string, name: string): void {
    const trimmed = name.trim()
    if (trimmed) this.update(id, (s) => ({ ...s, name: trimmed }))
  }

  describe(id: string, description: string): void {
    // Scenario files require a description, so an emptied one keeps a placeholder that says so.
    const text = description.trim() || 'No description yet.'
    this.update(id, (s) => ({ ...s, description: text }))
  }

  /** Sets a lever of a saved scenario; undefined returns it to the area's baseline. */
  setLever(id: string, name: string, value: LeverValue | undefined): void {
    this.update(id, (s) => {
      const levers = { ...s.levers }
      if (value === undefined) delete levers[name]
      else levers[name] = value
      return { ...s, levers }
    })
  }

  toggleCompare(id: string): void {
    if (this.compareIds.includes(id)) this.compareIds = this.compareIds.filter((c) => c !== id)
    else if (this.compareIds.length < MAX_COMPARED) this.compareIds = [...this.compareIds, id]
    else {
      this.notice = {
        kind: 'info',
        text: `Compare up to ${MAX_COMPARED} scenarios at once: untick one first.`,
      }
    }
    this.persist(this.store.saveSetting('compareIds', this.compareIds))
    this.rerun()
  }

  /** Validates a scenario file and adds it; a bad file leaves everything as it was. */
  async importFile(text: string, file: string): Promise<boolean> {
    const check = await this.engine.checkScenario(text, file)
    if (!check.ok) {
      this.notice = {
        kind: 'error',
        text: `Could not import the scenario file. ${check.message.replace(/\.$/, '')}. Nothing was changed.`,
      }
      this.changed()
      return false
    }
    this.adopt(check.scenario)
    const updated = check.notes.length
      ? ` It was written by an older version: ${check.notes.join('; ')}.`
      : ''
    this.notice = { kind: 'info', text: `Imported “${check.scenario.name}” from ${file}.${updated}` }
    this.changed()
    return true
  }

  exportText(id: string): string | undefined {
    const entry = this.entry(id)
    return entry ? scenarioFileText(entry.scenario) : undefined
  }

  shareLink(id: string, pageUrl: string): string | undefined {
    const entry = this.entry(id)
    return entry ? shareUrl(pageUrl, entry.scenario) : undefined
  }

  dismissNotice(): void {
    this.notice = undefined
    this.changed()
  }

  /** Resolves when every change so far is in IndexedDB. */
  flush(): Promise<void> {
    return this.store.flush()
  }

  // ---- internals ------------------------------------------------------------------------------

  private async openShared(text: string): Promise<void> {
    const check = await this.engine.checkScenario(text, 'shared link')
    if (!check.ok) {
      this.notice = {
        kind: 'error',
        text: `The shared link does not hold a valid scenario: ${check.message}`,
      }
      return
    }
    const same = this.saved.find((s) => scenarioFileText(s.scenario) === scenarioFileText(check.scenario))
    if (same) {
      this.areaId = same.scenario.area
      this.activeId = same.id
    } else {
      this.adopt(check.scenario)
    }
    this.notice = { kind: 'info', text: `Opened “${check.scenario.name}” from a shared link.` }
  }

  /** Adds a validated scenario from outside (file or link), in its own area, and opens it. */
  private adopt(scenario: Scenario): void {
    if (scenario.area !== this.areaId && this.catalogue?.areas.some((a) => a.id === scenario.area)) {
      this.areaId = scenario.area
      this.persist(this.store.saveSetting('areaId', this.areaId))
    }
    const copy = {
      ...scenario,
      name: uniqueName(
        scenario.name,
        this.entries.map((e) => e.scenario.name),
      ),
    }
    this.add(copy)
  }

  private add(scenario: Scenario): string {
    const record = newSavedScenario(scenario)
    this.saved = [...this.saved, record]
    this.persist(this.store.saveScenario(record))
    this.activeId = record.id
    this.persist(this.store.saveSetting('activeId', record.id))
    this.rerun()
    return record.id
  }

  private update(id: string, change: (scenario: Scenario) => Scenario): void {
    const index = this.saved.findIndex((s) => s.id === id)
    if (index < 0) return
    const record = {
      ...this.saved[index],
      scenario: change(this.saved[index].scenario),
      updatedAt: Date.now(),
    }
    this.saved = this.saved.with(index, record)
    this.persist(this.store.saveScenario(record))
    this.rerun()
  }

  /**
   * Keeps the active and compared scenarios inside the current area. A first visit gets an
   * editable scenario from the baseline, so levers work without a setup step.
   */
  private settleSelection(): void {
    const entries = this.entries
    this.compareIds = this.compareIds.filter((id) => entries.some((e) => e.id === id))
    if (entries.some((e) => e.id === this.activeId)) return
    const firstSaved = entries.find((e) => e.origin === 'saved')
    if (firstSaved) this.activeId = firstSaved.id
    else this.createFromBaseline('My scenario')
  }

  /** Asks for the runs the page shows: the area's baseline, the active and compared scenarios. */
  private refresh(): void {
    const runs = this.runs
    const area = this.area
    if (!runs || !area) return
    const areaEdits = this.edits(area.id)
    runs.ensure(baselineKey(area.id), { scenario: baselineScenario(area.id, area.name), areaEdits })
    const wanted = new Map<string, RunRequest>()
    for (const id of new Set([this.activeId, ...this.compareIds])) {
      const entry = this.entry(id)
      if (entry) wanted.set(id, { scenario: entry.scenario, areaEdits })
    }
    for (const [id, request] of wanted) runs.ensure(id, request)
    this.uncertainty?.want(wanted)
  }

  private persist(write: Promise<void>): void {
    write.catch((error: unknown) => {
      this.notice = { kind: 'error', text: `Could not save to this browser's storage: ${String(error)}` }
      this.changed()
    })
  }

  /** After a change that alters what runs: ask for the runs, then tell the components. */
  private rerun(): void {
    this.refresh()
    this.changed()
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'))
  }
}
