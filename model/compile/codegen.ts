// Generates JavaScript from the validated Expr trees: one function per phase over a Float64Array
// of slots. Only numbers, slot indices and fixed helper names reach the source text; no text from
// a model file does, so a malicious equation cannot inject code.
import type { Expr } from './expr'
import type { Ordering } from './order'
import type { Entry } from './plan'

export interface ClockConstants {
  start: number
  stop: number
}

/** Signatures of the generated functions. */
export interface PhaseFunctions {
  initialize(
    v: Float64Array,
    tables: unknown[],
    buffers: Float64Array[],
    t: number,
    dt: number,
    maxSteps: number,
  ): void
  rates(
    v: Float64Array,
    dv: Float64Array,
    tables: unknown[],
    buffers: Float64Array[],
    t: number,
    dt: number,
    n: number,
  ): void
  update(v: Float64Array, dv: Float64Array, dt: number): void
  record(v: Float64Array, buffers: Float64Array[], n: number): void
}

/** Helpers the generated code calls; names must match RUNTIME_HELPERS in run/runtime.ts. */
export const HELPER_NAMES = ['lookup', 'mod', 'xidz', 'zidz', 'step', 'pulse', 'ramp', 'delaySteps'] as const

const PURE: Record<string, (args: string[], clock: ClockConstants) => string> = {
  ABS: ([a]) => `Math.abs(${a})`,
  SQRT: ([a]) => `Math.sqrt(${a})`,
  EXP: ([a]) => `Math.exp(${a})`,
  LN: ([a]) => `Math.log(${a})`,
  LOG10: ([a]) => `Math.log10(${a})`,
  LOG: ([a, base]) => (base === undefined ? `Math.log10(${a})` : `(Math.log(${a}) / Math.log(${base}))`),
  SIN: ([a]) => `Math.sin(${a})`,
  COS: ([a]) => `Math.cos(${a})`,
  TAN: ([a]) => `Math.tan(${a})`,
  ARCSIN: ([a]) => `Math.asin(${a})`,
  ARCCOS: ([a]) => `Math.acos(${a})`,
  ARCTAN: ([a]) => `Math.atan(${a})`,
  SINH: ([a]) => `Math.sinh(${a})`,
  COSH: ([a]) => `Math.cosh(${a})`,
  TANH: ([a]) => `Math.tanh(${a})`,
  INT: ([a]) => `Math.floor(${a})`,
  ROUND: ([a]) => `Math.round(${a})`,
  SIGN: ([a]) => `Math.sign(${a})`,
  MOD: ([a, b]) => `mod(${a}, ${b})`,
  XIDZ: ([a, b, x]) => `xidz(${a}, ${b}, ${x})`,
  ZIDZ: ([a, b]) => `zidz(${a}, ${b})`,
  SAFEDIV: ([a, b, x]) => (x === undefined ? `zidz(${a}, ${b})` : `xidz(${a}, ${b}, ${x})`),
  MIN: (args) => (args.length === 1 ? args[0] : `Math.min(${args.join(', ')})`),
  MAX: (args) => (args.length === 1 ? args[0] : `Math.max(${args.join(', ')})`),
  SUM: (args) => `(${args.join(' + ')})`,
  MEAN: (args) => `((${args.join(' + ')}) / ${args.length})`,
  STEP: ([t, dt, height, at]) => `step(${t}, ${dt}, ${height}, ${at})`,
  PULSE: ([t, dt, size, first, interval], clock) =>
    `pulse(${t}, ${dt}, ${size}, ${first ?? numberLiteral(clock.start)}, ${interval ?? 0})`,
  RAMP: ([t, dt, slope, start, end]) => `ramp(${t}, ${dt}, ${slope}, ${start}, ${end ?? 'Infinity'})`,
}

const COMPARISON: Record<string, string> = {
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
  '==': '===',
  '!=': '!==',
}
const ARITHMETIC = new Set(['+', '-', '*', '/'])

function numberLiteral(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Number.POSITIVE_INFINITY) return 'Infinity'
  if (value === Number.NEGATIVE_INFINITY) return '(-Infinity)'
  return value < 0 || Object.is(value, -0) ? `(${value})` : String(value)
}

export function expressionSource(expr: Expr, clock: ClockConstants): string {
  const value = (e: Expr): string => {
    switch (e.type) {
      case 'number':
        return numberLiteral(e.value)
      case 'slot':
        return `v[${e.slot}]`
      case 'clock':
        return e.name === 'time'
          ? 't'
          : e.name === 'dt'
            ? 'dt'
            : numberLiteral(e.name === 'starttime' ? clock.start : clock.stop)
      case 'unary':
        return e.op === '-' ? `(-${value(e.arg)})` : `(${condition(e.arg)} ? 0 : 1)`
      case 'binary':
        if (ARITHMETIC.has(e.op)) return `(${value(e.left)} ${e.op} ${value(e.right)})`
        if (e.op === '^') return `Math.pow(${value(e.left)}, ${value(e.right)})`
        if (e.op === 'mod') return `mod(${value(e.left)}, ${value(e.right)})`
        return `(${condition(e)} ? 1 : 0)`
      case 'if':
        return `(${condition(e.condition)} ? ${value(e.whenTrue)} : ${value(e.whenFalse)})`
      case 'call': {
        const generate = PURE[e.fn]
        if (!generate) throw new Error(`no code generator for ${e.fn}`)
        return generate(e.args.map(value), clock)
      }
      case 'lookup':
        return `lookup(tables[${e.table}], ${value(e.arg)})`
      case 'delayed':
        return `delayed${e.delay}`
    }
  }
  // Conditions stay booleans so `IF a > b THEN` compiles to a plain comparison.
  const condition = (e: Expr): string => {
    if (e.type === 'binary' && COMPARISON[e.op])
      return `(${value(e.left)} ${COMPARISON[e.op]} ${value(e.right)})`
    if (e.type === 'binary' && e.op === 'and') return `(${condition(e.left)} && ${condition(e.right)})`
    if (e.type === 'binary' && e.op === 'or') return `(${condition(e.left)} || ${condition(e.right)})`
    if (e.type === 'unary' && e.op === 'not') return `(!${condition(e.arg)})`
    return `(${value(e)} !== 0)`
  }
  return value(expr)
}

export function generateSource(ordering: Ordering, clock: ClockConstants): string {
  const source = (expr: Expr) => expressionSource(expr, clock)
  // A delay's output is read from its ring buffer once per phase, before anything uses it.
  const delayReads = ordering.initial.flatMap((entry) =>
    entry.role === 'delay'
      ? [
          `const delayed${entry.delay} = n < v[${entry.stepsSlot}] ? v[${entry.initialSlot}] : buffers[${entry.delay}][n % v[${entry.stepsSlot}]];`,
        ]
      : [],
  )
  const auxStatement = (entry: Entry & { role: 'aux' }) =>
    entry.nonNegative
      ? `v[${entry.slot}] = Math.max(0, ${source(entry.value)});`
      : `v[${entry.slot}] = ${source(entry.value)};`

  const initialize: string[] = []
  for (const entry of ordering.initial) {
    if (entry.role === 'aux') initialize.push(auxStatement(entry))
    else if (entry.role === 'stock' || entry.role === 'memory')
      initialize.push(`v[${entry.slot}] = ${source(entry.initial)};`)
    else if (entry.role === 'delay') {
      initialize.push(
        `v[${entry.stepsSlot}] = delaySteps(${source(entry.delayTime)}, dt, maxSteps);`,
        `buffers[${entry.delay}] = new Float64Array(v[${entry.stepsSlot}]);`,
        `v[${entry.initialSlot}] = ${source(entry.initial)};`,
        // Later initial values may read this delay's output, which at the start is its initial value.
        `const delayed${entry.delay} = v[${entry.initialSlot}];`,
      )
    }
  }

  const rates = [
    ...delayReads,
    ...ordering.rates.map(auxStatement),
    ...ordering.stocks.map((entry, i) => `dv[${i}] = ${source(entry.derivative)};`),
  ]

  const update = ordering.stocks.map((entry, i) => {
    const integrate = `v[${entry.slot}] += dt * dv[${i}];`
    return entry.nonNegative ? `${integrate} if (v[${entry.slot}] < 0) v[${entry.slot}] = 0;` : integrate
  })

  const record = ordering.records.map((entry) => {
    if (entry.role === 'delay')
      return `buffers[${entry.delay}][n % v[${entry.stepsSlot}]] = v[${entry.inputSlot}];`
    if (entry.role === 'memory') return `v[${entry.slot}] = v[${entry.recordFrom}];`
    return ''
  })

  return [
    '"use strict";',
    `const { ${HELPER_NAMES.join(', ')} } = helpers;`,
    'function initialize(v, tables, buffers, t, dt, maxSteps) {',
    ...initialize.map((line) => `  ${line}`),
    '}',
    'function rates(v, dv, tables, buffers, t, dt, n) {',
    ...rates.map((line) => `  ${line}`),
    '}',
    'function update(v, dv, dt) {',
    ...update.map((line) => `  ${line}`),
    '}',
    'function record(v, buffers, n) {',
    ...record.map((line) => `  ${line}`),
    '}',
    'return { initialize, rates, update, record };',
  ].join('\n')
}
