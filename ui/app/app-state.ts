// The app's state and everything the analyst can do to it: pick an area, keep scenarios, move
// levers, choose what to compare, edit the area's baseline, bring work in and send it out.
// Components read it and call its methods; it saves to IndexedDB (in step with other tabs: see
// saved-scenarios.ts) and asks the engine for the runs the page shows, saying when the engine had
// to be restarted. It fires `change` after every change, so components re-render from one source
// of truth.
import type { AreaEditRange } from '../../model/care/area-edit-range'
import type { Area, LeverValue, Scenario } from '../../model/care/types'
import type { DecisionsClient } from '../../workers/decisions-client'
import type { Catalogue, ParameterInfo, RunRequest } from '../../workers/engine-api'
import type { EngineClient, EngineStatus } from '../../workers/engine-client'
import type { RunView } from '../results/run-view'
import type { ScenarioStore, StoreEvent } from '../storage/scenario-store'
import { scenarioTextFromHash, sharedLinkProblem } from '../storage/share-link'
import { AreaBaselines } from './area-baselines'
import { AreaEditing } from './area-editing'
import { AreaSelections } from './area-selections'
import { type EditedParameter, engineStatusText, failedRunText } from './change-notes'
import { DRAWN_OUTPUTS } from './drawn-outputs'
import { type ImportedFile, importText, openSharedText } from './file-import'
import type { Notice, RefusedEdit } from './notice'
import { RunCoordinator } from './run-coordinator'
import { bringUpToDate } from './saved-scenario-update'
import { SavedScenarios } from './saved-scenarios'
import { ScenarioEditing } from './scenario-editing'
import { baselineKey, baselineScenario, type ScenarioEntry } from './scenario-entry'
import { ScenarioExchange } from './scenario-exchange'
import { UncertaintyCoordinator } from './uncertainty-coordinator'
import { UndoHistory } from './undo-history'

export const MAX_COMPARED = 4

export type { Notice, RefusedEdit } from './notice'

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
  /** Goal seek and sensitivity on the worker pool, when the app has one (ui/main.ts starts it). */
  decisions?: DecisionsClient
  /** The last area edit refused for want of the analyst's confirmation. */
  refusedEdit?: RefusedEdit
  /** Undo and redo of lever moves, names, descriptions and area edits. */
  readonly history = new UndoHistory(() => this.changed())
  private readonly saved: SavedScenarios
  private readonly baselines: AreaBaselines
  private readonly selections: AreaSelections
  private readonly areaEditing: AreaEditing
  private readonly exchange: ScenarioExchange
  private readonly editing: ScenarioEditing
  private runs?: RunCoordinator
  private parameterInfo = new Map<string, ParameterInfo>()
  private uncertaintyShown = false

  constructor(
    readonly engine: Pick<
      EngineClient,
      | 'catalogue'
      | 'checkScenario'
      | 'checkProject'
      | 'runLatest'
      | 'runUncertaintyLatest'
      | 'cancelUncertainty'
      | 'onEngineStatus'
    >,
    private readonly store: ScenarioStore,
  ) {
    super()
    this.saved = new SavedScenarios(store)
    this.baselines = new AreaBaselines(store, () => this.catalogue?.areaEditRanges ?? {})
    this.selections = new AreaSelections(store)
    this.areaEditing = new AreaEditing(this, this.baselines)
    this.exchange = new ScenarioExchange(this, this.saved, this.baselines)
    this.editing = new ScenarioEditing(this, this.saved)
  }

  // ---- start-up -------------------------------------------------------------------------------

  /** Loads the catalogue and the saved work, opens a shared link if `hash` carries one. */
  async start(hash = ''): Promise<void> {
    try {
      const catalogue = await this.engine.catalogue()
      this.catalogue = catalogue
      this.parameterInfo = new Map(catalogue.parameters.map((p) => [p.name, p]))
      this.runs = new RunCoordinator(this.engine, DRAWN_OUTPUTS, () => this.changed())
      this.uncertainty = new UncertaintyCoordinator(this.engine, () => this.uncertaintyChanged())
      this.uncertaintyShown = (await this.store.setting<boolean>('showUncertainty')) === true
      this.uncertainty.setEnabled(this.uncertaintyShown)
      this.engine.onEngineStatus((status) => this.engineStatus(status))
      await this.saved.load()
      const update = await bringUpToDate(this.saved.all, this.engine)
      for (const saving of this.saved.replaceAll(update.saved, update.changed)) this.persist(saving)
      const renamed = Object.fromEntries(
        catalogue.levers.flatMap((lever) => (lever.baseYearFact ? [[lever.name, lever.baseYearFact]] : [])),
      )
      const baselines = await this.baselines.load(renamed)
      this.persist(baselines.saving)
      const areaId = await this.store.setting<string>('areaId')
      this.areaId = catalogue.areas.some((a) => a.id === areaId)
        ? (areaId as string)
        : catalogue.defaultAreaId
      await this.selections.load(this.areaId)
      this.showSelection()
      this.store.onEvent((event) => this.heard(event))
      if (catalogue.scenarioProblems.length) {
        const files = catalogue.scenarioProblems.map((p) => p.message).join('; ')
        this.notice = { kind: 'error', text: `Some bundled scenario files could not be read: ${files}` }
      }
      if (baselines.moved.length)
        update.notes.push(
          `Your edits to the area’s base-year figures now have their own names (${baselines.moved.join(', ')}); the levers start from them.`,
        )
      if (update.notes.length) this.notice = { kind: 'info', text: update.notes.join(' ') }
      const linkProblem = sharedLinkProblem(hash)
      const shared = linkProblem ? undefined : scenarioTextFromHash(hash)
      if (linkProblem) this.notice = { kind: 'error', text: linkProblem }
      if (shared !== undefined) await openSharedText(this, shared)
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
    const saved: ScenarioEntry[] = this.saved.all
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

  /** Why the run of `id` failed, naming the area edit made last when there are edits. */
  runError(id: string): string | undefined {
    const error = this.runs?.error(id)
    const area = this.area
    if (!error || !area) return error
    return failedRunText(error, this.editedParameters(), this.areaEditing.lastEdited)
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
    return this.areaEditing.edits(areaId)
  }

  /** What a run of scenario `id` is made from (the scenario and this area's edits): for goal seek and sensitivity. */
  runRequest(id: string): RunRequest | undefined {
    const entry = this.entry(id)
    if (!entry) return undefined
    const { edits: areaEdits, confirmedOutsideRange } = this.baselines.asAreaEdits(entry.scenario.area)
    return { scenario: entry.scenario, areaEdits, confirmedOutsideRange }
  }

  /** Edited parameters confirmed outside their plausible range. */
  confirmedOutsideRange(areaId = this.areaId): string[] {
    return this.areaEditing.confirmedOutsideRange(areaId)
  }

  /** A parameter's limits and plausible range in the current area. */
  areaEditRange(name: string): AreaEditRange | undefined {
    return this.areaEditing.range(this.areaId, name)
  }

  /** Each edited parameter of the area with its sourced and edited values. */
  editedParameters(areaId = this.areaId): EditedParameter[] {
    return this.areaEditing.described(areaId)
  }

  parameter(name: string): ParameterInfo | undefined {
    return this.parameterInfo.get(name)
  }

  /** A lever's or parameter's baseline value in the current area, after the user's edits. */
  baselineValue(name: string): number {
    return this.areaEditing.baselineValue(name)
  }

  // ---- area -----------------------------------------------------------------------------------

  /** Opens another area, with the scenario and compare ticks the analyst left there. */
  setArea(areaId: string): void {
    if (!this.catalogue?.areas.some((a) => a.id === areaId) || areaId === this.areaId) return
    this.areaId = areaId
    this.persist(this.store.saveSetting('areaId', areaId))
    this.showSelection()
    this.settleSelection()
    this.rerun()
  }

  /**
   * Sets one baseline parameter of the current area; undefined restores the sourced default. A value
   * the model cannot take is refused, and one outside its plausible range waits for the analyst's
   * confirmation (`confirm`), each with a notice naming the parameter; nothing changes meanwhile.
   */
  setAreaParameter(name: string, value: number | undefined, confirm = false): boolean {
    return this.areaEditing.set(name, value, confirm)
  }

  resetArea(): void {
    this.refusedEdit = undefined
    this.replaceAreaEdits(this.areaId, {}, [], 'Reset the area')
  }

  // ---- scenarios ------------------------------------------------------------------------------

  select(id: string): void {
    if (!this.entry(id)) return
    this.activeId = id
    this.saveSelection()
    this.rerun()
  }

  /** A new scenario with every lever at the area's baseline. */
  createFromBaseline(name = 'New scenario'): string {
    return this.editing.createFromBaseline(name)
  }

  duplicate(id: string): string {
    return this.editing.duplicate(id)
  }

  remove(id: string): void {
    const record = this.saved.find(id)
    const deleting = this.saved.remove(id)
    if (!record || !deleting) return
    this.persist(deleting)
    this.forget(id)
    this.notice = { kind: 'info', text: `Deleted “${record.scenario.name}”.` }
    this.settleSelection()
    this.rerun()
  }

  rename(id: string, name: string): void {
    this.editing.rename(id, name)
  }

  describe(id: string, description: string): void {
    this.editing.describe(id, description)
  }

  /** Sets a lever of a saved scenario; undefined returns it to the area's baseline. */
  setLever(id: string, name: string, value: LeverValue | undefined): void {
    this.editing.setLever(id, name, value)
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
    this.saveSelection()
    this.rerun()
  }

  /**
   * Validates a scenario or project file and adds what it holds; a bad file leaves everything as it
   * was. A file given as a File is refused by its size before it is read.
   */
  async importFile(text: string | ImportedFile, file?: string): Promise<boolean> {
    const imported = typeof text === 'string' ? { name: file ?? 'file', text: async () => text } : text
    const done = await importText(this, imported)
    this.settleSelection()
    this.rerun()
    return done
  }

  /** The scenario's file, with the edits to its area's baseline it runs on. */
  exportText(id: string): string | undefined {
    return this.exchange.fileText(id)
  }

  /** A link carrying the scenario and its area's baseline edits, or a notice saying it is too large. */
  shareLink(id: string, pageUrl: string): string | undefined {
    return this.exchange.shareLink(id, pageUrl)
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

  /**
   * Adds a validated scenario from outside (file, project or link) under a free name in its own
   * area, and opens it there unless `open` is false; returns the name it was given.
   */
  adopt(scenario: Scenario, open = true): string {
    const name = this.freeName(scenario.name, scenario.area)
    if (!open) {
      this.persist(this.saved.add({ ...scenario, name }).saving)
      return name
    }
    if (scenario.area !== this.areaId && this.catalogue?.areas.some((a) => a.id === scenario.area)) {
      this.areaId = scenario.area
      this.persist(this.store.saveSetting('areaId', this.areaId))
      this.showSelection()
    }
    this.add({ ...scenario, name })
    return name
  }

  /** The whole workspace as a project file: every area's edits and every saved scenario. */
  projectText(): string {
    return this.exchange.projectText()
  }

  /** A name not yet taken in `areaId`: the wanted one, or `Name (2)`... */
  freeName(wanted: string, areaId = this.areaId): string {
    return this.exchange.freeName(wanted, areaId)
  }

  /** Puts an area's baseline edits in place (an import, a shared link's, undo), saving them. */
  replaceAreaEdits(
    areaId: string,
    edits: Record<string, number>,
    confirmed: string[],
    label = 'Use the edited baseline',
  ): void {
    this.areaEditing.replace(areaId, edits, confirmed, label)
  }

  /** Every saved scenario with its id, for a project file and for finding an identical one. */
  savedScenarios(): { id: string; scenario: Scenario }[] {
    return this.saved.all.map((s) => ({ id: s.id, scenario: s.scenario }))
  }

  /** Opens a saved scenario in its own area. */
  open(id: string): void {
    const record = this.saved.find(id)
    if (!record) return
    if (record.scenario.area !== this.areaId) this.setArea(record.scenario.area)
    this.select(id)
  }

  say(notice: Notice): void {
    this.notice = notice
    this.changed()
  }

  /** Saves a new scenario and opens it; returns its id. */
  add(scenario: Scenario): string {
    const { record, saving } = this.saved.add(scenario)
    this.persist(saving)
    this.activeId = record.id
    this.saveSelection()
    this.rerun()
    return record.id
  }

  /** Shows the scenario and compare ticks the analyst left in the current area. */
  private showSelection(): void {
    const selection = this.selections.of(this.areaId)
    this.activeId = selection.activeId
    this.compareIds = [...selection.compareIds]
  }

  private saveSelection(): void {
    const saving = this.selections.set(this.areaId, { activeId: this.activeId, compareIds: this.compareIds })
    this.persist(saving)
  }

  /** A scenario that is gone (deleted here or in another tab): out of every view and selection. */
  private forget(id: string): void {
    this.compareIds = this.compareIds.filter((c) => c !== id)
    this.runs?.drop(id)
  }

  /** News from storage: another tab's work, or what this tab's write found. */
  private heard(event: StoreEvent): void {
    if (event.kind === 'remote-area') {
      if (!this.baselines.hear(event.areaId, event.stored)) return
      if (event.areaId === this.areaId)
        this.notice = { kind: 'info', text: `The baseline of ${this.area?.name} was changed in another tab.` }
      this.rerun()
      return
    }
    const news = this.saved.hear(event)
    if (!news) return
    if (news.removed) this.forget(news.id)
    const shown = news.id === this.activeId || this.compareIds.includes(news.id)
    if (news.note && (shown || event.kind !== 'remote-scenario')) this.notice = news.note
    this.settleSelection()
    this.rerun()
  }

  /** Says the engine is restarting or back; "back" does not hide news that came in meanwhile. */
  private engineStatus(status: EngineStatus): void {
    const restarting = this.notice?.text === engineStatusText({ ...status, state: 'restarting' })
    if (status.state === 'restarted' && this.notice && !restarting) return
    this.say({ kind: status.state === 'failed' ? 'error' : 'info', text: engineStatusText(status) })
  }

  /** Remembers "Show uncertainty" across reloads. */
  private uncertaintyChanged(): void {
    const on = this.uncertainty?.enabled ?? false
    if (on !== this.uncertaintyShown) this.persist(this.store.saveSetting('showUncertainty', on))
    this.uncertaintyShown = on
    this.changed()
  }

  /**
   * Keeps the active and compared scenarios inside the current area. A first visit gets an
   * editable scenario from the baseline, so levers work without a setup step.
   */
  private settleSelection(): void {
    const entries = this.entries
    const compared = this.compareIds.filter((id) => entries.some((e) => e.id === id)).slice(0, MAX_COMPARED)
    const selection = this.selections.of(this.areaId)
    if (compared.length !== this.compareIds.length) this.compareIds = compared
    if (!entries.some((e) => e.id === this.activeId)) {
      const firstSaved = entries.find((e) => e.origin === 'saved')
      if (firstSaved) this.activeId = firstSaved.id
      else this.createFromBaseline('My scenario')
    }
    if (selection.activeId !== this.activeId || selection.compareIds.join() !== this.compareIds.join())
      this.saveSelection()
  }

  /** Asks for the runs the page shows: the area's baseline, the active and compared scenarios. */
  private refresh(): void {
    const runs = this.runs
    const area = this.area
    if (!runs || !area) return
    const { edits: areaEdits, confirmedOutsideRange } = this.baselines.asAreaEdits(area.id)
    const inputs = { areaEdits, confirmedOutsideRange }
    runs.ensure(baselineKey(area.id), { scenario: baselineScenario(area.id, area.name), ...inputs })
    const wanted = new Map<string, RunRequest>()
    for (const id of new Set([this.activeId, ...this.compareIds])) {
      const entry = this.entry(id)
      if (entry) wanted.set(id, { scenario: entry.scenario, ...inputs })
    }
    for (const [id, request] of wanted) runs.ensure(id, request)
    // The baseline's band too: drawn behind its line, and each scenario's runs are set against its runs.
    const baseline = { scenario: baselineScenario(area.id, area.name), ...inputs }
    this.uncertainty?.want(new Map([[baselineKey(area.id), baseline], ...wanted]))
  }

  persist(write: Promise<void>): void {
    write.catch((error: unknown) => {
      this.notice = { kind: 'error', text: `Could not save to this browser's storage: ${String(error)}` }
      this.changed()
    })
  }

  /** After a change that alters what runs: ask for the runs, then tell the components. */
  rerun(): void {
    this.refresh()
    this.changed()
  }

  changed(): void {
    this.dispatchEvent(new Event('change'))
  }
}
