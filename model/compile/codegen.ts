// Generates JavaScript from the validated Expr trees: one function per phase over a Float64Array
// of slots. Only numbers, slot indices and fixed helper names reach the source text; no text from
// a model file does, so a malicious equation cannot inject code.
import { type ClockConstants, findBuiltin, RUNTIME_HELPERS } from './builtins'
import { DRIVER_SOURCE } from './driver-source'
import type { Expr } from './expr'
import type { LookupTable } from './lookup-table'
import { numberLiteral } from './number-literal'
import type { Ordering } from './order'
import type { Entry } from './plan'

/** A constant following a time series during a run: a continuous graphical function of time. */
export interface ConstantSeries {
  slot: number
  table: LookupTable
}

/** What one run gives the generated integration loop besides the state. */
export interface DriverRun {
  start: number
  dt: number
  steps: number
  saveEvery: number
  /** Saved times: the length of each output's row in `out`. */
  savedCount: number
  /** Slots of the outputs to save, in order; null for every output (slots 0..outputCount-1). */
  outputSlots: Int32Array | null
  /** Constants given time series; null when the run has none. */
  series: ConstantSeries[] | null
  /** Positions in `Ordering.parametric` to recompute, in order, whenever the series move. */
  refreshList: Int32Array
}

/** Runs the whole integration loop, filling `out`; returns the sum of the saved values (NaN if one is). */
export type Driver = (
  v: Float64Array,
  dv: Float64Array,
  out: Float64Array,
  tables: readonly LookupTable[],
  buffers: Float64Array[],
  run: DriverRun,
) => number

/** Signatures of the generated functions. */
export interface PhaseFunctions {
  /** Every initial value; `maxSteps` bounds the length of fixed delays. */
  initialize(
    v: Float64Array,
    tables: readonly LookupTable[],
    buffers: Float64Array[],
    t: number,
    dt: number,
    maxSteps: number,
  ): void
  euler: Driver
  rk4: Driver
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

/**
 * A chain of one group of operators, written so that V8 parses it without recursing once per term:
 * V8 keeps a run of one operator (`a + b + c ...`) as one node but nests a run of mixed ones. So a
 * sum writes `a - b` as `a + -b`, which IEEE arithmetic makes exactly equal; a product keeps its
 * operators (`a / b` is not `a * (1 / b)`), and resolve bounds how often they alternate.
 */
function chainSource(terms: string[], ops: readonly string[], logical: () => string): string {
  const op = ops[0]
  if (op === '+' || op === '-') {
    return `(${terms.map((term, i) => (i === 0 ? term : ops[i - 1] === '+' ? term : `-${term}`)).join(' + ')})`
  }
  if (op === '*' || op === '/' || op === 'mod') {
    let source = terms[0]
    ops.forEach((next, i) => {
      source = next === 'mod' ? `mod(${source}, ${terms[i + 1]})` : `${source} ${next} ${terms[i + 1]}`
    })
    return `(${source})`
  }
  return logical()
}

/** The source of a call: each builtin's record says how it is written. */
function callSource(fn: string, args: string[], clock: ClockConstants): string {
  const builtin = findBuiltin(fn)
  if (!builtin || !('code' in builtin)) throw new Error(`no code generator for ${fn}`)
  return builtin.code(args, clock)
}

export function expressionSource(expr: Expr, clock: ClockConstants): string {
  const value = (e: Expr): string => {
    switch (e.type) {
      case 'number':
        return numberLiteral(e.value)
      case 'slot':
        return `v[${e.slot}]`
      case 'clock':
        return callSource(e.name, [], clock)
      case 'unary':
        return e.op === '-' ? `(-${value(e.arg)})` : `(${condition(e.arg)} ? 0 : 1)`
      case 'binary':
        if (ARITHMETIC.has(e.op)) return `(${value(e.left)} ${e.op} ${value(e.right)})`
        if (e.op === '^') return `Math.pow(${value(e.left)}, ${value(e.right)})`
        if (e.op === 'mod') return `mod(${value(e.left)}, ${value(e.right)})`
        return `(${condition(e)} ? 1 : 0)`
      case 'chain':
        return chainSource(e.terms.map(value), e.ops, () => `(${condition(e)} ? 1 : 0)`)
      case 'if':
        return `(${condition(e.condition)} ? ${value(e.whenTrue)} : ${value(e.whenFalse)})`
      case 'call':
        return callSource(e.fn, e.args.map(value), clock)
      case 'desugared':
        return value(e.value)
      case 'lookup':
        return `lookup(tables[${e.table}], ${value(e.arg)})`
      case 'delayed':
        return `(n < v[${e.stepsSlot}] ? v[${e.initialSlot}] : buffers[${e.delay}][n % v[${e.stepsSlot}]])`
    }
  }
  // Conditions stay booleans so `IF a > b THEN` compiles to a plain comparison.
  const condition = (e: Expr): string => {
    if (e.type === 'binary' && COMPARISON[e.op])
      return `(${value(e.left)} ${COMPARISON[e.op]} ${value(e.right)})`
    if (e.type === 'binary' && e.op === 'and') return `(${condition(e.left)} && ${condition(e.right)})`
    if (e.type === 'binary' && e.op === 'or') return `(${condition(e.left)} || ${condition(e.right)})`
    if (e.type === 'chain' && (e.ops[0] === 'and' || e.ops[0] === 'or'))
      return `(${e.terms.map(condition).join(e.ops[0] === 'and' ? ' && ' : ' || ')})`
    if (e.type === 'unary' && e.op === 'not') return `(!${condition(e.arg)})`
    return `(${value(e)} !== 0)`
  }
  return value(expr)
}

export function generateSource(ordering: Ordering, clock: ClockConstants, outputCount: number): string {
  const source = (expr: Expr) => expressionSource(expr, clock)
  const auxStatement = (entry: Entry & { role: 'aux' }) =>
    entry.nonNegative
      ? `v[${entry.slot}] = Math.max(0, ${source(entry.value)});`
      : `v[${entry.slot}] = ${source(entry.value)};`

  // At the start, a delay's output is its initial value (n = 0 is before any input came through).
  const initialize: string[] = ['const n = 0;']
  for (const entry of ordering.initial) {
    if (entry.role === 'aux') initialize.push(auxStatement(entry))
    else if (entry.role === 'stock' || entry.role === 'memory')
      initialize.push(`v[${entry.slot}] = ${source(entry.initial)};`)
    else if (entry.role === 'delay') {
      initialize.push(
        `v[${entry.stepsSlot}] = delaySteps(${source(entry.delayTime)}, dt, maxSteps);`,
        `buffers[${entry.delay}] = new Float64Array(v[${entry.stepsSlot}]);`,
        `v[${entry.initialSlot}] = ${source(entry.initial)};`,
      )
    }
  }

  const rates = ordering.rates.map(auxStatement)
  // One case per parametric auxiliary: a run with time series recomputes those its series reach.
  const refresh = [
    'for (let i = 0; i < list.length; i++) {',
    '  switch (list[i]) {',
    ...ordering.parametric.map((entry, i) => `    case ${i}: ${auxStatement(entry)} break;`),
    '  }',
    '}',
  ]
  const derivatives = ordering.stocks.map((entry, i) => `dv[${i}] = ${source(entry.derivative)};`)
  const clamp = (entry: Entry & { role: 'stock' }) =>
    entry.nonNegative ? ` if (v[${entry.slot}] < 0) v[${entry.slot}] = 0;` : ''
  const update = ordering.stocks.map((entry, i) => `v[${entry.slot}] += dt * dv[${i}];${clamp(entry)}`)
  // Euler needs no derivative vector: every derivative is computed (before any stock moves, as
  // synthetic stocks read each other) into a local and applied at once.
  const eulerStep = [
    ...ordering.stocks.map((entry, i) => `const d${i} = ${source(entry.derivative)};`),
    ...ordering.stocks.map((entry, i) => `v[${entry.slot}] += dt * d${i};${clamp(entry)}`),
  ]

  // PREVIOUS and DELAY take their inputs as the step's rates left them (`capture`), and pass them
  // on only after the step is integrated (`commit`): integration, and every RK4 stage's rates, read
  // last step's memory and this step's delay output, whatever nests inside what.
  const capture = ordering.records.map((entry) => {
    if (entry.role === 'delay') return `v[${entry.pendingSlot}] = v[${entry.inputSlot}];`
    if (entry.role === 'memory') return `v[${entry.pendingSlot}] = v[${entry.recordFrom}];`
    return ''
  })
  const commit = ordering.records.map((entry) => {
    if (entry.role === 'delay')
      return `buffers[${entry.delay}][n % v[${entry.stepsSlot}]] = v[${entry.pendingSlot}];`
    if (entry.role === 'memory') return `v[${entry.slot}] = v[${entry.pendingSlot}];`
    return ''
  })

  // Every output is saved into its own row of `out`. `saveAll` also returns the sum of what it
  // saved: one NaN anywhere makes the sum NaN, which lets the run check for NaN without a second
  // pass. Four partial sums keep the additions from waiting on each other.
  const saveAll = [
    'let p0 = 0, p1 = 0, p2 = 0, p3 = 0;',
    ...Array.from({ length: outputCount }, (_, i) => `p${i % 4} += (out[${i} * count + k] = v[${i}]);`),
    'return p0 + p1 + p2 + p3;',
  ]
  const stockSlots = ordering.stocks.map((entry) => entry.slot)
  const getStocks = stockSlots.map((slot, i) => `base[${i}] = v[${slot}];`)
  const setStocks = stockSlots.map((slot, i) => `v[${slot}] = base[${i}] + h * k[${i}];`)

  const body = (lines: string[]) => lines.map((line) => `  ${line}`)
  const fn = (signature: string, lines: string[]) => [`function ${signature} {`, ...body(lines), '}']
  return [
    '"use strict";',
    `const { ${Object.keys(RUNTIME_HELPERS).join(', ')} } = helpers;`,
    ...fn('initialize(v, tables, buffers, t, dt, maxSteps)', initialize),
    ...fn('rates(v, tables, buffers, t, dt, n)', rates),
    ...fn('refresh(v, tables, t, dt, list)', refresh),
    ...fn('derivatives(v, dv, tables, buffers, t, dt, n)', derivatives),
    ...fn('eulerStep(v, tables, buffers, t, dt, n)', eulerStep),
    ...fn('update(v, dv, dt)', update),
    ...fn('capture(v)', capture),
    ...fn('commit(v, buffers, n)', commit),
    ...fn('saveAll(v, out, k, count)', saveAll),
    ...fn('getStocks(v, base)', getStocks),
    ...fn('setStocks(v, base, h, k)', setStocks),
    DRIVER_SOURCE,
    'return { initialize, euler, rk4 };',
  ].join('\n')
}
