// The analyst's work, kept in IndexedDB (through idb) so it survives a reload: saved scenarios,
// edits to each area's baseline parameters, and small settings such as the scenario last open.
//
// Several tabs may have the same work open. So every saved scenario carries a revision, raised by
// each write; a write applies only the fields it changes to what is stored at that moment (in one
// transaction), and when the stored revision is not the one this tab last saw, the store says
// which fields the other tab had changed (the `merged` event), so the app can show them and say
// so. A write to a scenario deleted elsewhere is refused (the `deleted` event), so a deleted
// scenario never comes back. Every write is announced on a BroadcastChannel; the other tabs' stores
// read what changed and pass it on (the `remote` event), so tabs see each other's work live.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb'
import {
  applyChanges,
  differing,
  type FieldChange,
  fieldKey,
  objectChanges,
  scenarioChanges,
  valueAt,
} from './field-changes'
import type { SavedScenario } from './saved-scenario'
import { WriteQueue } from './write-queue'

/** An area's edits as stored: values, and the parameters confirmed outside their plausible range. */
export interface StoredAreaEdits {
  edits: Record<string, number>
  confirmed: string[]
}

interface CareBalanceDb extends DBSchema {
  scenarios: { key: string; value: SavedScenario }
  areaEdits: { key: string; value: { areaId: string; edits: Record<string, number>; confirmed?: string[] } }
  settings: { key: string; value: { key: string; value: unknown } }
}

const DB_VERSION = 1

type ScenarioWrite =
  | { kind: 'create'; record: SavedScenario }
  | { kind: 'delete' }
  | { kind: 'field'; change: FieldChange }

/** What another tab did, or what this tab's write found another tab had done. */
export type StoreEvent =
  | { kind: 'remote-scenario'; record: SavedScenario }
  | { kind: 'remote-deleted'; id: string }
  | { kind: 'remote-area'; areaId: string; stored: StoredAreaEdits }
  | {
      kind: 'merged'
      record: SavedScenario
      /** Fields the other tab had changed since this tab last saw the scenario. */
      theirs: FieldChange[]
      /** Of those, the ones this write then set to another value. */
      overwritten: FieldChange[]
    }
  | { kind: 'deleted'; id: string; name: string }

type Message =
  | { kind: 'scenario'; id: string }
  | { kind: 'deleted'; id: string }
  | { kind: 'area'; areaId: string }

const toStoredEdits = (row?: { edits: Record<string, number>; confirmed?: string[] }): StoredAreaEdits => ({
  edits: { ...(row?.edits ?? {}) },
  confirmed: [...(row?.confirmed ?? [])],
})

const AREA_BY_FIELD: ReadonlySet<string> = new Set(['edits', 'confirmed'])

/** An area's stored edits as an object of fields, so its changes are field changes too. */
const areaFields = (stored: StoredAreaEdits) => ({
  edits: stored.edits,
  confirmed: Object.fromEntries(stored.confirmed.map((name) => [name, true])),
})

export class ScenarioStore extends EventTarget {
  /** Each scenario as this tab last saw it stored: the base its next write is compared with. */
  private readonly known = new Map<string, SavedScenario>()
  private readonly scenarioWrites = new WriteQueue<ScenarioWrite>(
    (id, writes) => this.writeScenario(id, writes),
    (write) => (write.kind === 'field' ? fieldKey(write.change.path) : write.kind),
  )
  private readonly areaWrites = new WriteQueue<FieldChange>(
    (areaId, changes) => this.writeArea(areaId, changes),
    (change) => fieldKey(change.path),
  )
  private readonly settingWrites = new WriteQueue<unknown>(
    (key, [value]) => this.db.put('settings', { key, value }).then(() => undefined),
    () => 'value',
  )
  private readonly channel?: BroadcastChannel

  private constructor(
    private readonly db: IDBPDatabase<CareBalanceDb>,
    name: string,
  ) {
    super()
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(`carebalance-store:${name}`)
      this.channel.onmessage = (event: MessageEvent<Message>) => {
        this.heard(event.data).catch(() => undefined)
      }
    }
  }

  static async open(name = 'carebalance'): Promise<ScenarioStore> {
    const db = await openDB<CareBalanceDb>(name, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('scenarios', { keyPath: 'id' })
        database.createObjectStore('areaEdits', { keyPath: 'areaId' })
        database.createObjectStore('settings', { keyPath: 'key' })
      },
    })
    return new ScenarioStore(db, name)
  }

  onEvent(listener: (event: StoreEvent) => void): void {
    this.addEventListener('store', (event) => listener((event as CustomEvent<StoreEvent>).detail))
  }

  // ---- scenarios ------------------------------------------------------------------------------

  async scenarios(): Promise<SavedScenario[]> {
    const all = await this.db.getAll('scenarios')
    for (const record of all) this.known.set(record.id, record)
    return all.sort((a, b) => a.createdAt - b.createdAt)
  }

  /** Saves a new scenario, or the fields in which `record` differs from what this tab last saw. */
  saveScenario(record: SavedScenario): Promise<void> {
    const base = this.known.get(record.id)
    if (!base)
      return this.scenarioWrites.add(record.id, [{ kind: 'create', record: structuredClone(record) }])
    return this.changeScenario(record.id, scenarioChanges(base.scenario, record.scenario))
  }

  /** Saves changes to fields of a saved scenario (`['levers', 'acute beds']`...). */
  changeScenario(id: string, changes: readonly FieldChange[]): Promise<void> {
    return this.scenarioWrites.add(
      id,
      changes.map((change) => ({ kind: 'field', change: structuredClone(change) })),
    )
  }

  deleteScenario(id: string): Promise<void> {
    return this.scenarioWrites.add(id, [{ kind: 'delete' }], true)
  }

  /** This tab's changes to a scenario's fields that have not landed yet. */
  pendingScenarioChanges(id: string): FieldChange[] {
    return this.scenarioWrites.pending(id).flatMap((write) => (write.kind === 'field' ? [write.change] : []))
  }

  // ---- area edits -----------------------------------------------------------------------------

  async areaEdits(): Promise<Record<string, StoredAreaEdits>> {
    const rows = await this.db.getAll('areaEdits')
    return Object.fromEntries(rows.map((row) => [row.areaId, toStoredEdits(row)]))
  }

  /** Saves the fields in which `next` differs from `previous` (both this tab's view of the area). */
  saveAreaEdits(areaId: string, previous: StoredAreaEdits, next: StoredAreaEdits): Promise<void> {
    return this.areaWrites.add(areaId, objectChanges(areaFields(previous), areaFields(next), AREA_BY_FIELD))
  }

  pendingAreaChanges(areaId: string): FieldChange[] {
    return this.areaWrites.pending(areaId)
  }

  // ---- settings -------------------------------------------------------------------------------

  async setting<T>(key: string): Promise<T | undefined> {
    const row = await this.db.get('settings', key)
    return row?.value as T | undefined
  }

  saveSetting(key: string, value: unknown): Promise<void> {
    return this.settingWrites.add(key, [structuredClone(value)])
  }

  /** Resolves when every write asked for so far has landed. */
  async flush(): Promise<void> {
    await Promise.all([this.scenarioWrites.flush(), this.areaWrites.flush(), this.settingWrites.flush()])
  }

  close(): void {
    this.channel?.close()
    this.db.close()
  }

  // ---- internals ------------------------------------------------------------------------------

  private async writeScenario(id: string, writes: ScenarioWrite[]): Promise<void> {
    const tx = this.db.transaction('scenarios', 'readwrite')
    const stored = await tx.store.get(id)
    const created = writes.find((w) => w.kind === 'create')
    if (writes.some((w) => w.kind === 'delete')) {
      if (stored) await tx.store.delete(id)
      await tx.done
      this.known.delete(id)
      this.announce({ kind: 'deleted', id })
      return
    }
    const base = stored ?? (created ? { ...created.record, revision: 0 } : undefined)
    const known = this.known.get(id)
    if (!base) {
      // Deleted in another tab: never bring it back.
      await tx.done
      this.known.delete(id)
      if (known) this.tell({ kind: 'deleted', id, name: known.scenario.name })
      return
    }
    const changes = writes.flatMap((w) => (w.kind === 'field' ? [w.change] : []))
    // A create asked for again before the first landed (the same new record, saved twice) sets its fields.
    if (created && stored) changes.unshift(...scenarioChanges(stored.scenario, created.record.scenario))
    const stale =
      stored !== undefined && known !== undefined && (stored.revision ?? 0) !== (known.revision ?? 0)
    const theirs = stale ? scenarioChanges(known.scenario, stored.scenario) : []
    const record: SavedScenario = {
      ...base,
      scenario: applyChanges(base.scenario, changes),
      revision: (base.revision ?? 0) + 1,
      updatedAt: Date.now(),
    }
    await tx.store.put(record)
    await tx.done
    this.known.set(id, record)
    this.announce({ kind: 'scenario', id })
    if (theirs.length) {
      const mine = new Set(changes.map((change) => fieldKey(change.path)))
      const overwritten = differing(
        theirs.filter((change) => mine.has(fieldKey(change.path))),
        stored?.scenario,
        record.scenario,
      )
      this.tell({ kind: 'merged', record, theirs, overwritten })
    }
  }

  private async writeArea(areaId: string, changes: FieldChange[]): Promise<void> {
    const tx = this.db.transaction('areaEdits', 'readwrite')
    const stored = toStoredEdits(await tx.store.get(areaId))
    const next = applyChanges(areaFields(stored), changes)
    const confirmed = Object.keys(next.confirmed).filter((name) => valueAt(next, ['confirmed', name]))
    await tx.store.put({ areaId, edits: next.edits, confirmed })
    await tx.done
    this.announce({ kind: 'area', areaId })
  }

  /** Reads what another tab changed and tells the app. */
  private async heard(message: Message): Promise<void> {
    if (message.kind === 'area') {
      const stored = toStoredEdits(await this.db.get('areaEdits', message.areaId))
      this.tell({ kind: 'remote-area', areaId: message.areaId, stored })
      return
    }
    const record = message.kind === 'scenario' ? await this.db.get('scenarios', message.id) : undefined
    if (!record) {
      if (this.scenarioWrites.pending(message.id).some((w) => w.kind === 'create')) return
      this.known.delete(message.id)
      this.tell({ kind: 'remote-deleted', id: message.id })
      return
    }
    // With a write of this tab's own waiting, keep the old base: that write then learns what the
    // other tab changed, and says so.
    if (!this.scenarioWrites.pending(message.id).length) this.known.set(record.id, record)
    this.tell({ kind: 'remote-scenario', record })
  }

  private announce(message: Message): void {
    this.channel?.postMessage(message)
  }

  private tell(event: StoreEvent): void {
    this.dispatchEvent(new CustomEvent('store', { detail: event }))
  }
}
