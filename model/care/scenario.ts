// Scenario files: read and check `scenarios/*.json`, naming the file and the field of any problem.
// Files of an older format are brought up to date, and the reader is told what changed. Turning
// a scenario into a run's inputs is scenario-inputs.ts.
import { ModelError } from '../errors'
import type { Source } from '../ir'
import type { AreaEdits } from './area-edit-range'
import { areaEditProblems } from './area-edits'
import { findArea } from './areas'
import { checkLeverValue } from './lever-value'
import { LEVERS } from './levers'
import { leverNamed } from './scenario-inputs'
import { lengthProblem, SCENARIO_LIMITS, textFieldProblem, textSizeProblem } from './scenario-limits'
import { migrateLevers } from './scenario-migration'
import { SCENARIO_FORMAT } from './scenario-text'
import type { Area, LeverValue, Scenario } from './types'

const FIELDS = new Set([
  'format',
  'name',
  'description',
  'area',
  'levers',
  'sources',
  'areaEdits',
  'confirmedOutsideRange',
])
const SOURCE_FIELDS = new Set(['title', 'year', 'table', 'url', 'note'])
const BYTE_ORDER_MARK = '\uFEFF'

export type Fail = (field: string, message: string) => never

/** Fails naming `file` and the field, each field name prefixed with `within` (a project's `scenarios[2].`). */
export function failIn(file: string, within = ''): Fail {
  return (field, message) => {
    const path = within + field
    throw new ModelError({ file, message: path ? `field '${path.replace(/\.$/, '')}': ${message}` : message })
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function readSources(value: unknown, fail: Fail): Source[] {
  if (!Array.isArray(value)) fail('sources', 'expected a list of sources')
  if (value.length > SCENARIO_LIMITS.sources)
    fail('sources', `${value.length} sources is more than the ${SCENARIO_LIMITS.sources} a scenario may list`)
  return value.map((entry, i) => {
    const field = `sources[${i}]`
    if (!isObject(entry)) fail(field, 'expected an object with at least a title')
    for (const key of Object.keys(entry))
      if (!SOURCE_FIELDS.has(key)) fail(`${field}.${key}`, 'unknown field')
    if (typeof entry.title !== 'string' || !entry.title.trim())
      fail(`${field}.title`, 'expected a non-empty string')
    if (entry.year !== undefined && (typeof entry.year !== 'number' || !Number.isInteger(entry.year)))
      fail(`${field}.year`, 'expected a whole number')
    for (const key of ['title', 'table', 'url', 'note'] as const) {
      if (entry[key] !== undefined && typeof entry[key] !== 'string')
        fail(`${field}.${key}`, 'expected a string')
      const tooLong = lengthProblem(entry[key] ?? '', SCENARIO_LIMITS.sourceFieldChars)
      if (tooLong) fail(`${field}.${key}`, tooLong)
    }
    return entry as unknown as Source
  })
}

function readFormat(value: unknown, fail: Fail): number {
  if (value === undefined) return 1
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    fail('format', `expected a whole number from 1 to ${SCENARIO_FORMAT}`)
  if (value > SCENARIO_FORMAT)
    fail('format', `format ${value} is newer than this version of CareBalance reads (${SCENARIO_FORMAT})`)
  return value
}

export interface ScenarioFile {
  scenario: Scenario
  /** What was changed to bring an older file up to date; empty for a current file. */
  notes: string[]
  /** The edits to the area's baseline the scenario was run with, when the file carries them. */
  areaEdits?: AreaEdits
}

/** JSON text of at most `limit` bytes; a UTF-8 byte-order mark (Windows editors write one) is not part of it. */
export function parseJsonFile(text: string, limit: number, what: string, fail: Fail): unknown {
  const tooLarge = textSizeProblem(text, limit, what)
  if (tooLarge) fail('', tooLarge)
  try {
    return JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text)
  } catch (error) {
    return fail('', `not valid JSON: ${(error as Error).message}`)
  }
}

/** Reads a scenario file's text; any problem is a ModelError naming `file` and the field. */
export function readScenarioFile(text: string, file: string): ScenarioFile {
  const fail: Fail = failIn(file)
  return readScenarioData(parseJsonFile(text, SCENARIO_LIMITS.fileBytes, 'a scenario file', fail), file)
}

/**
 * Reads a scenario file's parsed JSON, or one scenario of a project file; field names in problems
 * start with `within`.
 */
export function readScenarioData(data: unknown, file: string, within = ''): ScenarioFile {
  const fail: Fail = failIn(file, within)
  if (!isObject(data)) fail('', 'expected a JSON object with name, description, area and levers')
  for (const key of Object.keys(data)) if (!FIELDS.has(key)) fail(key, 'unknown field')
  const format = readFormat(data.format, fail)
  for (const key of ['name', 'description', 'area'] as const) {
    if (typeof data[key] !== 'string' || !(data[key] as string).trim())
      fail(key, 'expected a non-empty string')
  }
  const tooLong =
    textFieldProblem('name', data.name as string) ??
    textFieldProblem('description', data.description as string)
  if (tooLong) fail(tooLong.field, tooLong.message)
  const area = findArea(data.area as string)
  if (!area) fail('area', `unknown area '${data.area}'`)
  if (data.levers !== undefined && !isObject(data.levers))
    fail('levers', 'expected an object of lever name: value')
  const migration =
    format < SCENARIO_FORMAT ? migrateLevers(data.levers ?? {}) : { levers: data.levers ?? {}, notes: [] }
  const levers: Record<string, LeverValue> = {}
  const fieldOf: Record<string, string> = {}
  for (const [name, value] of Object.entries(migration.levers)) {
    const field = `levers.${name}`
    const lever = leverNamed(name)
    if (!lever) fail(field, `unknown lever; levers are: ${LEVERS.map((l) => l.name).join(', ')}`)
    if (fieldOf[lever.name])
      fail(field, `the lever '${lever.name}' is set twice (also as '${fieldOf[lever.name]}'): keep one`)
    fieldOf[lever.name] = name
    if (Array.isArray(value) && value.length > SCENARIO_LIMITS.seriesPoints)
      fail(
        field,
        `${value.length} points is more than a time series may have (${SCENARIO_LIMITS.seriesPoints})`,
      )
    try {
      levers[lever.name] = checkLeverValue(value, lever, area, field)
    } catch (error) {
      if (!(error instanceof ModelError)) throw error
      throw new ModelError({ file, message: error.message.replace(/^field '/, `field '${within}`) })
    }
  }
  const scenario: Scenario = {
    format: SCENARIO_FORMAT,
    name: data.name as string,
    description: data.description as string,
    area: area.id,
    levers,
  }
  if (data.sources !== undefined) scenario.sources = readSources(data.sources, fail)
  const notes = migration.notes.map((note) => `${file}: format ${format} file updated: ${note}`)
  const read: ScenarioFile = { scenario, notes }
  if (data.areaEdits !== undefined || data.confirmedOutsideRange !== undefined)
    read.areaEdits = readAreaEdits(data.areaEdits ?? {}, data.confirmedOutsideRange ?? [], area, fail)
  return read
}

/**
 * Reads `areaEdits` (parameter: value) and `confirmedOutsideRange` (the parameters the analyst
 * confirmed outside their plausible range), checking each edit as a run would.
 */
export function readAreaEdits(edits: unknown, confirmed: unknown, area: Area, fail: Fail): AreaEdits {
  if (!isObject(edits)) return fail('areaEdits', 'expected an object of parameter name: value')
  if (!Array.isArray(confirmed) || confirmed.some((name) => typeof name !== 'string'))
    return fail('confirmedOutsideRange', 'expected a list of parameter names')
  for (const name of confirmed as string[]) {
    if (!(name in edits)) fail('confirmedOutsideRange', `'${name}' is not among the area edits`)
  }
  const [problem] = areaEditProblems(area, edits, confirmed as string[])
  if (problem) fail(`areaEdits.${problem.variable}`, problem.message.replace(/^area edit: /, ''))
  return {
    edits: { ...(edits as Record<string, number>) },
    confirmedOutsideRange: [...(confirmed as string[])],
  }
}

/** Reads a scenario file's text when what was migrated does not matter to the caller (tests). */
export function parseScenario(text: string, file: string): Scenario {
  return readScenarioFile(text, file).scenario
}
