// The analyst's saved scenarios in this tab, kept in step with the browser's storage and with other
// tabs: a change is saved as the fields it sets; what another tab creates, changes or deletes
// arrives here and is shown at once, this tab's own changes not yet saved kept on top of it; a
// write that found the other tab's changes, or found the scenario deleted, is reported in words.
import type { Scenario } from '../../model/care/types'
import { applyChanges, fieldKey, scenarioChanges } from '../storage/field-changes'
import { newSavedScenario, type SavedScenario } from '../storage/saved-scenario'
import type { ScenarioStore, StoreEvent } from '../storage/scenario-store'
import { changesInWords, fieldList } from './change-notes'

/** What the app should do after news from storage: rerun, and perhaps tell the analyst. */
export interface SavedNews {
  /** The scenario that changed or went, by id. */
  id: string
  removed: boolean
  /** A sentence for the analyst, when the news is worth one. */
  note?: { kind: 'info' | 'error'; text: string }
}

export class SavedScenarios {
  private records: SavedScenario[] = []

  constructor(
    private readonly store: Pick<
      ScenarioStore,
      'scenarios' | 'saveScenario' | 'changeScenario' | 'deleteScenario' | 'pendingScenarioChanges'
    >,
  ) {}

  async load(): Promise<void> {
    this.records = await this.store.scenarios()
  }

  get all(): readonly SavedScenario[] {
    return this.records
  }

  find(id: string): SavedScenario | undefined {
    return this.records.find((s) => s.id === id)
  }

  /** Replaces records brought up to date at start-up, and saves them. */
  replaceAll(records: SavedScenario[], changed: readonly SavedScenario[]): Promise<void>[] {
    this.records = records
    return changed.map((record) => this.store.saveScenario(record))
  }

  add(scenario: Scenario): { record: SavedScenario; saving: Promise<void> } {
    const record = newSavedScenario(scenario)
    this.records = [...this.records, record]
    return { record, saving: this.store.saveScenario(record) }
  }

  /** Changes a scenario in memory at once and saves the fields that changed; undefined if not saved here. */
  update(id: string, change: (scenario: Scenario) => Scenario): Promise<void> | undefined {
    const index = this.records.findIndex((s) => s.id === id)
    if (index < 0) return undefined
    const before = this.records[index]
    const record = { ...before, scenario: change(before.scenario), updatedAt: Date.now() }
    const changes = scenarioChanges(before.scenario, record.scenario)
    if (!changes.length) return Promise.resolve()
    this.records = this.records.with(index, record)
    return this.store.changeScenario(id, changes)
  }

  remove(id: string): Promise<void> | undefined {
    if (!this.find(id)) return undefined
    this.records = this.records.filter((s) => s.id !== id)
    return this.store.deleteScenario(id)
  }

  /** Takes in news from storage; says what happened, or undefined if it changes nothing here. */
  hear(event: StoreEvent): SavedNews | undefined {
    switch (event.kind) {
      case 'remote-scenario': {
        const known = this.find(event.record.id)
        this.showStored(event.record)
        const renamed = known && known.scenario.name !== event.record.scenario.name
        return {
          id: event.record.id,
          removed: false,
          note: known
            ? {
                kind: 'info',
                text: `“${known.scenario.name}” was changed in another tab${renamed ? ` and is now called “${event.record.scenario.name}”` : ''}: this tab shows its latest settings.`,
              }
            : undefined,
        }
      }
      case 'merged': {
        this.showStored(event.record)
        const name = event.record.scenario.name
        const overwritten = event.overwritten.length
          ? ` Where you both set the same thing (${fieldList(event.overwritten)}), yours was kept.`
          : ''
        return {
          id: event.record.id,
          removed: false,
          note: {
            kind: 'info',
            text: `Another tab had changed “${name}” since this tab last saw it (${changesInWords(event.theirs)}). Your change and theirs are both kept.${overwritten}`,
          },
        }
      }
      case 'remote-deleted':
      case 'deleted': {
        const known = this.find(event.id)
        if (!known) return undefined
        this.records = this.records.filter((s) => s.id !== event.id)
        const text =
          event.kind === 'deleted'
            ? `“${known.scenario.name}” was deleted in another tab, so your last change to it was not saved.`
            : `“${known.scenario.name}” was deleted in another tab.`
        return {
          id: event.id,
          removed: true,
          note: { kind: event.kind === 'deleted' ? 'error' : 'info', text },
        }
      }
      default:
        return undefined
    }
  }

  /** Shows what is stored, with this tab's own changes that have not landed yet on top. */
  private showStored(stored: SavedScenario): void {
    const pending = this.store.pendingScenarioChanges(stored.id)
    const latest = new Map(pending.map((change) => [fieldKey(change.path), change]))
    const record = { ...stored, scenario: applyChanges(stored.scenario, [...latest.values()]) }
    const index = this.records.findIndex((s) => s.id === stored.id)
    this.records = index < 0 ? [...this.records, record] : this.records.with(index, record)
  }
}
