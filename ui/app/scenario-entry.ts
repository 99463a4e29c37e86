// A scenario as the app lists it: either one of the bundled scenarios/*.json files (read-only,
// always there) or one the analyst saved in this browser (editable).
import type { Scenario } from '../../model/care/types'

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

export function baselineScenario(areaId: string, areaName: string): Scenario {
  return {
    name: 'Baseline',
    description: `Do nothing: ${areaName} with every lever at its default.`,
    area: areaId,
    levers: {},
  }
}

/** The text of a scenarios/*.json file for this scenario: stable key order, two-space indent. */
export function scenarioFileText(scenario: Scenario): string {
  const file: Scenario = {
    name: scenario.name,
    description: scenario.description,
    area: scenario.area,
    levers: scenario.levers,
  }
  if (scenario.sources?.length) file.sources = scenario.sources
  // Keep each [year, value] point of a time series on one line, as a person would write it.
  const text = JSON.stringify(file, null, 2).replace(
    /\[\s*(-?[\d.eE+-]+),\s*(-?[\d.eE+-]+)\s*\]/g,
    '[$1, $2]',
  )
  return `${text}\n`
}
