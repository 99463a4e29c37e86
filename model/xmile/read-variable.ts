// One <stock>, <flow>, <aux> or standalone <gf> -> an IR Variable.
import type { Variable } from '../ir'
import { readMeta } from './carebalance-extension'
import type { ReadContext } from './read-context'
import { type DeclaredDimensions, readVariableDimensions } from './read-dimensions'
import { readEquations } from './read-equations'
import { readGraphicalFunction } from './read-graphical-function'
import { type NonNegativeDefaults, resolveNonNegative } from './read-non-negative'
import { childNamed, childrenNamed, childText, type XmlElement } from './xml-tree'

export const VARIABLE_TAGS = ['stock', 'flow', 'aux', 'gf'] as const

export interface VariableScope {
  dimensions: DeclaredDimensions
  nonNegative: NonNegativeDefaults
  extensionPrefixes: readonly string[]
}

/** XMILE features this engine does not simulate, by the child element that marks them. */
const UNSUPPORTED_CHILDREN: Record<string, string> = {
  conveyor: 'conveyor stocks',
  queue: 'queue stocks',
  leak: 'conveyor leakage flows',
  overflow: 'queue overflow flows',
}

/** The variable, or undefined after reporting why it cannot be read. */
export function readVariable(
  element: XmlElement,
  scope: VariableScope,
  context: ReadContext,
): Variable | undefined {
  const name = element.attributes.name?.trim()
  if (!name) {
    context.report(`a <${element.name}> has no name`, { element })
    return undefined
  }
  for (const child of element.children) {
    const feature = Object.hasOwn(UNSUPPORTED_CHILDREN, child.name)
      ? UNSUPPORTED_CHILDREN[child.name]
      : undefined
    if (feature) context.report(`${feature} are not supported`, { element: child, variable: name })
  }

  const dimensions = readVariableDimensions(element, scope.dimensions, context, name)
  const common: Omit<Variable, 'kind' | 'graphicalFunction'> = { name }
  if (dimensions) common.dimensions = dimensions.map((dimension) => dimension.name)
  Object.assign(common, readEquations(element, dimensions, context, name))
  const units = childText(element, 'units')
  if (units !== undefined) common.units = units
  const doc = childText(element, 'doc')
  if (doc !== undefined) common.doc = doc
  const meta = readMeta(element, scope.extensionPrefixes, context, name)
  if (meta) common.meta = meta

  const gfElement = element.name === 'gf' ? element : childNamed(element, 'gf')
  const graphicalFunction = gfElement ? readGraphicalFunction(gfElement, context, name) : undefined

  switch (element.name) {
    case 'stock': {
      if (gfElement)
        context.report('a stock cannot have a graphical function', { element: gfElement, variable: name })
      const flows = (tag: string) =>
        childrenNamed(element, tag)
          .map((flow) => flow.text.trim())
          .filter((flow) => flow !== '')
      const nonNegative = resolveNonNegative(element, 'stock', scope.nonNegative, context, name)
      const stock: Variable = {
        ...common,
        kind: 'stock',
        inflows: flows('inflow'),
        outflows: flows('outflow'),
      }
      if (nonNegative !== undefined) stock.nonNegative = nonNegative
      return stock
    }
    case 'flow': {
      const nonNegative = resolveNonNegative(element, 'flow', scope.nonNegative, context, name)
      const flow: Variable = { ...common, kind: 'flow' }
      if (graphicalFunction) flow.graphicalFunction = graphicalFunction
      if (nonNegative !== undefined) flow.nonNegative = nonNegative
      return flow
    }
    case 'aux':
      return graphicalFunction ? { ...common, kind: 'aux', graphicalFunction } : { ...common, kind: 'aux' }
    default:
      return graphicalFunction ? { ...common, kind: 'gf', graphicalFunction } : undefined
  }
}
