// The validated, resolved expression tree: every name is a slot in the state vector, every
// subscript an element, every stateful function a synthetic slot. Code is generated only from this.

export type UnaryOperator = '-' | 'not'
export type BinaryOperator =
  | '+'
  | '-'
  | '*'
  | '/'
  | '^'
  | 'mod'
  | '<'
  | '<='
  | '>'
  | '>='
  | '=='
  | '!='
  | 'and'
  | 'or'

/** Pure functions, named as in the builtin table (upper case). */
export type PureFunction = string

/** Names that stand for a value of the run's clock: `TIME`, `DT`, ... */
export type ClockName = 'time' | 'dt' | 'starttime' | 'stoptime'

export type Expr =
  | { type: 'number'; value: number }
  | { type: 'slot'; slot: number }
  | { type: 'clock'; name: ClockName }
  | { type: 'unary'; op: UnaryOperator; arg: Expr }
  | { type: 'binary'; op: BinaryOperator; left: Expr; right: Expr }
  /**
   * `terms[0] ops[0] terms[1] ops[1] ...`, evaluated left to right, every operator of one group
   * (`+ -`, `* / mod`, `and` or `or`): a 10,000-term sum is one node, not 10,000 nested ones, so nothing
   * that walks the tree recurses once per term.
   */
  | { type: 'chain'; terms: Expr[]; ops: BinaryOperator[] }
  | { type: 'if'; condition: Expr; whenTrue: Expr; whenFalse: Expr }
  | { type: 'call'; fn: PureFunction; args: Expr[] }
  | { type: 'lookup'; table: number; arg: Expr }
  /**
   * A stateful call, desugared: `value` reads the synthetic state it became. The call's arguments
   * are kept for the units check only; they are evaluated where the synthetic state is computed.
   */
  | { type: 'desugared'; fn: string; args: Expr[]; value: Expr }
  /** A fixed delay's output at the current step: its buffer, or its initial value until filled. */
  | { type: 'delayed'; delay: number; stepsSlot: number; initialSlot: number }

export const number = (value: number): Expr => ({ type: 'number', value })
export const slotRef = (slot: number): Expr => ({ type: 'slot', slot })
export const binary = (op: BinaryOperator, left: Expr, right: Expr): Expr => ({
  type: 'binary',
  op,
  left,
  right,
})

/** `terms` joined by `ops` (one group): a binary node for two terms, a chain for more. */
export function chain(terms: Expr[], ops: BinaryOperator[]): Expr {
  if (terms.length === 1) return terms[0]
  if (terms.length === 2) return binary(ops[0], terms[0], terms[1])
  return { type: 'chain', terms, ops }
}

/** Calls `visit` on every node of the tree, parents before children. */
export function walk(expr: Expr, visit: (node: Expr) => void): void {
  visit(expr)
  switch (expr.type) {
    case 'unary':
      walk(expr.arg, visit)
      break
    case 'binary':
      walk(expr.left, visit)
      walk(expr.right, visit)
      break
    case 'chain':
      for (const term of expr.terms) walk(term, visit)
      break
    case 'if':
      walk(expr.condition, visit)
      walk(expr.whenTrue, visit)
      walk(expr.whenFalse, visit)
      break
    case 'call':
      for (const arg of expr.args) walk(arg, visit)
      break
    case 'lookup':
      walk(expr.arg, visit)
      break
    case 'desugared':
      walk(expr.value, visit)
      break
    default:
      break
  }
}

/** Slots the expression reads, and the fixed delays whose output it reads. */
export function references(expr: Expr): { slots: Set<number>; delays: Set<number>; usesTime: boolean } {
  const slots = new Set<number>()
  const delays = new Set<number>()
  let usesTime = false
  walk(expr, (node) => {
    if (node.type === 'slot') slots.add(node.slot)
    else if (node.type === 'delayed') delays.add(node.delay)
    else if (node.type === 'clock' && node.name === 'time') usesTime = true
  })
  return { slots, delays, usesTime }
}
