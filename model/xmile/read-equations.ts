// A variable's equation text: one apply-to-all <eqn>, or one equation per array element.
//
// XMILE gives per-element equations as `<element subscript="a, b"><eqn>...</eqn></element>`.
// Vensim's XMILE export has two more spellings, read here because any Vensim user's file has them:
//  - several <eqn> children and no <element>: one equation per element, in element order (the last
//    dimension varying fastest, as Vensim lists them);
//  - one <eqn> holding a list of numbers, `1, 2, 3`, rows of a table ended by `;`: one constant per
//    element in the same order. It must hold exactly one number per element.
// Both become ordinary per-element equations, so nothing downstream knows they were ever special.
import type { Dimension, ElementEquation } from '../ir'
import { canonicalName } from '../names'
import { parseDecimal, type ReadContext } from './read-context'
import { readGraphicalFunction } from './read-graphical-function'
import { childNamed, childrenNamed, type XmlElement } from './xml-tree'

export interface EquationParts {
  equation?: string
  elements?: ElementEquation[]
}

export function readEquations(
  variable: XmlElement,
  dimensions: readonly Dimension[] | undefined,
  context: ReadContext,
  name: string,
): EquationParts {
  const eqns = childrenNamed(variable, 'eqn').map((eqn) => eqn.text.trim())
  const perElement = childrenNamed(variable, 'element')
  const where = { element: variable, variable: name }

  if (!dimensions) {
    if (perElement.length > 0) context.report('has per-element equations but no <dimensions>', where)
    if (eqns.length > 1) context.report(`has ${eqns.length} <eqn> elements but is not arrayed`, where)
    return eqns[0] ? { equation: eqns[0] } : {}
  }

  if (perElement.length > 0) {
    if (eqns.length > 1) context.report('has several <eqn> elements beside its <element> equations', where)
    const elements = readElementEquations(perElement, dimensions, context, name)
    return eqns[0] ? { equation: eqns[0], elements } : { elements }
  }

  if (eqns.length > 1) return listedPerElement(eqns, dimensions, context, name, variable)
  const constants = numberList(eqns[0] ?? '')
  if (constants) return listedPerElement(constants, dimensions, context, name, variable)
  return eqns[0] ? { equation: eqns[0] } : {}
}

function readElementEquations(
  perElement: XmlElement[],
  dimensions: readonly Dimension[],
  context: ReadContext,
  name: string,
): ElementEquation[] {
  const elements: ElementEquation[] = []
  const seen = new Set<string>()
  for (const element of perElement) {
    const where = { element, variable: name }
    const subscripts = resolveSubscripts(element.attributes.subscript ?? '', dimensions, context, where)
    if (!subscripts) continue
    const key = subscripts.join('\u0000')
    if (seen.has(key)) context.report(`element [${subscripts.join(', ')}] is defined twice`, where)
    seen.add(key)

    const equation = childNamed(element, 'eqn')?.text.trim() ?? ''
    const gf = childNamed(element, 'gf')
    const graphicalFunction = gf ? readGraphicalFunction(gf, context, name) : undefined
    if (!equation && !gf) context.report(`element [${subscripts.join(', ')}] has no <eqn>`, where)
    elements.push(graphicalFunction ? { subscripts, equation, graphicalFunction } : { subscripts, equation })
  }
  return elements
}

/** `a, b` -> the declared element names, one per dimension; undefined after reporting a mismatch. */
function resolveSubscripts(
  written: string,
  dimensions: readonly Dimension[],
  context: ReadContext,
  where: { element: XmlElement; variable: string },
): string[] | undefined {
  const parts = written.split(',').map((part) => part.trim())
  if (parts.length !== dimensions.length) {
    context.report(
      `subscript '${written}' names ${parts.length} element(s), the variable has ${dimensions.length} dimension(s)`,
      where,
    )
    return undefined
  }
  const resolved: string[] = []
  for (const [i, part] of parts.entries()) {
    const match = dimensions[i].elements.find((element) => canonicalName(element) === canonicalName(part))
    if (match === undefined) {
      context.report(`'${part}' is not an element of dimension '${dimensions[i].name}'`, where)
      return undefined
    }
    resolved.push(match)
  }
  return resolved
}

/** The numbers of a Vensim constant list (`1, 2, 3` or `1,2;3,4;`), or undefined if it is not one. */
function numberList(text: string): string[] | undefined {
  if (!/[,;]/.test(text)) return undefined
  const parts = text.split(/[,;]/).map((part) => part.trim())
  if (parts[parts.length - 1] === '' && text.trimEnd().endsWith(';')) parts.pop()
  if (!parts.every((part) => Number.isFinite(parseDecimal(part)))) return undefined
  return parts
}

function listedPerElement(
  equations: string[],
  dimensions: readonly Dimension[],
  context: ReadContext,
  name: string,
  variable: XmlElement,
): EquationParts {
  const count = dimensions.reduce((product, dimension) => product * dimension.elements.length, 1)
  if (equations.length !== count) {
    context.report(`lists ${equations.length} equations or values for its ${count} elements`, {
      element: variable,
      variable: name,
    })
    return {}
  }
  const tuples = elementTuples(dimensions)
  return { elements: tuples.map((subscripts, i) => ({ subscripts, equation: equations[i] })) }
}

/** Every combination of elements, the last dimension varying fastest. */
function elementTuples(dimensions: readonly Dimension[]): string[][] {
  let tuples: string[][] = [[]]
  for (const dimension of dimensions) {
    tuples = tuples.flatMap((prefix) => dimension.elements.map((element) => [...prefix, element]))
  }
  return tuples
}
