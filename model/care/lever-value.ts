// Checking a lever's value from a scenario (file, saved record or `--set`): a number, a phase-in
// or a time series (lever-input.ts says what each means), held to the lever's range in its area.
import { ModelError } from '../errors'
import { leverRangeFor } from './levers'
import type { Area, LeverSpec, LeverValue, PhaseIn } from './types'
import { BASE_YEAR, HORIZON_YEARS } from './version'

/** The longest phase-in: the whole horizon. */
const MAX_RAMP_YEARS = HORIZON_YEARS
const PHASE_FIELDS = ['value', 'start', 'ramp'] as const

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Where a value came from, as a message names it: a scenario file's field, or a `--set`. */
export type LeverValueOrigin = 'field' | '--set'

function failer(origin: LeverValueOrigin) {
  return (field: string, message: string): never => {
    throw new ModelError({ message: `${origin} '${field}': ${message}` })
  }
}

/**
 * Checks a value from a scenario (file, saved record or `--set`) against the lever's range in the
 * area and returns it as a LeverValue; a problem names `field` (e.g. `levers.hump fund[1]`) and
 * where it came from.
 */
export function checkLeverValue(
  value: unknown,
  lever: LeverSpec,
  area: Area,
  field: string,
  origin: LeverValueOrigin = 'field',
): LeverValue {
  const fail: (field: string, message: string) => never = failer(origin)
  const [min, max] = leverRangeFor(lever, area)
  // A range that depends on the place says so: a value fine for Scotland may be absurd elsewhere.
  const whose = area.leverRanges?.[lever.name] ? ` (the range for area '${area.id}')` : ''
  const expected =
    `expected a number between ${min} and ${max}${whose}, a phase-in ` +
    '{"value": v, "start": year, "ramp": years} or a time series [[year, value], ...]'
  const inRange = (v: unknown): v is number =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
  if (typeof value === 'number') {
    if (!inRange(value)) fail(field, `${expected}, got ${value}`)
    return value
  }
  if (isObject(value)) return checkPhaseIn(value, inRange, `${expected}, got`, field, fail)
  if (!Array.isArray(value) || value.length === 0) fail(field, expected)
  const points: Array<[number, number]> = []
  value.forEach((point: unknown, i) => {
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

function checkPhaseIn(
  value: Record<string, unknown>,
  inRange: (v: unknown) => v is number,
  expected: string,
  field: string,
  fail: (field: string, message: string) => never,
): PhaseIn {
  for (const key of Object.keys(value)) {
    if (!(PHASE_FIELDS as readonly string[]).includes(key))
      fail(`${field}.${key}`, 'unknown field of a phase-in; it has value, start and ramp')
  }
  if (!inRange(value.value)) fail(`${field}.value`, `${expected} ${JSON.stringify(value.value)}`)
  const last = BASE_YEAR + HORIZON_YEARS
  const start = value.start
  if (typeof start !== 'number' || !Number.isFinite(start) || start < BASE_YEAR || start > last)
    fail(`${field}.start`, `expected a year from ${BASE_YEAR} to ${last}, got ${JSON.stringify(start)}`)
  const ramp = value.ramp ?? 0
  if (typeof ramp !== 'number' || !Number.isFinite(ramp) || ramp < 0 || ramp > MAX_RAMP_YEARS)
    fail(`${field}.ramp`, `expected years from 0 to ${MAX_RAMP_YEARS}, got ${JSON.stringify(ramp)}`)
  return { value: value.value, start, ramp }
}
