// The equation language's operators, as mathjs names them in its syntax tree.
import type { MathNode } from 'mathjs'
import type { BinaryOperator } from './expr'

type Node = MathNode & Record<string, unknown>

export const BINARY = new Map<string, BinaryOperator>([
  ['add', '+'],
  ['subtract', '-'],
  ['multiply', '*'],
  ['divide', '/'],
  ['pow', '^'],
  ['mod', 'mod'],
  ['smaller', '<'],
  ['smallerEq', '<='],
  ['larger', '>'],
  ['largerEq', '>='],
  ['equal', '=='],
  ['unequal', '!='],
  ['and', 'and'],
  ['or', 'or'],
])

/** The comparisons, which mathjs chains in one RelationalNode (`a < b < c`). */
export const RELATIONAL = new Map(
  ['smaller', 'smallerEq', 'larger', 'largerEq', 'equal', 'unequal'].map((fn) => [fn, BINARY.get(fn)!]),
)

/** mathjs operator name -> the group of operators it chains with (see `chain` in expr.ts). */
export const CHAIN_GROUP = new Map([
  ['add', 0],
  ['subtract', 0],
  ['multiply', 1],
  ['divide', 1],
  ['mod', 1],
  ['and', 2],
  ['or', 3],
])

/** The additive group: a chain of it is flat in generated code whatever its operators. */
export const ADDITIVE = 0

export function isChainable(node: Node): boolean {
  return (
    node.type === 'OperatorNode' &&
    !node.implicit &&
    (node.args as Node[]).length === 2 &&
    CHAIN_GROUP.has(node.fn as string)
  )
}
