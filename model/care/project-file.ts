// Reading a project file: a whole workspace in one JSON file, the analyst's edits to each area's baseline
// and every scenario they keep, so work can move to another browser or colleague and come back
// with the same numbers. Each scenario is written exactly as a scenario file would be (without its
// own area edits: the project's apply to every scenario of the area).
//
//   { "format": 1, "kind": "CareBalance project",
//     "areas": { "england-500k": { "areaEdits": { "acute beds": 900 }, "confirmedOutsideRange": [] } },
//     "scenarios": [ { "format": 2, "name": ..., "area": ..., "levers": { ... } }, ... ] }
import { ModelError } from '../errors'
import type { AreaEdits } from './area-edit-range'
import { findArea } from './areas'
import { PROJECT_FORMAT, PROJECT_KIND, type Project } from './project-text'
import {
  type Fail,
  failIn,
  parseJsonFile,
  readAreaEdits,
  readScenarioData,
  type ScenarioFile,
} from './scenario'
import { SCENARIO_LIMITS } from './scenario-limits'

export { PROJECT_FORMAT, PROJECT_KIND, type Project, projectFileText } from './project-text'

const FIELDS = new Set(['format', 'kind', 'areas', 'scenarios'])
const AREA_FIELDS = new Set(['areaEdits', 'confirmedOutsideRange'])

export interface ProjectFile extends Project {
  /** What was changed to bring older scenarios up to date. */
  notes: string[]
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function readFormat(value: unknown, fail: Fail): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    fail('format', `expected a whole number from 1 to ${PROJECT_FORMAT}`)
  if (value > PROJECT_FORMAT)
    fail('format', `format ${value} is newer than this version of CareBalance reads (${PROJECT_FORMAT})`)
}

function readAreas(value: unknown, fail: Fail): Record<string, AreaEdits> {
  if (!isObject(value))
    return fail('areas', 'expected an object of area id: { areaEdits, confirmedOutsideRange }')
  const areas: Record<string, AreaEdits> = {}
  for (const [areaId, entry] of Object.entries(value)) {
    const field = `areas.${areaId}`
    const area = findArea(areaId)
    if (!area) fail(field, 'unknown area')
    if (!isObject(entry)) fail(field, 'expected { areaEdits, confirmedOutsideRange }')
    for (const key of Object.keys(entry)) if (!AREA_FIELDS.has(key)) fail(`${field}.${key}`, 'unknown field')
    const failHere: Fail = (inner, message) => fail(`${field}.${inner}`, message)
    areas[areaId] = readAreaEdits(entry.areaEdits ?? {}, entry.confirmedOutsideRange ?? [], area, failHere)
  }
  return areas
}

/** Reads a project file's text; any problem is a ModelError naming `file` and the field. */
export function readProjectFile(text: string, file: string): ProjectFile {
  const fail: Fail = failIn(file)
  const data = parseJsonFile(text, SCENARIO_LIMITS.projectBytes, 'a project file', fail)
  if (!isObject(data) || data.kind !== PROJECT_KIND)
    fail('kind', `expected "${PROJECT_KIND}": this is not a CareBalance project file`)
  for (const key of Object.keys(data)) if (!FIELDS.has(key)) fail(key, 'unknown field')
  readFormat(data.format, fail)
  const areaEdits = readAreas(data.areas ?? {}, fail)
  if (!Array.isArray(data.scenarios)) fail('scenarios', 'expected a list of scenarios')
  if (data.scenarios.length > SCENARIO_LIMITS.projectScenarios)
    fail(
      'scenarios',
      `${data.scenarios.length} scenarios is more than a project may hold (${SCENARIO_LIMITS.projectScenarios})`,
    )
  const read: ScenarioFile[] = data.scenarios.map((entry: unknown, i: number) => {
    const one = readScenarioData(entry, file, `scenarios[${i}].`)
    if (one.areaEdits)
      throw new ModelError({
        file,
        message: `field 'scenarios[${i}].areaEdits': a project keeps area edits under 'areas', not in a scenario`,
      })
    return one
  })
  return { areaEdits, scenarios: read.map((r) => r.scenario), notes: read.flatMap((r) => r.notes) }
}
