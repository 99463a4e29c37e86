// The text of a scenario file as CareBalance writes it (app exports, migrated files): the current
// format, a stable key order and two-space indent, so files diff cleanly. Pure, so the app writes
// files by the same rule as the command line.
import type { Scenario } from './types'

/**
 * The scenario file format this version writes. Files without `format` are version 1, whose shift
 * was phased by levers of its own (scenario-migration.ts brings them up to date).
 */
export const SCENARIO_FORMAT = 2

export function scenarioFileText(scenario: Scenario): string {
  const file: Scenario = {
    format: SCENARIO_FORMAT,
    name: scenario.name,
    description: scenario.description,
    area: scenario.area,
    levers: scenario.levers,
  }
  if (scenario.sources?.length) file.sources = scenario.sources
  // Keep each [year, value] point of a time series, and each phase-in, on one line, as a person
  // would write them.
  const text = JSON.stringify(file, null, 2)
    .replace(/\[\s*(-?[\d.eE+-]+),\s*(-?[\d.eE+-]+)\s*\]/g, '[$1, $2]')
    .replace(
      /\[\s*(\[[^\]]*\](?:,\s*\[[^\]]*\])*)\s*\]/g,
      (_, points: string) => `[${points.replace(/,\s+\[/g, ', [')}]`,
    )
    .replace(
      /\{\s*"value": ([^,\s]+),\s*"start": ([^,\s]+),\s*"ramp": ([^\s}]+)\s*\}/g,
      '{ "value": $1, "start": $2, "ramp": $3 }',
    )
  return `${text}\n`
}
