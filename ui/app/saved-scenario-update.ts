// Saved scenarios written by an older version of the app are read as the files they would have
// been (no `format`: version 1) and brought up to date by the engine's own reader, exactly as an
// imported file would be. One that no longer reads is kept as it is: its run names the setting
// at fault, and nothing the analyst saved is lost.
import { SCENARIO_FORMAT } from '../../model/care/scenario-text'
import type { EngineClient } from '../../workers/engine-client'
import type { SavedScenario } from '../storage/saved-scenario'

export interface SavedUpdate {
  /** Every saved scenario, updated where it needed it. */
  saved: SavedScenario[]
  /** The records that changed, to be saved again. */
  changed: SavedScenario[]
  /** One sentence per updated scenario, saying what changed. */
  notes: string[]
}

export async function bringUpToDate(
  saved: readonly SavedScenario[],
  engine: Pick<EngineClient, 'checkScenario'>,
): Promise<SavedUpdate> {
  const update: SavedUpdate = { saved: [...saved], changed: [], notes: [] }
  for (const [index, record] of saved.entries()) {
    if (record.scenario.format === SCENARIO_FORMAT) continue
    const check = await engine.checkScenario(JSON.stringify(record.scenario), `“${record.scenario.name}”`)
    if (!check.ok) continue
    const updated = { ...record, scenario: check.scenario }
    update.saved[index] = updated
    update.changed.push(updated)
    if (check.notes.length) update.notes.push(`Updated your saved scenario ${check.notes.join('; ')}.`)
  }
  return update
}
