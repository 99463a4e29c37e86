// The builtin table: every function and named value of the equation language, one record each
// (builtin.ts says what a record holds). Names are matched case-insensitively.
//
// To add a builtin: add its record to the file of its kind below (or a new file listed here), and a
// case with a value worked out by hand to model/compile/builtins.spec.ts. Resolving, arity errors,
// code generation, its helpers in generated code and its units then all follow from the record.
import { followSeries, lookup } from '../lookup-table'
import { ARRAY_BUILTINS } from './arrays'
import type { Builtin, Helper } from './builtin'
import { MATH_BUILTINS } from './math'
import { MEMORY_BUILTINS } from './memory'
import { SMOOTH_BUILTINS } from './smooths'
import { TIME_BUILTINS } from './time'

const LOOKUP: Builtin = { name: 'LOOKUP', kind: 'lookup', minArgs: 2, maxArgs: 2 }

/** Helpers generated code calls whatever builtins a model uses: graphical functions and time series. */
const CORE_HELPERS: Record<string, Helper> = { lookup, followSeries }

const TABLE: readonly Builtin[] = [
  ...MATH_BUILTINS,
  ...ARRAY_BUILTINS,
  ...TIME_BUILTINS,
  ...MEMORY_BUILTINS,
  ...SMOOTH_BUILTINS,
  LOOKUP,
]

const byName = new Map<string, Builtin>()
for (const builtin of TABLE) {
  if (byName.has(builtin.name)) throw new Error(`builtin ${builtin.name} is in the table twice`)
  byName.set(builtin.name, builtin)
}

export function findBuiltin(name: string): Builtin | undefined {
  return byName.get(name.toUpperCase())
}

/** Every builtin, in table order. */
export const BUILTINS: readonly Builtin[] = TABLE

/** The functions generated code calls by name: the core helpers and those the records bring. */
export const RUNTIME_HELPERS: Readonly<Record<string, Helper>> = (() => {
  const helpers: Record<string, Helper> = Object.assign(Object.create(null), CORE_HELPERS)
  for (const builtin of TABLE) {
    for (const [name, helper] of Object.entries(builtin.helpers ?? {})) {
      if (name in helpers) throw new Error(`helper ${name} is brought by two builtins`)
      helpers[name] = helper
    }
  }
  return Object.freeze(helpers)
})()

export function arityText(builtin: Builtin): string {
  if (builtin.minArgs === builtin.maxArgs)
    return `${builtin.minArgs} argument${builtin.minArgs === 1 ? '' : 's'}`
  if (!Number.isFinite(builtin.maxArgs)) return `at least ${builtin.minArgs} argument`
  return `${builtin.minArgs} to ${builtin.maxArgs} arguments`
}

export type { Builtin, ClockConstants, StatefulOwner, UnitAlgebra, UnitRule } from './builtin'
