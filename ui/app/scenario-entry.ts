// A scenario as the app lists it: either one of the bundled scenarios/*.json files (read-only,
// always there) or one the analyst saved in this browser (editable).

import type { Scenario } from '../../model/care/types'

export { baselineScenario } from '../../model/care/baseline-scenario'
export { scenarioFileText } from '../../model/care/scenario-text'

export interface ScenarioEntry {
  /** `library:<file>` for bundled files, the saved record's id otherwise. */
  id: string
  scenario: Scenario
  origin: 'library' | 'saved'
  /** The bundled file's name. */
  file?: string
}

export const BASELINE_KEY_PREFIX = 'baseline:'

/** The run key of an area's baseline: its default parameters and no lever moved. */
export function baselineKey(areaId: string): string {
  return `${BASELINE_KEY_PREFIX}${areaId}`
}
