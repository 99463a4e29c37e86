// What a builtin is: one record holding everything the engine knows about one function of the
// equation language. Resolving, code generation, the units check and stateful desugaring all read
// these records and nothing else, so adding a builtin is adding a record (see builtins/index.ts).
import type { ClockName, Expr } from '../expr'
import type { PlanBuilder } from '../plan-builder'

/** Values fixed for a compiled model that generated code may write in as numbers. */
export interface ClockConstants {
  start: number
  stop: number
}

/**
 * The units arithmetic a unit rule may use; `U` is the units check's own unit type. An argument's
 * units are `undefined` when unknown (a number literal), `null` after a mismatch already reported.
 */
export interface UnitAlgebra<U> {
  readonly dimensionless: U
  /** The model's time unit, if it declares one. */
  readonly time: U | undefined
  /** Both must agree where both are known (else a warning described by `what`, with {a} and {b}). */
  same(what: string, a: U | undefined | null, b: U | undefined | null): U | undefined | null
  times(a: U | undefined | null, b: U | undefined | null): U | undefined | null
  over(a: U | undefined | null, b: U | undefined | null): U | undefined | null
  power(a: U | undefined | null, exponent: number): U | undefined | null
}

/** The units of a call's result from its arguments' units (after any arguments resolve adds). */
export type UnitRule = <U>(args: Array<U | undefined | null>, algebra: UnitAlgebra<U>) => U | undefined | null

/** Who a stateful call's synthetic state belongs to, for messages and the units check. */
export interface StatefulOwner {
  /** The model variable whose equation holds the call. */
  variable: string
  /** The output name of the element being resolved. */
  label: string
}

export interface StatefulCall {
  args: Expr[]
  builder: PlanBuilder
  owner: StatefulOwner
  fail(message: string): never
}

/** A JavaScript helper generated code calls by name (see `helpers`). */
// biome-ignore lint/suspicious/noExplicitAny: helpers take numbers and lookup tables alike
export type Helper = (...args: any[]) => number

interface Common {
  /** Upper case, as the table is matched (case-insensitively). */
  name: string
  minArgs: number
  maxArgs: number
  /** What the result's units are; without a rule they are unknown. */
  units?: UnitRule
  /** JavaScript functions the generated code calls by these names (each name once in the table). */
  helpers?: Record<string, Helper>
}

/** JavaScript source of a call from its arguments' source (numbers and slot reads only). */
type Code = (args: string[], clock: ClockConstants) => string

export type Builtin = Common &
  (
    | {
        /** An inline expression of its arguments, with helpers it may call. */
        kind: 'pure'
        code: Code
      }
    | {
        /** Like pure, but an argument that ranges over array elements gives one argument per element. */
        kind: 'reducer'
        code: Code
      }
    | {
        /** Like pure, but resolve passes TIME and DT before the written arguments. */
        kind: 'time'
        code: Code
      }
    | {
        /** A function with memory: desugared into synthetic stocks, memory slots or a delay. */
        kind: 'stateful'
        desugar(call: StatefulCall): Expr
      }
    | {
        /** A number, written bare (`pi`) or called without arguments (`PI()`). */
        kind: 'constant'
        value: number
      }
    | {
        /** A value of the run's clock, written bare (`TIME`, `DT`). */
        kind: 'clock'
        clock: ClockName
        code: Code
      }
    | {
        /** LOOKUP(table, x): resolve reads the table's name itself. */
        kind: 'lookup'
      }
  )
