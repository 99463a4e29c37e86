// The text of a scenario file as CareBalance writes it (app exports, migrated files): the current
// format, a stable key order and two-space indent, so files diff cleanly. Pure, so the app writes
// files by the same rule as the command line.
import type { AreaEdits } from './area-edit-range'
import type { Scenario } from './types'

/**
 * The scenario file format this version writes. Files without `format` are version 1, whose shift
 * was phased by levers of its own (scenario-migration.ts brings them up to date).
 */
export const SCENARIO_FORMAT = 2

/**
 * The file's text; with `areaEdits` (when any parameter is edited), the file carries the baseline
 * the scenario was run with, so whoever opens it gets the same numbers.
 */
export function scenarioFileText(scenario: Scenario, areaEdits?: AreaEdits): string {
  return `${formatScenarioJson(scenarioFileData(scenario, areaEdits))}\n`
}

/** The file's fields in their order, as an object (a project file holds a list of these). */
export function scenarioFileData(scenario: Scenario, areaEdits?: AreaEdits): Record<string, unknown> {
  const file: Record<string, unknown> = {
    format: SCENARIO_FORMAT,
    name: scenario.name,
    description: scenario.description,
    area: scenario.area,
    levers: scenario.levers,
  }
  if (scenario.sources?.length) file.sources = scenario.sources
  if (areaEdits && Object.keys(areaEdits.edits).length) {
    file.areaEdits = areaEdits.edits
    if (areaEdits.confirmedOutsideRange.length) file.confirmedOutsideRange = areaEdits.confirmedOutsideRange
  }
  return file
}

/** JSON with two-space indent, as a person would write it. */
export function formatScenarioJson(data: unknown): string {
  // Keep each [year, value] point of a time series, and each phase-in, on one line, as a person
  // would write them.
  return JSON.stringify(data, null, 2)
    .replace(/\[\s*(-?[\d.eE+-]+),\s*(-?[\d.eE+-]+)\s*\]/g, '[$1, $2]')
    .replace(
      /\[\s*(\[[^\]]*\](?:,\s*\[[^\]]*\])*)\s*\]/g,
      (_, points: string) => `[${points.replace(/,\s+\[/g, ', [')}]`,
    )
    .replace(
      /\{\s*"value": ([^,\s]+),\s*"start": ([^,\s]+),\s*"ramp": ([^\s}]+)\s*\}/g,
      '{ "value": $1, "start": $2, "ramp": $3 }',
    )
}
