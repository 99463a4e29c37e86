// Every function an equation may call, with its arity. Names are matched case-insensitively.
// `pure` functions become inline JavaScript; `reducer`s take one array (or several numbers);
// `stateful` ones are desugared into synthetic stocks or memory slots (see compile/stateful.ts).

export type BuiltinKind = 'pure' | 'reducer' | 'stateful' | 'lookup' | 'time'

export interface Builtin {
  name: string
  kind: BuiltinKind
  minArgs: number
  maxArgs: number
}

const table: Builtin[] = [
  // arithmetic and transcendental
  { name: 'ABS', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'SQRT', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'EXP', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'LN', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'LOG10', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'LOG', kind: 'pure', minArgs: 1, maxArgs: 2 },
  { name: 'SIN', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'COS', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'TAN', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'ARCSIN', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'ARCCOS', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'ARCTAN', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'SINH', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'COSH', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'TANH', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'PI', kind: 'pure', minArgs: 0, maxArgs: 0 },
  { name: 'INF', kind: 'pure', minArgs: 0, maxArgs: 0 },
  { name: 'INT', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'ROUND', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'SIGN', kind: 'pure', minArgs: 1, maxArgs: 1 },
  { name: 'MOD', kind: 'pure', minArgs: 2, maxArgs: 2 },
  { name: 'XIDZ', kind: 'pure', minArgs: 3, maxArgs: 3 },
  { name: 'ZIDZ', kind: 'pure', minArgs: 2, maxArgs: 2 },
  { name: 'SAFEDIV', kind: 'pure', minArgs: 2, maxArgs: 3 },
  // over arrays, or over a list of numbers
  { name: 'MIN', kind: 'reducer', minArgs: 1, maxArgs: Number.POSITIVE_INFINITY },
  { name: 'MAX', kind: 'reducer', minArgs: 1, maxArgs: Number.POSITIVE_INFINITY },
  { name: 'SUM', kind: 'reducer', minArgs: 1, maxArgs: Number.POSITIVE_INFINITY },
  { name: 'MEAN', kind: 'reducer', minArgs: 1, maxArgs: Number.POSITIVE_INFINITY },
  // functions of simulated time
  { name: 'STEP', kind: 'time', minArgs: 2, maxArgs: 2 },
  { name: 'PULSE', kind: 'time', minArgs: 1, maxArgs: 3 },
  { name: 'RAMP', kind: 'time', minArgs: 2, maxArgs: 3 },
  // functions with memory
  { name: 'INIT', kind: 'stateful', minArgs: 1, maxArgs: 1 },
  { name: 'INITIAL', kind: 'stateful', minArgs: 1, maxArgs: 1 },
  { name: 'PREVIOUS', kind: 'stateful', minArgs: 1, maxArgs: 2 },
  { name: 'DELAY', kind: 'stateful', minArgs: 2, maxArgs: 3 },
  { name: 'DELAY1', kind: 'stateful', minArgs: 2, maxArgs: 3 },
  { name: 'DELAY3', kind: 'stateful', minArgs: 2, maxArgs: 3 },
  { name: 'DELAYN', kind: 'stateful', minArgs: 3, maxArgs: 4 },
  { name: 'SMTH1', kind: 'stateful', minArgs: 2, maxArgs: 3 },
  { name: 'SMTH3', kind: 'stateful', minArgs: 2, maxArgs: 3 },
  { name: 'SMTHN', kind: 'stateful', minArgs: 3, maxArgs: 4 },
  { name: 'TREND', kind: 'stateful', minArgs: 2, maxArgs: 3 },
  { name: 'FORCST', kind: 'stateful', minArgs: 3, maxArgs: 4 },
  // graphical functions
  { name: 'LOOKUP', kind: 'lookup', minArgs: 2, maxArgs: 2 },
]

const byName = new Map(table.map((builtin) => [builtin.name, builtin]))

export function findBuiltin(name: string): Builtin | undefined {
  return byName.get(name.toUpperCase())
}

/** Names that stand for a value rather than a function: `TIME`, `DT`, ... */
export type ClockName = 'time' | 'dt' | 'starttime' | 'stoptime'

const clockNames = new Map<string, ClockName>([
  ['time', 'time'],
  ['dt', 'dt'],
  ['starttime', 'starttime'],
  ['stoptime', 'stoptime'],
])

export function findClockName(canonical: string): ClockName | undefined {
  return clockNames.get(canonical)
}

export function arityText(builtin: Builtin): string {
  if (builtin.minArgs === builtin.maxArgs)
    return `${builtin.minArgs} argument${builtin.minArgs === 1 ? '' : 's'}`
  if (!Number.isFinite(builtin.maxArgs)) return `at least ${builtin.minArgs} argument`
  return `${builtin.minArgs} to ${builtin.maxArgs} arguments`
}
