// Checks a run's overrides against the compiled model and puts them in the form the run loop uses.
// A bad override is a named error before anything runs; the model itself is never changed.

import { type LookupTable, toLookupTable } from '../compile/lookup-table'
import { ModelError, type Problem } from '../errors'
import type { GraphicalFunction } from '../ir'
import { canonicalName } from '../names'
import type { Override } from '../simulation'

/** A constant following a time series: a continuous graphical function of time. */
export interface ConstantSeries {
  slot: number
  table: LookupTable
}

export interface PreparedOverrides {
  values: Array<{ slot: number; value: number }>
  series: ConstantSeries[]
  tables: Map<number, LookupTable>
}

export interface OverrideTargets {
  constants: ReadonlyMap<string, number[]>
  graphicalFunctions: ReadonlyMap<string, number[]>
}

function isGraphicalFunction(value: unknown): value is GraphicalFunction {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'xs' in value && 'ys' in value
  )
}

function checkIncreasing(xs: readonly number[]): string | undefined {
  if (xs.length === 0) return 'needs at least one point'
  if (!xs.every(Number.isFinite)) return 'has a value that is not a finite number'
  for (let i = 1; i < xs.length; i++) if (xs[i] <= xs[i - 1]) return 'x values must increase'
  return undefined
}

/** Shared by every run without overrides: runs only read a PreparedOverrides. */
const NO_OVERRIDES: PreparedOverrides = { values: [], series: [], tables: new Map() }

export function prepareOverrides(
  overrides: Readonly<Record<string, Override>> | undefined,
  targets: OverrideTargets,
): PreparedOverrides {
  if (!overrides || Object.keys(overrides).length === 0) return NO_OVERRIDES
  const prepared: PreparedOverrides = { values: [], series: [], tables: new Map() }
  const problems: Problem[] = []
  for (const [name, override] of Object.entries(overrides ?? {})) {
    const key = canonicalName(name)
    const fail = (message: string) => problems.push({ variable: name, message })
    if (isGraphicalFunction(override)) {
      const tables = targets.graphicalFunctions.get(key)
      if (!tables) {
        fail('is not a graphical function of this model')
        continue
      }
      const problem =
        checkIncreasing(override.xs) ??
        (override.xs.length !== override.ys.length ? 'needs as many y values as x values' : undefined)
      if (problem) fail(`graphical function override ${problem}`)
      else
        for (const table of tables)
          prepared.tables.set(table, toLookupTable({ ...override, kind: override.kind ?? 'continuous' }))
      continue
    }
    const slots = targets.constants.get(key)
    if (!slots) {
      fail(
        targets.graphicalFunctions.has(key)
          ? 'is a graphical function: give it x and y points'
          : 'is not a constant of this model',
      )
      continue
    }
    if (typeof override === 'number') {
      if (Number.isNaN(override)) fail('cannot be set to NaN')
      else for (const slot of slots) prepared.values.push({ slot, value: override })
      continue
    }
    if (!Array.isArray(override) || !override.every((point) => Array.isArray(point) && point.length === 2)) {
      fail('must be a number or a time series [[time, value], ...]')
      continue
    }
    const times = override.map((point) => point[0])
    const values = override.map((point) => point[1])
    const problem =
      checkIncreasing(times) ??
      (values.every(Number.isFinite) ? undefined : 'has a value that is not a finite number')
    if (problem) {
      fail(`time series ${problem.replace('x values', 'times')}`)
      continue
    }
    // Interpolated exactly as a graphical function of TIME, so a scenario written out as XMILE
    // (model/with-overrides.ts) runs to identical results.
    const table = toLookupTable({ kind: 'continuous', xs: times, ys: values })
    for (const slot of slots) prepared.series.push({ slot, table })
  }
  if (problems.length) throw new ModelError(problems)
  return prepared
}
