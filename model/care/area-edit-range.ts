// The rule for one edit to an area's baseline, given the parameter's limits and plausible range
// (area-edits.ts works those out from the model). Pure and small, so Area set-up checks an edit
// with the same words the worker and the CLI would use to refuse it.
import { POPULATION_AT_START_NAMES } from './dimensions'
import type { Area } from './types'

/** Edits to an area's baseline and the ones the analyst confirmed outside their plausible range. */
export interface AreaEdits {
  edits: Record<string, number>
  /** Parameter names whose edit may lie outside the plausible range. */
  confirmedOutsideRange: string[]
}

export interface AreaEditRange {
  /** Values the model cannot run with lie outside low..high. */
  low: number
  high: number
  /** The model divides by it: `low` itself is not allowed either. */
  lowExclusive?: boolean
  /** What the limits are, in words: "a share or probability, from 0 to 1". */
  limitsText: string
  /** The plausible range for the area as sourced, where there is one. */
  plausible?: [number, number]
  /** A count that grows with the place: the plausible range follows the population's edits. */
  perResident?: boolean
}

export const POPULATION_PARAMETERS = POPULATION_AT_START_NAMES

/** The base-year population after the analyst's edits. */
export function populationOf(
  area: Pick<Area, 'parameters'>,
  edits: Readonly<Record<string, number>> = {},
): number {
  return POPULATION_PARAMETERS.reduce((sum, name) => sum + (edits[name] ?? area.parameters[name] ?? 0), 0)
}

/** Two significant figures, rounded away from the range's middle. */
export function roundOutwards([low, high]: [number, number]): [number, number] {
  const round = (value: number, direction: (x: number) => number) => {
    if (value === 0) return 0
    const unit = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1)
    return Number((direction(value / unit) * unit).toPrecision(2))
  }
  return [round(low, Math.floor), round(high, Math.ceil)]
}

/** The plausible range with the analyst's other edits: a count follows an edited population. */
export function plausibleRange(
  range: AreaEditRange,
  area: Pick<Area, 'parameters'>,
  edits: Readonly<Record<string, number>> = {},
): [number, number] | undefined {
  const plausible = range.plausible
  if (!plausible || !range.perResident) return plausible
  const sourced = populationOf(area)
  const scale = sourced > 0 ? populationOf(area, edits) / sourced : 1
  return scale === 1 ? plausible : roundOutwards([plausible[0] * scale, plausible[1] * scale])
}

export const formatLimit = (value: number) => value.toLocaleString('en-GB', { maximumSignificantDigits: 6 })

/**
 * What is wrong with setting `value`, or undefined: not a number, impossible, or outside the
 * plausible range without the analyst's confirmation.
 */
export function areaEditRangeProblem(
  range: AreaEditRange,
  area: Pick<Area, 'name' | 'parameters'>,
  edits: Readonly<Record<string, number>>,
  value: unknown,
  confirmed: boolean,
): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `expected a number, got ${String(value)}`
  if (value < range.low || value > range.high || (range.lowExclusive && value === range.low))
    return `${formatLimit(value)} is not possible: it is ${range.limitsText}`
  const plausible = plausibleRange(range, area, edits)
  if (plausible && !confirmed && (value < plausible[0] || value > plausible[1])) {
    return (
      `${formatLimit(value)} is outside its plausible range in ${area.name}, ` +
      `${formatLimit(plausible[0])} to ${formatLimit(plausible[1])}; confirm it as outside the sourced range to use it`
    )
  }
  return undefined
}
