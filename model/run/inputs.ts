// A run's inputs, checked against the compiled model and put in the form the run loop uses. A bad
// input is a named error before anything runs; the model itself is never changed.
import type { ConstantSeries } from '../compile/codegen'
import type { GeneratedModel } from '../compile/generate'
import { type LookupTable, toLookupTable } from '../compile/lookup-table'
import { ModelError, type Problem } from '../errors'
import type { GraphicalFunction } from '../ir'
import { canonicalName } from '../names'
import type { InputSetting, Override } from '../simulation'

export interface PreparedInputs {
  values: Array<{ slot: number; value: number }>
  series: ConstantSeries[]
  tables: Map<number, LookupTable>
}

/** Shared by every run without inputs: runs only read a PreparedInputs. */
export const NO_INPUTS: PreparedInputs = Object.freeze({ values: [], series: [], tables: new Map() })

function isGraphicalFunction(value: unknown): value is GraphicalFunction {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'xs' in value && 'ys' in value
  )
}

function checkIncreasing(xs: readonly unknown[]): string | undefined {
  if (xs.length === 0) return 'needs at least one point'
  if (!xs.every((x) => typeof x === 'number' && Number.isFinite(x)))
    return 'has a value that is not a finite number'
  for (let i = 1; i < xs.length; i++)
    if ((xs[i] as number) <= (xs[i - 1] as number)) return 'x values must increase'
  return undefined
}

/** Settings by name as settings by input index: every name must be an input of the model. */
export function inputsByName(
  settings: Readonly<Record<string, Override>>,
  generated: GeneratedModel,
): InputSetting[] {
  const found: InputSetting[] = []
  const problems: Problem[] = []
  // Object.entries reads own properties only, so a name such as `__proto__` is an ordinary name.
  for (const [name, value] of Object.entries(settings)) {
    const indices = generated.inputsByName.get(canonicalName(name))
    if (!indices) {
      problems.push({ variable: name, message: 'is not a constant or graphical function of this model' })
      continue
    }
    for (const index of indices) found.push([index, value])
  }
  if (problems.length) throw new ModelError(problems)
  return found
}

export function prepareInputs(settings: Iterable<InputSetting>, generated: GeneratedModel): PreparedInputs {
  const prepared: PreparedInputs = { values: [], series: [], tables: new Map() }
  const problems: Problem[] = []
  // A later setting of the same input wins, as a later assignment would.
  const latest = new Map<number, Override>()
  for (const setting of settings) {
    const [index, value] = setting
    if (!Number.isInteger(index) || !generated.inputs[index]) {
      problems.push({
        message: `input ${index} does not exist: the model has ${generated.inputs.length} inputs`,
      })
      continue
    }
    latest.set(index, value)
  }
  for (const [index, value] of latest) {
    const input = generated.inputs[index]
    const fail = (message: string) => problems.push({ variable: input.name, message })
    if (input.kind === 'graphical function') {
      if (!isGraphicalFunction(value)) {
        fail('is a graphical function: give it x and y points')
        continue
      }
      const problem =
        checkIncreasing(value.xs) ??
        (value.xs.length !== value.ys.length || !value.ys.every(Number.isFinite)
          ? 'needs as many finite y values as x values'
          : undefined)
      if (problem) fail(`graphical function ${problem}`)
      else prepared.tables.set(input.table, toLookupTable({ ...value, kind: value.kind ?? 'continuous' }))
      continue
    }
    if (typeof value === 'number') {
      if (Number.isNaN(value)) fail('cannot be set to NaN')
      else prepared.values.push({ slot: input.slot, value })
      continue
    }
    if (!Array.isArray(value) || !value.every((point) => Array.isArray(point) && point.length === 2)) {
      fail('must be a number or a time series [[time, value], ...]')
      continue
    }
    const times = value.map((point) => point[0])
    const values = value.map((point) => point[1])
    const problem =
      checkIncreasing(times) ??
      (values.every((v) => typeof v === 'number' && Number.isFinite(v))
        ? undefined
        : 'has a value that is not a finite number')
    if (problem) {
      fail(`time series ${problem.replace('x values', 'times')}`)
      continue
    }
    // Interpolated exactly as a graphical function of TIME, so a scenario written out as XMILE
    // (model/with-overrides.ts) runs to identical results.
    prepared.series.push({
      slot: input.slot,
      table: toLookupTable({ kind: 'continuous', xs: times, ys: values }),
      cursor: 0,
    })
  }
  if (problems.length) throw new ModelError(problems)
  return prepared
}

/**
 * The parametric auxiliaries a run's time series reach, directly or through one another, in the
 * order they must be recomputed (their order in the generated `refresh`, which is dependency order).
 */
export function refreshListFor(series: readonly ConstantSeries[], generated: GeneratedModel): Int32Array {
  const reached = new Set<number>()
  const pending = series.map((input) => input.slot)
  while (pending.length) {
    const slot = pending.pop()!
    for (const position of generated.parametricReaders.get(slot) ?? []) {
      if (reached.has(position)) continue
      reached.add(position)
      pending.push(generated.parametricSlots[position])
    }
  }
  return Int32Array.from([...reached].sort((a, b) => a - b))
}
