// The analyst's work, kept in IndexedDB (through idb) so it survives a reload: saved scenarios,
// edits to each area's baseline parameters, and small settings such as the scenario last open.
// Writes for the same key are coalesced, one in flight and only the latest waiting, so dragging a
// slider does not pile up hundreds of writes, and the last one always lands.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb'
import type { SavedScenario } from './saved-scenario'

interface CareBalanceDb extends DBSchema {
  scenarios: { key: string; value: SavedScenario }
  areaEdits: { key: string; value: { areaId: string; edits: Record<string, number> } }
  settings: { key: string; value: { key: string; value: unknown } }
}

const DB_VERSION = 1

export class ScenarioStore {
  private readonly writing = new Map<string, Promise<void>>()
  private readonly waiting = new Map<string, () => Promise<unknown>>()

  private constructor(private readonly db: IDBPDatabase<CareBalanceDb>) {}

  static async open(name = 'carebalance'): Promise<ScenarioStore> {
    const db = await openDB<CareBalanceDb>(name, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('scenarios', { keyPath: 'id' })
        database.createObjectStore('areaEdits', { keyPath: 'areaId' })
        database.createObjectStore('settings', { keyPath: 'key' })
      },
    })
    return new ScenarioStore(db)
  }

  async scenarios(): Promise<SavedScenario[]> {
    const all = await this.db.getAll('scenarios')
    return all.sort((a, b) => a.createdAt - b.createdAt)
  }

  saveScenario(record: SavedScenario): Promise<void> {
    const copy = structuredClone(record)
    return this.coalesce(`scenario:${record.id}`, () => this.db.put('scenarios', copy))
  }

  deleteScenario(id: string): Promise<void> {
    return this.coalesce(`scenario:${id}`, () => this.db.delete('scenarios', id))
  }

  async areaEdits(): Promise<Record<string, Record<string, number>>> {
    const rows = await this.db.getAll('areaEdits')
    return Object.fromEntries(rows.map((row) => [row.areaId, row.edits]))
  }

  saveAreaEdits(areaId: string, edits: Record<string, number>): Promise<void> {
    const copy = { ...edits }
    return this.coalesce(`area:${areaId}`, () => this.db.put('areaEdits', { areaId, edits: copy }))
  }

  async setting<T>(key: string): Promise<T | undefined> {
    const row = await this.db.get('settings', key)
    return row?.value as T | undefined
  }

  saveSetting(key: string, value: unknown): Promise<void> {
    return this.coalesce(`setting:${key}`, () => this.db.put('settings', { key, value }))
  }

  /** Resolves when every write asked for so far has landed. */
  async flush(): Promise<void> {
    while (this.writing.size > 0) await Promise.all([...this.writing.values()])
  }

  close(): void {
    this.db.close()
  }

  /**
   * Runs `write` after the write in flight for `key`, replacing any write already waiting. The
   * promise settles when this write, or a later one that replaced it, has landed.
   */
  private coalesce(key: string, write: () => Promise<unknown>): Promise<void> {
    const inFlight = this.writing.get(key)
    if (inFlight) {
      // The loop below picks this write up when the current one lands.
      this.waiting.set(key, write)
      return inFlight
    }
    const run = (async () => {
      let next: (() => Promise<unknown>) | undefined = write
      try {
        while (next) {
          await next()
          next = this.waiting.get(key)
          this.waiting.delete(key)
        }
      } finally {
        this.waiting.delete(key)
        this.writing.delete(key)
      }
    })()
    this.writing.set(key, run)
    return run
  }
}
