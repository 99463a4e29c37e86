// The text of a project file (project-file.ts reads it): pure, so the app writes it by the same
// rule as the command line would.
import type { AreaEdits } from './area-edit-range'
import { formatScenarioJson, scenarioFileData } from './scenario-text'
import type { Scenario } from './types'

export const PROJECT_FORMAT = 1
export const PROJECT_KIND = 'CareBalance project'

export interface Project {
  /** Area id -> the analyst's edits to that area's baseline. */
  areaEdits: Record<string, AreaEdits>
  scenarios: Scenario[]
}

/** True when a file's first characters say it is a project file, so one Import takes both kinds. */
export function looksLikeProject(text: string): boolean {
  return new RegExp(`"kind"\\s*:\\s*"${PROJECT_KIND}"`).test(text.slice(0, 2000))
}

export function projectFileText(project: Project): string {
  const areas: Record<string, unknown> = {}
  for (const [areaId, edits] of Object.entries(project.areaEdits)) {
    if (!Object.keys(edits.edits).length) continue
    areas[areaId] = { areaEdits: edits.edits, confirmedOutsideRange: edits.confirmedOutsideRange }
  }
  const data = {
    format: PROJECT_FORMAT,
    kind: PROJECT_KIND,
    areas,
    scenarios: project.scenarios.map((scenario) => scenarioFileData(scenario)),
  }
  return `${formatScenarioJson(data)}\n`
}
