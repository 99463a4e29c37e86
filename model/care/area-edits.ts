// The analyst's edits to an area's baseline (Area set-up, or `areaEdits` in a scenario or project
// file), checked the same way by the CLI, the worker and the app. Each parameter has limits it
// can never pass (a negative population, a probability above 1, a price of nothing that the model
// divides by) and, where there is one, a plausible range in the area, which an edit may leave only
// when the analyst has confirmed it ("outside the sourced range, I know").
//
// The plausible range in an area is, in this order:
// - for a parameter that is also a lever (beds, prices, pooling), the lever's range in the area,
//   as the lever's control allows;
// - for a count that grows with the place (admissions, occupied beds, clients, residents, waiting
//   lists), the model's range, which was found for its default area of 500,000 people, scaled to
//   the area's population; a count the model gives no range is held to half to twice the area's
//   own figure (the model is calibrated around it: a hundredth of the occupied beds fails to run).
//   Both follow the analyst's edits to the population;
// - otherwise the model's range;
// widened, where needed, to take in the area's own sourced figure (a place's published figure is
// plausible for it by definition: San Marino's care home fee is below any English one).
import { ModelError, type Problem } from '../errors'
import {
  type AreaEditRange,
  areaEditRangeProblem,
  POPULATION_PARAMETERS,
  populationOf,
  roundOutwards,
} from './area-edit-range'
import type { ParameterDefinition } from './builder'
import { LEVERS, leverRangeFor } from './levers'
import { assembleCareModel } from './model'
import type { Area } from './types'

export type { AreaEditRange, AreaEdits } from './area-edit-range'

/** Counts whose plausible range scales with the number of people in the place. */
const SIZE_COUNTS = new Set([
  'emergency admissions at start',
  'emergency occupied beds at start',
  'delayed discharge beds at start',
  'elective occupied beds at start',
  'home care clients at start',
  'people waiting for home care at start',
  'care home residents at start',
  'people waiting for a care home at start',
])

/** Parameters the model divides by: zero does not run (found by running each at zero). */
const DIVISORS = new Set([
  'emergency admissions at start',
  'emergency occupied beds at start',
  'acute beds',
  'beds per acute hospital',
  'home care clients at start',
  'home care hours per client',
  'care home residents at start',
  'publicly funded share of care home residents',
])

/** Dimensionless area figures that scale England's rates rather than share something out. */
const RATIOS = new Set(['mortality relative to England'])

let definitions: Map<string, ParameterDefinition> | undefined

function definitionOf(name: string): ParameterDefinition | undefined {
  definitions ??= new Map(assembleCareModel().parameters.map((p) => [p.name, p]))
  return definitions.get(name)
}

/** The values a parameter of these units can never take. */
function limitsFor(name: string, units: string): Omit<AreaEditRange, 'plausible' | 'perResident'> {
  const positive = DIVISORS.has(name) || units.startsWith('GBP')
  // A multiplier on England's rates is dimensionless but not a share: Scotland's is 1.14.
  if (RATIOS.has(name))
    return { low: 0, high: Number.POSITIVE_INFINITY, lowExclusive: true, limitsText: 'a ratio, more than 0' }
  if (units === 'dimensionless')
    return positive
      ? { low: 0, high: 1, lowExclusive: true, limitsText: 'a share, more than 0 and at most 1' }
      : { low: 0, high: 1, limitsText: 'a share or probability, from 0 to 1' }
  if (units.endsWith('per person per year'))
    return { low: 0, high: 1, limitsText: 'a yearly rate per person, from 0 to 1' }
  // Half the people leaving in a year already empties an age band within the horizon.
  if (units === 'per year') return { low: -0.5, high: 0.5, limitsText: 'a yearly rate, from -0.5 to 0.5' }
  const high = units === 'hours per week' ? 168 : Number.POSITIVE_INFINITY
  const what =
    units === 'hours per week' ? 'hours in a week' : units.startsWith('GBP') ? 'a price' : 'a count'
  const upTo = Number.isFinite(high) ? `, up to ${high}` : ''
  return positive
    ? { low: 0, high, lowExclusive: true, limitsText: `${what}, more than 0${upTo}` }
    : { low: 0, high, limitsText: `${what}, 0 or more${upTo}` }
}

/** The limits and plausible range of parameter `name` in `area`, or undefined for no such parameter. */
export function areaEditRange(area: Area, name: string): AreaEditRange | undefined {
  const definition = definitionOf(name)
  if (!definition) return undefined
  const range: AreaEditRange = limitsFor(name, definition.units)
  const own = area.parameters[name] ?? definition.value
  const lever = LEVERS.find((l) => l.name === name)
  let plausible: [number, number] | undefined
  if (lever) plausible = leverRangeFor(lever, area)
  else if (SIZE_COUNTS.has(name)) {
    range.perResident = true
    const scale = populationOf(area) / populationOf({ parameters: modelPopulation() })
    plausible = definition.range
      ? roundOutwards([definition.range[0] * scale, definition.range[1] * scale])
      : roundOutwards([own / 2, own * 2])
  } else plausible = definition.range
  if (plausible) range.plausible = [Math.min(plausible[0], own), Math.max(plausible[1], own)]
  return range
}

/** The populations of the model's own default area. */
function modelPopulation(): Record<string, number> {
  return Object.fromEntries(POPULATION_PARAMETERS.map((name) => [name, definitionOf(name)?.value ?? 0]))
}

/** Every parameter the area sets, with its range there: what Area set-up shows and checks. */
export function areaEditRanges(area: Area): Record<string, AreaEditRange> {
  const ranges: Record<string, AreaEditRange> = {}
  for (const name of Object.keys(area.parameters)) {
    const range = areaEditRange(area, name)
    if (range) ranges[name] = range
  }
  return ranges
}

/** What is wrong with the edits, one problem per parameter at fault (none when they are fine). */
export function areaEditProblems(
  area: Area,
  edits: Readonly<Record<string, unknown>>,
  confirmedOutsideRange: readonly string[] = [],
): Problem[] {
  const confirmed = new Set(confirmedOutsideRange)
  const numbers = Object.fromEntries(
    Object.entries(edits).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  )
  const problems: Problem[] = []
  for (const [name, value] of Object.entries(edits)) {
    const range = areaEditRange(area, name)
    const problem = range
      ? areaEditRangeProblem(range, area, numbers, value, confirmed.has(name))
      : 'not a parameter of the care model'
    if (problem) problems.push({ variable: name, message: `area edit: ${problem}` })
  }
  if (!problems.length && populationOf(area, numbers) <= 0)
    problems.push({
      variable: POPULATION_PARAMETERS[0],
      message: 'area edit: the four age bands of the population add up to no one',
    })
  return problems
}

/** Checks every edit; a ModelError names each parameter at fault. */
export function checkAreaEdits(
  area: Area,
  edits: Readonly<Record<string, unknown>>,
  confirmedOutsideRange: readonly string[] = [],
): void {
  const problems = areaEditProblems(area, edits, confirmedOutsideRange)
  if (problems.length) throw new ModelError(problems)
}
