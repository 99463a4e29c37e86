// Turns the subscripts of a reference such as `population[band, *]` into the slots it reads, for
// one element of the variable whose equation contains it. A dimension name means "the element
// this equation is being evaluated for" when the equation's variable has that dimension, and
// "every element" otherwise (allowed only where several values are wanted, as in SUM).
import type { MathNode } from 'mathjs'
import { canonicalName } from '../names'
import type { DimensionInfo, VariableInfo } from './layout'

/** The element being evaluated: the equation's variable and its element indices. */
export interface EvaluationElement {
  variable: VariableInfo
  indices: readonly number[]
  /**
   * Dimensions an enclosing SUM, MEAN, MIN or MAX is iterating, by dimension key: inside
   * `SUM(a[*] * b[*])` both `*` stand for the same element of the dimension being summed.
   */
  bound?: ReadonlyMap<string, number>
}

export type SubscriptResult = { ok: true; slots: number[]; isRange: boolean } | { ok: false; message: string }

interface SubscriptNames {
  /** Placeholder symbol -> name as written. */
  nameOf(symbol: string): string | undefined
  /** Placeholder symbol -> the name as the model matches it. */
  keyOf(symbol: string): string | undefined
  wildcard: string
}

function currentIndexOf(element: EvaluationElement, dimension: DimensionInfo): number | undefined {
  const position = element.variable.dimensions.findIndex((d) => d.key === dimension.key)
  return position < 0 ? element.bound?.get(dimension.key) : element.indices[position]
}

function allIndices(dimension: DimensionInfo): number[] {
  return dimension.elements.map((_, i) => i)
}

/** Element indices one subscript selects within `dimension`, or an error message. */
function selectElements(
  node: MathNode,
  dimension: DimensionInfo,
  element: EvaluationElement,
  names: SubscriptNames,
): number[] | string {
  if (node.type === 'ConstantNode') {
    const position = Number((node as MathNode & { value: unknown }).value)
    if (!Number.isInteger(position) || position < 1 || position > dimension.elements.length) {
      return `subscript ${position} is outside '${dimension.name}' (1 to ${dimension.elements.length})`
    }
    return [position - 1]
  }
  if (node.type === 'ParenthesisNode') {
    return selectElements((node as MathNode & { content: MathNode }).content, dimension, element, names)
  }
  if (node.type !== 'SymbolNode') return `a subscript must be an element, a dimension or *`
  const symbol = (node as MathNode & { name: string }).name
  if (symbol === names.wildcard) {
    const bound = element.bound?.get(dimension.key)
    return bound === undefined ? allIndices(dimension) : [bound]
  }
  const written = names.nameOf(symbol) ?? symbol
  const key = names.keyOf(symbol) ?? canonicalName(written)
  if (key === dimension.key) {
    const current = currentIndexOf(element, dimension)
    return current === undefined ? allIndices(dimension) : [current]
  }
  const qualified = key.startsWith(`${dimension.key}.`) ? key.slice(dimension.key.length + 1) : key
  const index = dimension.elementKeys.indexOf(qualified)
  if (index >= 0) return [index]
  return `'${written}' is not an element of '${dimension.name}'`
}

/** Slots read by `target[subscripts]` when evaluating `element`. */
export function resolveSubscripts(
  target: VariableInfo,
  subscripts: readonly MathNode[],
  element: EvaluationElement,
  names: SubscriptNames,
): SubscriptResult {
  const name = target.variable.name
  if (target.dimensions.length === 0) return { ok: false, message: `'${name}' is not arrayed` }
  if (subscripts.length !== target.dimensions.length) {
    return {
      ok: false,
      message: `'${name}' has ${target.dimensions.length} dimension(s) but ${subscripts.length} subscript(s) were given`,
    }
  }
  const selections: number[][] = []
  for (let d = 0; d < subscripts.length; d++) {
    const selected = selectElements(subscripts[d], target.dimensions[d], element, names)
    if (typeof selected === 'string') return { ok: false, message: selected }
    selections.push(selected)
  }
  return expand(target, selections)
}

/** Slots read by a bare reference to an arrayed variable: same elements where dimensions match. */
export function resolveBareArray(target: VariableInfo, element: EvaluationElement): SubscriptResult {
  const selections = target.dimensions.map((dimension) => {
    const index = currentIndexOf(element, dimension)
    return index === undefined ? allIndices(dimension) : [index]
  })
  return expand(target, selections)
}

function expand(target: VariableInfo, selections: number[][]): SubscriptResult {
  // Row-major offsets of every combination, built dimension by dimension.
  let offsets = [0]
  selections.forEach((selection, d) => {
    const size = target.dimensions[d].elements.length
    const next: number[] = []
    for (const offset of offsets) for (const index of selection) next.push(offset * size + index)
    offsets = next
  })
  const slots = offsets.map((offset) => target.firstSlot + offset)
  return { ok: true, slots, isRange: selections.some((selection) => selection.length > 1) }
}

/**
 * The dimensions a reference ranges over when evaluating `element`: those given as `*` or by a
 * dimension name the element does not fix. Empty for a reference to a single element.
 */
export function rangedDimensions(
  target: VariableInfo,
  subscripts: readonly MathNode[] | undefined,
  element: EvaluationElement,
  names: SubscriptNames,
): DimensionInfo[] {
  return target.dimensions.filter((dimension, d) => {
    if (currentIndexOf(element, dimension) !== undefined && !subscripts) return false
    if (!subscripts) return true
    const node = subscripts[d]
    if (node?.type !== 'SymbolNode') return false
    const symbol = (node as MathNode & { name: string }).name
    // `*` is every element unless an enclosing reducer is already iterating its dimension; a
    // dimension name is the current element when the equation's variable has that dimension.
    if (symbol === names.wildcard) return element.bound?.get(dimension.key) === undefined
    const fixed = currentIndexOf(element, dimension) !== undefined
    return (names.keyOf(symbol) ?? canonicalName(symbol)) === dimension.key && !fixed
  })
}
