// The units an equation gives, worked out from its resolved Expr tree. Conservative, because SD
// models are full of bare numbers and partly declared units and analysts must not be drowned in false
// alarms: a number literal has unknown units; unknown propagates through products (unknown * x is
// unknown) but not through sums (unknown + people is people, the literal being taken to match); a
// mismatch is reported only when both sides are known. A mismatch's result is a conflict, which
// nothing afterwards can make known again, so one mistake gives one warning.
import type { Unit } from 'mathjs'
import { findBuiltin, type UnitAlgebra } from '../compile/builtins'
import type { Expr } from '../compile/expr'
import { dimensionless, quotient, raisedTo } from './unit-math'

/** Unknown units are `undefined`. */
export type Inferred = Unit | undefined
/** Within an inference, `null` marks the result of a mismatch already reported. */
type Partial = Unit | undefined | null

export interface InferenceContext {
  /** Declared units of the value in a slot, if known. */
  slotUnits(slot: number): Inferred
  /** The model's time unit, if declared: the units of TIME, DT, STARTTIME and STOPTIME. */
  timeUnit: Inferred
  /** `what` describes the mismatch with two placeholders for the units, e.g. `adds {a} to {b}`. */
  mismatch(what: string, a: Unit, b: Unit): void
}

const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', '!='])

/** The value of a tree of number literals (`1/2`, `-3`), for exponents. */
function literalValue(expr: Expr): number | undefined {
  if (expr.type === 'number') return expr.value
  if (expr.type === 'unary' && expr.op === '-') {
    const value = literalValue(expr.arg)
    return value === undefined ? undefined : -value
  }
  if (expr.type === 'chain') {
    let result = literalValue(expr.terms[0])
    for (let i = 1; i < expr.terms.length && result !== undefined; i++) {
      result = combineLiterals(expr.ops[i - 1], result, literalValue(expr.terms[i]))
    }
    return result
  }
  if (expr.type !== 'binary') return undefined
  return combineLiterals(expr.op, literalValue(expr.left), literalValue(expr.right))
}

function combineLiterals(
  op: string,
  left: number | undefined,
  right: number | undefined,
): number | undefined {
  if (left === undefined || right === undefined) return undefined
  switch (op) {
    case '+':
      return left + right
    case '-':
      return left - right
    case '*':
      return left * right
    case '/':
      return left / right
    case '^':
      return left ** right
    default:
      return undefined
  }
}

/**
 * A function giving the units of an expression. The helpers are made once per context rather than
 * once per expression: a model has thousands of equations and compile time matters.
 */
export function unitInference(context: InferenceContext): (expr: Expr) => Inferred {
  /** Both sides must agree where both are known; the result is whichever is known. */
  const same = (what: string, a: Partial, b: Partial): Partial => {
    if (a === null || b === null) return null
    if (!a) return b
    if (!b) return a
    if (a.equals(b)) return a
    context.mismatch(what, a, b)
    return null
  }
  /** A product or quotient: known only if both factors are. */
  const combine = (a: Partial, b: Partial, known: (a: Unit, b: Unit) => Unit): Partial => {
    if (a === null || b === null) return null
    return a && b ? known(a, b) : undefined
  }
  const times = (a: Partial, b: Partial) => combine(a, b, (x, y) => x.multiply(y))
  const over = (a: Partial, b: Partial) => combine(a, b, quotient)

  const power = (base: Expr, exponent: Expr): Partial => {
    const baseUnits = infer(base)
    infer(exponent)
    if (!baseUnits) return baseUnits
    const value = literalValue(exponent)
    if (value !== undefined && Number.isFinite(value)) return raisedTo(baseUnits, value)
    // A variable exponent keeps only a pure number pure.
    return baseUnits.equals(dimensionless()) ? baseUnits : undefined
  }

  const algebra: UnitAlgebra<Unit> = {
    dimensionless: dimensionless(),
    time: context.timeUnit,
    same,
    times,
    over,
    power: (a, exponent) => (a ? raisedTo(a, exponent) : a),
  }
  /** A builtin's units, by the rule in its record; unknown for a builtin without one. */
  const call = (fn: string, args: Expr[]): Partial => {
    const units = args.map(infer)
    const rule = findBuiltin(fn)?.units
    return rule ? rule(units, algebra) : undefined
  }

  /** The units of `left op right`, for every operator but `^`. */
  const operate = (op: string, left: Partial, right: Partial): Partial => {
    switch (op) {
      case '+':
        return same('adds {a} and {b}', left, right)
      case '-':
        return same('subtracts {b} from {a}', left, right)
      case '*':
        return times(left, right)
      case '/':
        return over(left, right)
      case 'mod':
        return same('MOD of {a} by {b}', left, right)
      case 'and':
      case 'or':
        return dimensionless()
      default:
        if (COMPARISONS.has(op)) same(`compares {a} with {b} (${op})`, left, right)
        return dimensionless()
    }
  }

  const infer = (node: Expr): Partial => {
    switch (node.type) {
      case 'number':
        return undefined
      case 'slot':
        return context.slotUnits(node.slot)
      case 'clock':
        return call(node.name, [])
      case 'unary': {
        const units = infer(node.arg)
        return node.op === '-' ? units : dimensionless()
      }
      case 'chain': {
        let result = infer(node.terms[0])
        for (let i = 1; i < node.terms.length; i++)
          result = operate(node.ops[i - 1], result, infer(node.terms[i]))
        return result
      }
      case 'binary': {
        if (node.op === '^') return power(node.left, node.right)
        return operate(node.op, infer(node.left), infer(node.right))
      }
      case 'if': {
        infer(node.condition)
        return same('IF branches give {a} and {b}', infer(node.whenTrue), infer(node.whenFalse))
      }
      case 'call':
        return call(node.fn, node.args)
      case 'lookup':
        // A graphical function's output has whatever units its author meant; its input is free too.
        infer(node.arg)
        return undefined
      case 'desugared':
        return call(node.fn, node.args)
      case 'delayed':
        return undefined
    }
  }

  return (expr) => infer(expr) ?? undefined
}
