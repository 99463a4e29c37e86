// Scenario files: read and check `scenarios/*.json`, naming the file and the field of any problem,
// and turn a scenario into run overrides (the area's values, then the levers).
import { ModelError } from '../errors'
import type { Source } from '../ir'
import { canonicalName } from '../names'
import type { Override, TimeSeries } from '../simulation'
import { findArea } from './areas'
import { LEVERS, leverRangeFor } from './levers'
import type { Area, LeverSpec, LeverValue, Scenario } from './types'

const FIELDS = new Set(['name', 'description', 'area', 'levers', 'sources'])
const SOURCE_FIELDS = new Set(['title', 'year', 'table', 'url', 'note'])

type Fail = (field: string, message: string) => never

function failIn(file: string): Fail {
  return (field, message) => {
    throw new ModelError({ file, message: field ? `field '${field}': ${message}` : message })
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function leverByName(name: string): LeverSpec | undefined {
  const key = canonicalName(name)
  return LEVERS.find((lever) => canonicalName(lever.name) === key)
}

function readLeverValue(value: unknown, lever: LeverSpec, area: Area, field: string, fail: Fail): LeverValue {
  const [min, max] = leverRangeFor(lever, area)
  // A range that depends on the place says so: a value fine for Scotland may be absurd elsewhere.
  const whose = area.leverRanges?.[lever.name] ? ` (the range for area '${area.id}')` : ''
  const expected = `expected a number between ${min} and ${max}${whose} or a time series [[year, value], ...]`
  const inRange = (v: unknown): v is number =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
  if (typeof value === 'number') {
    if (!inRange(value)) fail(field, `${expected}, got ${value}`)
    return value
  }
  if (!Array.isArray(value) || value.length === 0) fail(field, expected)
  const points: Array<[number, number]> = []
  value.forEach((point, i) => {
    if (
      !Array.isArray(point) ||
      point.length !== 2 ||
      typeof point[0] !== 'number' ||
      !Number.isFinite(point[0])
    )
      fail(`${field}[${i}]`, 'expected a point [year, value]')
    if (!inRange(point[1])) fail(`${field}[${i}]`, `${expected}, got ${JSON.stringify(point[1])}`)
    if (i > 0 && point[0] <= points[i - 1][0]) fail(`${field}[${i}]`, 'years must increase')
    points.push([point[0], point[1]])
  })
  return points
}

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

/** Reads a scenario file's text; any problem is a ModelError naming `file` and the field. */
export function parseScenario(text: string, file: string): Scenario {
  const fail: Fail = failIn(file)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    fail('', `not valid JSON: ${(error as Error).message}`)
  }
  if (!isObject(data)) fail('', 'expected a JSON object with name, description, area and levers')
  for (const key of Object.keys(data)) if (!FIELDS.has(key)) fail(key, 'unknown field')
  for (const key of ['name', 'description', 'area'] as const) {
    if (typeof data[key] !== 'string' || !(data[key] as string).trim())
      fail(key, 'expected a non-empty string')
  }
  const area = findArea(data.area as string)
  if (!area) fail('area', `unknown area '${data.area}'`)
  const levers: Record<string, LeverValue> = {}
  if (data.levers !== undefined) {
    if (!isObject(data.levers)) fail('levers', 'expected an object of lever name: value')
    for (const [name, value] of Object.entries(data.levers)) {
      const lever = leverByName(name)
      if (!lever) fail(`levers.${name}`, `unknown lever; levers are: ${LEVERS.map((l) => l.name).join(', ')}`)
      levers[lever.name] = readLeverValue(value, lever, area, `levers.${name}`, fail)
    }
  }
  const scenario: Scenario = {
    name: data.name as string,
    description: data.description as string,
    area: area.id,
    levers,
  }
  if (data.sources !== undefined) scenario.sources = readSources(data.sources, fail)
  return scenario
}

/** Overrides for a run: the area's values first, then the scenario's levers on top. */
export function scenarioOverrides(scenario: Scenario): Record<string, Override> {
  const area = findArea(scenario.area)
  if (!area) throw new ModelError({ message: `unknown area '${scenario.area}'` })
  const overrides: Record<string, Override> = { ...area.parameters }
  for (const [name, value] of Object.entries(scenario.levers)) {
    overrides[name] = typeof value === 'number' ? value : (value as TimeSeries)
  }
  return overrides
}
