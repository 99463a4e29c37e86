// Arithmetic and transcendental builtins: pure functions of their arguments, inlined as JavaScript.
import type { Builtin, UnitRule } from './builtin'

const pureNumber: UnitRule = (_, u) => u.dimensionless
const sameAsFirst: UnitRule = ([first]) => first

/** A one-argument function that is a method of Math, e.g. `LN` -> `Math.log`. */
function mathFunction(name: string, method: string, units: UnitRule): Builtin {
  return { name, kind: 'pure', minArgs: 1, maxArgs: 1, code: ([a]) => `Math.${method}(${a})`, units }
}

/** Remainder with the sign of the divisor, as in Stella: MOD(-1, 3) = 2. */
export function mod(a: number, b: number): number {
  return a - b * Math.floor(a / b)
}

function xidz(a: number, b: number, otherwise: number): number {
  return b === 0 ? otherwise : a / b
}

function zidz(a: number, b: number): number {
  return b === 0 ? 0 : a / b
}

const quotientOrFallback =
  (name: string): UnitRule =>
  ([a, b, fallback], u) =>
    u.same(`${name} gives {a} but its fallback is {b}`, u.over(a, b), fallback)

export const MATH_BUILTINS: Builtin[] = [
  mathFunction('ABS', 'abs', sameAsFirst),
  {
    name: 'SQRT',
    kind: 'pure',
    minArgs: 1,
    maxArgs: 1,
    code: ([a]) => `Math.sqrt(${a})`,
    units: ([a], u) => u.power(a, 0.5),
  },
  mathFunction('EXP', 'exp', pureNumber),
  mathFunction('LN', 'log', pureNumber),
  mathFunction('LOG10', 'log10', pureNumber),
  {
    name: 'LOG',
    kind: 'pure',
    minArgs: 1,
    maxArgs: 2,
    code: ([a, base]) => (base === undefined ? `Math.log10(${a})` : `(Math.log(${a}) / Math.log(${base}))`),
    units: pureNumber,
  },
  mathFunction('SIN', 'sin', pureNumber),
  mathFunction('COS', 'cos', pureNumber),
  mathFunction('TAN', 'tan', pureNumber),
  mathFunction('ARCSIN', 'asin', pureNumber),
  mathFunction('ARCCOS', 'acos', pureNumber),
  mathFunction('ARCTAN', 'atan', pureNumber),
  mathFunction('SINH', 'sinh', pureNumber),
  mathFunction('COSH', 'cosh', pureNumber),
  mathFunction('TANH', 'tanh', pureNumber),
  mathFunction('INT', 'floor', sameAsFirst),
  mathFunction('ROUND', 'round', sameAsFirst),
  mathFunction('SIGN', 'sign', pureNumber),
  { name: 'PI', kind: 'constant', minArgs: 0, maxArgs: 0, value: Math.PI, units: pureNumber },
  { name: 'INF', kind: 'constant', minArgs: 0, maxArgs: 0, value: Number.POSITIVE_INFINITY },
  {
    name: 'MOD',
    kind: 'pure',
    minArgs: 2,
    maxArgs: 2,
    code: ([a, b]) => `mod(${a}, ${b})`,
    helpers: { mod },
    units: ([a, b], u) => u.same('MOD of {a} by {b}', a, b),
  },
  {
    name: 'XIDZ',
    kind: 'pure',
    minArgs: 3,
    maxArgs: 3,
    code: ([a, b, x]) => `xidz(${a}, ${b}, ${x})`,
    helpers: { xidz },
    units: quotientOrFallback('XIDZ'),
  },
  {
    name: 'ZIDZ',
    kind: 'pure',
    minArgs: 2,
    maxArgs: 2,
    code: ([a, b]) => `zidz(${a}, ${b})`,
    helpers: { zidz },
    units: ([a, b], u) => u.over(a, b),
  },
  {
    name: 'SAFEDIV',
    kind: 'pure',
    minArgs: 2,
    maxArgs: 3,
    code: ([a, b, x]) => (x === undefined ? `zidz(${a}, ${b})` : `xidz(${a}, ${b}, ${x})`),
    units: quotientOrFallback('SAFEDIV'),
  },
]
