// Expr trees as JavaScript expressions. Only numbers, slot names, fixed helper names and the
// builtins' own templates reach the text, so a malicious equation cannot inject code.
import { type ClockConstants, findBuiltin } from './builtins'
import type { Expr } from './expr'
import { numberLiteral } from './number-literal'

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

/** How generated code names a slot: `v[3]` in the state vector, or a local such as `x3`. */
export type SlotName = (slot: number) => string

export const inStateVector: SlotName = (slot) => `v[${slot}]`

export function expressionSource(
  expr: Expr,
  clock: ClockConstants,
  slotName: SlotName = inStateVector,
): string {
  const value = (e: Expr): string => {
    switch (e.type) {
      case 'number':
        return numberLiteral(e.value)
      case 'slot':
        return slotName(e.slot)
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
        return `(n < ${slotName(e.stepsSlot)} ? ${slotName(e.initialSlot)} : buffers[${e.delay}][n % ${slotName(e.stepsSlot)}])`
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
