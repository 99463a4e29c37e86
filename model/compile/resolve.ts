// Validates a mathjs syntax tree and resolves it, for one element of one variable, into an Expr:
// every symbol must be a known variable, every function a known builtin with the right number of
// arguments, every operator one of the equation language's. Anything else is a named error.
//
// One resolver serves every equation of a model (a class, so that a model of 200,000 equations does
// not make a dozen closures for each); `resolve` sets which equation and element it is working on.
import type { MathNode } from 'mathjs'
import type { ParsedEquation } from '../equations/parse-equation'
import { WILDCARD_SYMBOL } from '../equations/translate'
import { ModelError } from '../errors'
import { LimitError, type Limits } from '../limits'
import { canonicalName } from '../names'
import { arityText, findBuiltin, type StatefulOwner } from './builtins'
import { type BinaryOperator, chain, type Expr } from './expr'
import { type DimensionInfo, elementCombinations, type Layout } from './layout'
import { ADDITIVE, BINARY, CHAIN_GROUP, isChainable, RELATIONAL } from './operators'
import type { PlanBuilder } from './plan-builder'
import {
  type EvaluationElement,
  rangedDimensions,
  resolveBareArray,
  resolveSubscripts,
  type SubscriptResult,
} from './subscripts'

/** What every equation of a model is resolved against. */
export interface ResolveScope {
  layout: Layout
  builder: PlanBuilder
  limits: Pick<Limits, 'nesting'>
  /** Table index of a standalone graphical function, by canonical name. */
  functionTable(key: string): number | undefined
}

type Node = MathNode & Record<string, unknown>

export class EquationResolver {
  private parsed!: ParsedEquation
  private owner!: StatefulOwner
  /** The element being resolved; a reducer rebinds it while it expands its arguments. */
  private element!: EvaluationElement
  private readonly subscriptNames = {
    nameOf: (symbol: string) => this.parsed.names.get(symbol)?.name,
    keyOf: (symbol: string) => this.parsed.names.get(symbol)?.key,
    wildcard: WILDCARD_SYMBOL,
  }

  constructor(private readonly scope: ResolveScope) {}

  resolve(parsed: ParsedEquation, element: EvaluationElement, owner: StatefulOwner): Expr {
    this.parsed = parsed
    this.element = element
    this.owner = owner
    return this.node(parsed.tree as Node)
  }

  private fail(message: string, node?: Node): never {
    throw new ModelError({
      variable: this.owner.variable,
      column: node ? this.columnOf(node) : undefined,
      message,
    })
  }

  /** The column of the first name in the node, searched without recursion (chains are long). */
  private columnOf(root: Node): number | undefined {
    const pending: Node[] = [root]
    while (pending.length) {
      const node = pending.pop()!
      if (node.type === 'SymbolNode') {
        const column = this.parsed.names.get(node.name as string)?.column
        if (column !== undefined) return column
        continue
      }
      if (node.type === 'FunctionNode') pending.push(node.fn as Node)
      else if (node.type === 'AccessorNode') pending.push(node.object as Node)
      else {
        const children = (node.args ?? node.params ?? []) as Node[]
        for (let i = children.length - 1; i >= 0; i--) pending.push(children[i])
      }
    }
    return undefined
  }

  private writtenName(symbol: Node): string {
    return this.parsed.names.get(symbol.name as string)?.name ?? String(symbol.name)
  }

  /** The canonical key of a name in the equation. */
  private keyOf(symbol: Node): string {
    return this.parsed.names.get(symbol.name as string)?.key ?? canonicalName(String(symbol.name))
  }

  /** The slots a reference reads: one, or several for a range such as `x[*]`. */
  private referencedSlots(node: Node): SubscriptResult | undefined {
    const symbol = (node.type === 'AccessorNode' ? node.object : node) as Node
    if (symbol.type !== 'SymbolNode') return undefined
    const target = this.scope.layout.variables.get(this.keyOf(symbol))
    if (!target || target.firstSlot < 0) return undefined
    if (node.type === 'AccessorNode') {
      const index = node.index as Node
      return resolveSubscripts(target, index.dimensions as MathNode[], this.element, this.subscriptNames)
    }
    return target.dimensions.length
      ? resolveBareArray(target, this.element)
      : { ok: true, slots: [target.firstSlot], isRange: false }
  }

  private symbol(node: Node): Expr {
    const name = this.writtenName(node)
    if (node.name === WILDCARD_SYMBOL) return this.fail('* may only appear inside subscripts', node)
    const key = this.keyOf(node)
    const target = this.scope.layout.variables.get(key)
    if (!target) {
      const builtin = findBuiltin(key)
      if (builtin?.kind === 'clock') return { type: 'clock', name: builtin.clock }
      if (builtin?.kind === 'constant') return { type: 'number', value: builtin.value }
      return this.fail(`unknown variable '${name}'`, node)
    }
    if (target.firstSlot < 0)
      return this.fail(`graphical function '${name}' needs an argument: ${name}(x)`, node)
    return this.single(node)
  }

  private single(node: Node): Expr {
    const result = this.referencedSlots(node)
    if (!result) return this.fail('unknown variable', node)
    if (!result.ok) return this.fail(result.message, node)
    if (result.isRange) {
      return this.fail('this reference gives several values; use it inside SUM, MEAN, MIN or MAX', node)
    }
    return { type: 'slot', slot: result.slots[0] }
  }

  /** Dimensions an argument of a reducer ranges over; a reducer inside it ranges over its own. */
  private collectRanged(root: Node, found: Map<string, DimensionInfo>): void {
    // An explicit stack: an argument may be a sum of thousands of terms.
    const pending: Node[] = [root]
    while (pending.length) {
      const node = pending.pop()!
      if (node.type === 'FunctionNode') {
        const fn = node.fn as Node
        if (fn.type === 'SymbolNode' && findBuiltin(this.keyOf(fn))?.kind === 'reducer') continue
      }
      if (node.type === 'AccessorNode' || node.type === 'SymbolNode') {
        const symbol = (node.type === 'AccessorNode' ? node.object : node) as Node
        const target =
          symbol.type === 'SymbolNode' ? this.scope.layout.variables.get(this.keyOf(symbol)) : undefined
        if (target && target.firstSlot >= 0) {
          const subscripts =
            node.type === 'AccessorNode' ? ((node.index as Node).dimensions as MathNode[]) : undefined
          for (const dimension of rangedDimensions(target, subscripts, this.element, this.subscriptNames)) {
            found.set(dimension.key, dimension)
          }
        }
        // Subscripts name elements and dimensions, not variables: do not look inside them.
        continue
      }
      node.forEach((child) => {
        pending.push(child as Node)
      })
    }
  }

  /**
   * Arguments of a reducer: an argument that ranges over dimensions (`x[*]`, `a[*] * b[*]`)
   * contributes one value per element, every `*` of a dimension standing for the same element.
   */
  private reducerArgs(args: Node[]): Expr[] {
    // A reducer's `*` ranges afresh, even inside another reducer: SUM(a[*] / MAX(a[*])).
    const outer = this.element
    const unbound: EvaluationElement = { variable: outer.variable, indices: outer.indices }
    try {
      return args.flatMap((arg) => {
        this.element = unbound
        const found = new Map<string, DimensionInfo>()
        this.collectRanged(arg, found)
        const dimensions = [...found.values()]
        if (dimensions.length === 0) return [this.node(arg)]
        // One map, rebound for each element: the argument is resolved for one element at a time.
        const bound = new Map<string, number>()
        this.element = { ...unbound, bound }
        return elementCombinations(dimensions).map((indices) => {
          dimensions.forEach((dimension, i) => {
            bound.set(dimension.key, indices[i])
          })
          return this.node(arg)
        })
      })
    } finally {
      this.element = outer
    }
  }

  private call(node: Node): Expr {
    const fnNode = node.fn as Node
    if (fnNode.type !== 'SymbolNode') return this.fail('only named functions can be called', node)
    const name = this.writtenName(fnNode)
    const key = this.keyOf(fnNode)
    const args = node.args as Node[]
    const builtin = findBuiltin(key)
    if (!builtin) {
      const table = this.scope.functionTable(key)
      if (table === undefined) {
        const isVariable = this.scope.layout.variables.has(key)
        return this.fail(
          isVariable ? `'${name}' is not a function or graphical function` : `unknown function '${name}'`,
          fnNode,
        )
      }
      if (args.length !== 1)
        return this.fail(`graphical function '${name}' takes 1 argument, got ${args.length}`, fnNode)
      return { type: 'lookup', table, arg: this.node(args[0]) }
    }
    if (args.length < builtin.minArgs || args.length > builtin.maxArgs) {
      return this.fail(`${builtin.name} takes ${arityText(builtin)}, got ${args.length}`, fnNode)
    }
    switch (builtin.kind) {
      case 'reducer':
        return { type: 'call', fn: builtin.name, args: this.reducerArgs(args) }
      case 'stateful': {
        const resolved = args.map((arg) => this.node(arg))
        const value = builtin.desugar({
          args: resolved,
          builder: this.scope.builder,
          owner: this.owner,
          fail: (message) => this.fail(message, fnNode),
        })
        return { type: 'desugared', fn: builtin.name, args: resolved, value }
      }
      case 'lookup': {
        const tableNode = args[0]
        const table =
          tableNode.type === 'SymbolNode' ? this.scope.functionTable(this.keyOf(tableNode)) : undefined
        if (table === undefined)
          return this.fail('LOOKUP needs the name of a graphical function first', fnNode)
        return { type: 'lookup', table, arg: this.node(args[1]) }
      }
      case 'time':
        // Functions of time read the clock explicitly so dependency analysis sees them vary.
        return {
          type: 'call',
          fn: builtin.name,
          args: [
            { type: 'clock', name: 'time' },
            { type: 'clock', name: 'dt' },
            ...args.map((arg) => this.node(arg)),
          ],
        }
      case 'constant':
        return { type: 'number', value: builtin.value }
      case 'clock':
        return this.fail(
          `${builtin.name} is a value, not a function: write ${builtin.name} without brackets`,
          fnNode,
        )
      case 'pure':
        return { type: 'call', fn: builtin.name, args: args.map((arg) => this.node(arg)) }
    }
  }

  /**
   * `a + b - c + ...` (or `*` `/` MOD, `and`, `or`) as one chain: mathjs nests such a run of
   * operators one level per operator, so its left spine is followed with a loop, not by recursion.
   */
  private operatorChain(node: Node): Expr {
    const group = CHAIN_GROUP.get(node.fn as string)
    const rights: Node[] = []
    const ops: BinaryOperator[] = []
    let left = node
    while (isChainable(left) && CHAIN_GROUP.get(left.fn as string) === group) {
      const args = left.args as Node[]
      rights.push(args[1])
      ops.push(BINARY.get(left.fn as string)!)
      left = args[0]
    }
    ops.reverse()
    // A run of one operator is flat in generated code; each change of operator nests one level.
    let changes = 0
    for (let i = 1; i < ops.length; i++) if (ops[i] !== ops[i - 1] || ops[i] === 'mod') changes++
    if (group !== ADDITIVE && changes > this.scope.limits.nesting)
      this.tooDeep('alternates *, / and MOD', node)
    const terms = [this.node(left)]
    for (let i = rights.length - 1; i >= 0; i--) terms.push(this.node(rights[i]))
    return chain(terms, ops)
  }

  private tooDeep(what: string, node: Node): never {
    throw new LimitError('nesting', {
      variable: this.owner.variable,
      column: this.columnOf(node),
      what: `the equation ${what} more than ${this.scope.limits.nesting} times in a row`,
      advice: 'split it into auxiliary variables',
    })
  }

  private operator(node: Node): Expr {
    const fn = node.fn as string
    const args = node.args as Node[]
    if (node.implicit) return this.fail('missing operator between two values', node)
    if (isChainable(node)) return this.operatorChain(node)
    if (args.length === 1) {
      if (fn === 'unaryMinus') {
        const arg = this.node(args[0])
        return arg.type === 'number' ? { type: 'number', value: -arg.value } : { type: 'unary', op: '-', arg }
      }
      if (fn === 'unaryPlus') return this.node(args[0])
      if (fn === 'not') return { type: 'unary', op: 'not', arg: this.node(args[0]) }
    }
    const op = BINARY.get(fn)
    if (!op || args.length !== 2)
      return this.fail(`operator '${node.op}' is not part of the equation language`, node)
    return { type: 'binary', op, left: this.node(args[0]), right: this.node(args[1]) }
  }

  /** `a < b < c` reads as `(a < b) < c`, as in Stella and Vensim. */
  private relational(node: Node): Expr {
    const conditionals = node.conditionals as string[]
    if (conditionals.length > this.scope.limits.nesting) this.tooDeep('chains comparisons', node)
    const params = (node.params as Node[]).map((param) => this.node(param))
    let result = params[0]
    conditionals.forEach((conditional, i) => {
      result = { type: 'binary', op: RELATIONAL.get(conditional)!, left: result, right: params[i + 1] }
    })
    return result
  }

  private node(node: Node): Expr {
    this.scope.builder.countNode(this.owner.variable)
    switch (node.type) {
      case 'ConstantNode': {
        const value = node.value
        if (typeof value !== 'number') return this.fail('only numbers may appear as constants', node)
        return { type: 'number', value }
      }
      case 'SymbolNode':
        return this.symbol(node)
      case 'AccessorNode':
        return this.single(node)
      case 'ParenthesisNode':
        return this.node(node.content as Node)
      case 'OperatorNode':
        return this.operator(node)
      case 'RelationalNode':
        return this.relational(node)
      case 'ConditionalNode':
        return {
          type: 'if',
          condition: this.node(node.condition as Node),
          whenTrue: this.node(node.trueExpr as Node),
          whenFalse: this.node(node.falseExpr as Node),
        }
      case 'FunctionNode':
        return this.call(node)
      default:
        return this.fail(`unsupported syntax (${node.type})`, node)
    }
  }
}
