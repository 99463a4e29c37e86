// A scenario the analyst keeps in the browser, with an id of its own so two scenarios may share a
// name. The `scenario` field is exactly a scenarios/*.json file's contents, so export is a copy.
import type { Scenario } from '../../model/care/types'

export interface SavedScenario {
  id: string
  scenario: Scenario
  createdAt: number
  updatedAt: number
  /** Raised by every write (scenario-store.ts); absent in records saved before revisions. */
  revision?: number
}

export function newSavedScenario(scenario: Scenario, now = Date.now()): SavedScenario {
  return { id: crypto.randomUUID(), scenario: structuredClone(scenario), createdAt: now, updatedAt: now }
}

/** A name not yet taken: `Name`, then `Name (2)`, `Name (3)`, ... */
export function uniqueName(wanted: string, taken: Iterable<string>): string {
  const names = new Set(taken)
  if (!names.has(wanted)) return wanted
  const base = wanted.replace(/ \(\d+\)$/, '')
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`
    if (!names.has(candidate)) return candidate
  }
}
