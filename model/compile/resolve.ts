// Validates a mathjs syntax tree and resolves it, for one element of one variable, into an Expr:
// every symbol must be a known variable, every function a known builtin with the right number of
// arguments, every operator one of the equation language's. Anything else is a named error.
import type { MathNode } from 'mathjs'
import type { ParsedEquation } from '../equations/parse-equation'
import { WILDCARD_SYMBOL } from '../equations/translate'
import { ModelError } from '../errors'
import { canonicalName } from '../names'
import { arityText, findBuiltin, type StatefulOwner } from './builtins'
import type { BinaryOperator, Expr } from './expr'
import { type DimensionInfo, elementCombinations, type Layout } from './layout'
import type { PlanBuilder } from './plan-builder'
import {
  type EvaluationElement,
  rangedDimensions,
  resolveBareArray,
  resolveSubscripts,
  type SubscriptResult,
} from './subscripts'

export interface ResolveContext {
  layout: Layout
  builder: PlanBuilder
  element: EvaluationElement
  owner: StatefulOwner
  /** Table index of a standalone graphical function, by canonical name. */
  functionTable(key: string): number | undefined
}

type Node = MathNode & Record<string, unknown>

const BINARY: Record<string, BinaryOperator> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  pow: '^',
  mod: 'mod',
  smaller: '<',
  smallerEq: '<=',
  larger: '>',
  largerEq: '>=',
  equal: '==',
  unequal: '!=',
  and: 'and',
  or: 'or',
}

const RELATIONAL: Record<string, BinaryOperator> = {
  smaller: '<',
  smallerEq: '<=',
  larger: '>',
  largerEq: '>=',
  equal: '==',
  unequal: '!=',
}

export function resolveEquation(parsed: ParsedEquation, context: ResolveContext): Expr {
  const variable = context.owner.variable
  // The element being resolved; a reducer rebinds it while it expands its arguments.
  let element = context.element

  const fail = (message: string, node?: Node): never => {
    const column = node ? columnOf(node) : undefined
    throw new ModelError({ variable, column, message })
  }
  const columnOf = (node: Node): number | undefined => {
    if (node.type === 'SymbolNode') return parsed.names.get(node.name as string)?.column
    if (node.type === 'FunctionNode' || node.type === 'AccessorNode') {
      return columnOf((node.type === 'FunctionNode' ? node.fn : node.object) as Node)
    }
    const children = (node.args ?? node.params ?? []) as Node[]
    for (const child of children) {
      const column = columnOf(child)
      if (column !== undefined) return column
    }
    return undefined
  }
  const writtenName = (symbol: Node): string =>
    parsed.names.get(symbol.name as string)?.name ?? String(symbol.name)
  const subscriptNames = {
    nameOf: (symbol: string) => parsed.names.get(symbol)?.name,
    wildcard: WILDCARD_SYMBOL,
  }

  /** The slots a reference reads: one, or several for a range such as `x[*]`. */
  const referencedSlots = (node: Node): SubscriptResult | undefined => {
    const symbol = (node.type === 'AccessorNode' ? node.object : node) as Node
    if (symbol.type !== 'SymbolNode') return undefined
    const target = context.layout.variables.get(canonicalName(writtenName(symbol)))
    if (!target || target.firstSlot < 0) return undefined
    if (node.type === 'AccessorNode') {
      const index = node.index as Node
      return resolveSubscripts(target, index.dimensions as MathNode[], element, subscriptNames)
    }
    return target.dimensions.length
      ? resolveBareArray(target, element)
      : { ok: true, slots: [target.firstSlot], isRange: false }
  }

  const symbol = (node: Node): Expr => {
    const name = writtenName(node)
    if (node.name === WILDCARD_SYMBOL) return fail('* may only appear inside subscripts', node)
    const key = canonicalName(name)
    const target = context.layout.variables.get(key)
    if (!target) {
      const builtin = findBuiltin(key)
      if (builtin?.kind === 'clock') return { type: 'clock', name: builtin.clock }
      if (builtin?.kind === 'constant') return { type: 'number', value: builtin.value }
      return fail(`unknown variable '${name}'`, node)
    }
    if (target.firstSlot < 0) return fail(`graphical function '${name}' needs an argument: ${name}(x)`, node)
    return single(node)
  }

  const single = (node: Node): Expr => {
    const result = referencedSlots(node)
    if (!result) return fail('unknown variable', node)
    if (!result.ok) return fail(result.message, node)
    if (result.isRange) {
      return fail('this reference gives several values; use it inside SUM, MEAN, MIN or MAX', node)
    }
    return { type: 'slot', slot: result.slots[0] }
  }

  /** Dimensions an argument of a reducer ranges over; a reducer inside it ranges over its own. */
  const collectRanged = (node: Node, found: Map<string, DimensionInfo>): void => {
    if (node.type === 'FunctionNode') {
      const fn = node.fn as Node
      if (fn.type === 'SymbolNode' && findBuiltin(writtenName(fn))?.kind === 'reducer') return
    }
    if (node.type === 'AccessorNode' || node.type === 'SymbolNode') {
      const symbol = (node.type === 'AccessorNode' ? node.object : node) as Node
      const target =
        symbol.type === 'SymbolNode'
          ? context.layout.variables.get(canonicalName(writtenName(symbol)))
          : undefined
      if (target && target.firstSlot >= 0) {
        const subscripts =
          node.type === 'AccessorNode' ? ((node.index as Node).dimensions as MathNode[]) : undefined
        for (const dimension of rangedDimensions(target, subscripts, element, subscriptNames)) {
          found.set(dimension.key, dimension)
        }
      }
      // Subscripts name elements and dimensions, not variables: do not look inside them.
      return
    }
    node.forEach((child) => {
      collectRanged(child as Node, found)
    })
  }

  /**
   * Arguments of a reducer: an argument that ranges over dimensions (`x[*]`, `a[*] * b[*]`)
   * contributes one value per element, every `*` of a dimension standing for the same element.
   */
  const reducerArgs = (args: Node[]): Expr[] => {
    // A reducer's `*` ranges afresh, even inside another reducer: SUM(a[*] / MAX(a[*])).
    const outer = element
    const unbound: EvaluationElement = { variable: outer.variable, indices: outer.indices }
    try {
      return args.flatMap((arg) => {
        element = unbound
        const found = new Map<string, DimensionInfo>()
        collectRanged(arg, found)
        const dimensions = [...found.values()]
        if (dimensions.length === 0) return [resolve(arg)]
        return elementCombinations(dimensions).map((indices) => {
          element = {
            ...unbound,
            bound: new Map(dimensions.map((dimension, i) => [dimension.key, indices[i]])),
          }
          return resolve(arg)
        })
      })
    } finally {
      element = outer
    }
  }

  const call = (node: Node): Expr => {
    const fnNode = node.fn as Node
    if (fnNode.type !== 'SymbolNode') return fail('only named functions can be called', node)
    const name = writtenName(fnNode)
    const args = node.args as Node[]
    const builtin = findBuiltin(name)
    if (!builtin) {
      const table = context.functionTable(canonicalName(name))
      if (table === undefined) {
        const isVariable = context.layout.variables.has(canonicalName(name))
        return fail(
          isVariable ? `'${name}' is not a function or graphical function` : `unknown function '${name}'`,
          fnNode,
        )
      }
      if (args.length !== 1)
        return fail(`graphical function '${name}' takes 1 argument, got ${args.length}`, fnNode)
      return { type: 'lookup', table, arg: resolve(args[0]) }
    }
    if (args.length < builtin.minArgs || args.length > builtin.maxArgs) {
      return fail(`${builtin.name} takes ${arityText(builtin)}, got ${args.length}`, fnNode)
    }
    switch (builtin.kind) {
      case 'reducer':
        return { type: 'call', fn: builtin.name, args: reducerArgs(args) }
      case 'stateful': {
        const resolved = args.map(resolve)
        const value = builtin.desugar({
          args: resolved,
          builder: context.builder,
          owner: context.owner,
          fail: (message) => fail(message, fnNode),
        })
        return { type: 'desugared', fn: builtin.name, args: resolved, value }
      }
      case 'lookup': {
        const tableNode = args[0]
        const table =
          tableNode.type === 'SymbolNode'
            ? context.functionTable(canonicalName(writtenName(tableNode)))
            : undefined
        if (table === undefined) return fail('LOOKUP needs the name of a graphical function first', fnNode)
        return { type: 'lookup', table, arg: resolve(args[1]) }
      }
      case 'time':
        // Functions of time read the clock explicitly so dependency analysis sees them vary.
        return {
          type: 'call',
          fn: builtin.name,
          args: [{ type: 'clock', name: 'time' }, { type: 'clock', name: 'dt' }, ...args.map(resolve)],
        }
      case 'constant':
        return { type: 'number', value: builtin.value }
      case 'clock':
        return fail(
          `${builtin.name} is a value, not a function: write ${builtin.name} without brackets`,
          fnNode,
        )
      case 'pure':
        return { type: 'call', fn: builtin.name, args: args.map(resolve) }
    }
  }

  const operator = (node: Node): Expr => {
    const fn = node.fn as string
    const args = node.args as Node[]
    if (node.implicit) return fail('missing operator between two values', node)
    if (args.length === 1) {
      if (fn === 'unaryMinus') {
        const arg = resolve(args[0])
        return arg.type === 'number' ? { type: 'number', value: -arg.value } : { type: 'unary', op: '-', arg }
      }
      if (fn === 'unaryPlus') return resolve(args[0])
      if (fn === 'not') return { type: 'unary', op: 'not', arg: resolve(args[0]) }
    }
    const op = BINARY[fn]
    if (!op || args.length !== 2)
      return fail(`operator '${node.op}' is not part of the equation language`, node)
    return { type: 'binary', op, left: resolve(args[0]), right: resolve(args[1]) }
  }

  // `a < b < c` reads as `(a < b) < c`, as in Stella and Vensim.
  const relational = (node: Node): Expr => {
    const params = (node.params as Node[]).map(resolve)
    const conditionals = node.conditionals as string[]
    let result = params[0]
    conditionals.forEach((conditional, i) => {
      result = { type: 'binary', op: RELATIONAL[conditional], left: result, right: params[i + 1] }
    })
    return result
  }

  const resolve = (node: Node): Expr => {
    switch (node.type) {
      case 'ConstantNode': {
        const value = node.value
        if (typeof value !== 'number') return fail('only numbers may appear as constants', node)
        return { type: 'number', value }
      }
      case 'SymbolNode':
        return symbol(node)
      case 'AccessorNode':
        return single(node)
      case 'ParenthesisNode':
        return resolve(node.content as Node)
      case 'OperatorNode':
        return operator(node)
      case 'RelationalNode':
        return relational(node)
      case 'ConditionalNode':
        return {
          type: 'if',
          condition: resolve(node.condition as Node),
          whenTrue: resolve(node.trueExpr as Node),
          whenFalse: resolve(node.falseExpr as Node),
        }
      case 'FunctionNode':
        return call(node)
      default:
        return fail(`unsupported syntax (${node.type})`, node)
    }
  }

  return resolve(parsed.tree as Node)
}
