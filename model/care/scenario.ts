// Scenario files: read and check `scenarios/*.json`, naming the file and the field of any problem.
// Files of an older format are brought up to date, and the reader is told what changed. Turning
// a scenario into a run's inputs is scenario-inputs.ts.
import { ModelError } from '../errors'
import type { Source } from '../ir'
import { findArea } from './areas'
import { checkLeverValue } from './lever-value'
import { LEVERS } from './levers'
import { leverNamed } from './scenario-inputs'
import { migrateLevers } from './scenario-migration'
import { SCENARIO_FORMAT } from './scenario-text'
import type { LeverValue, Scenario } from './types'

const FIELDS = new Set(['format', 'name', 'description', 'area', 'levers', 'sources'])
const SOURCE_FIELDS = new Set(['title', 'year', 'table', 'url', 'note'])
const BYTE_ORDER_MARK = '\uFEFF'

type Fail = (field: string, message: string) => never

function failIn(file: string): Fail {
  return (field, message) => {
    throw new ModelError({ file, message: field ? `field '${field}': ${message}` : message })
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function readSources(value: unknown, fail: Fail): Source[] {
  if (!Array.isArray(value)) fail('sources', 'expected a list of sources')
  return value.map((entry, i) => {
    const field = `sources[${i}]`
    if (!isObject(entry)) fail(field, 'expected an object with at least a title')
    for (const key of Object.keys(entry))
      if (!SOURCE_FIELDS.has(key)) fail(`${field}.${key}`, 'unknown field')
    if (typeof entry.title !== 'string' || !entry.title.trim())
      fail(`${field}.title`, 'expected a non-empty string')
    if (entry.year !== undefined && (typeof entry.year !== 'number' || !Number.isInteger(entry.year)))
      fail(`${field}.year`, 'expected a whole number')
    for (const key of ['table', 'url', 'note'] as const) {
      if (entry[key] !== undefined && typeof entry[key] !== 'string')
        fail(`${field}.${key}`, 'expected a string')
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
}

/** Reads a scenario file's text; any problem is a ModelError naming `file` and the field. */
export function readScenarioFile(text: string, file: string): ScenarioFile {
  const fail: Fail = failIn(file)
  let data: unknown
  try {
    // Editors on Windows often save UTF-8 with a byte-order mark; it is not part of the JSON.
    data = JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text)
  } catch (error) {
    fail('', `not valid JSON: ${(error as Error).message}`)
  }
  if (!isObject(data)) fail('', 'expected a JSON object with name, description, area and levers')
  for (const key of Object.keys(data)) if (!FIELDS.has(key)) fail(key, 'unknown field')
  const format = readFormat(data.format, fail)
  for (const key of ['name', 'description', 'area'] as const) {
    if (typeof data[key] !== 'string' || !(data[key] as string).trim())
      fail(key, 'expected a non-empty string')
  }
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
    try {
      levers[lever.name] = checkLeverValue(value, lever, area, field)
    } catch (error) {
      throw error instanceof ModelError ? error.inFile(file) : error
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
  return { scenario, notes }
}

/** Reads a scenario file's text when what was migrated does not matter to the caller (tests). */
export function parseScenario(text: string, file: string): Scenario {
  return readScenarioFile(text, file).scenario
}
