// One IR Variable -> its XMILE element, in the shape readVariable reads back to the same Variable.
import type { GraphicalFunction, Variable } from '../ir'
import { metaElement } from './carebalance-extension'
import { element, formatNumber, textElement, type XmlNode } from './xml-build'

export function variableElement(variable: Variable): XmlNode {
  const { name } = variable
  const children: XmlNode[] = []
  if (variable.doc !== undefined) children.push(textElement('doc', variable.doc))
  if (variable.dimensions && variable.dimensions.length > 0) {
    children.push(
      element(
        'dimensions',
        {},
        variable.dimensions.map((dimension) => element('dim', { name: dimension })),
      ),
    )
  }
  if (variable.equation !== undefined) children.push(textElement('eqn', variable.equation))
  for (const perElement of variable.elements ?? []) {
    const parts: XmlNode[] = []
    if (perElement.equation !== '') parts.push(textElement('eqn', perElement.equation))
    if (perElement.graphicalFunction) parts.push(gfElement(perElement.graphicalFunction, name))
    children.push(element('element', { subscript: perElement.subscripts.join(', ') }, parts))
  }

  if (variable.kind === 'stock') {
    for (const inflow of variable.inflows) children.push(textElement('inflow', inflow))
    for (const outflow of variable.outflows) children.push(textElement('outflow', outflow))
  }
  if ((variable.kind === 'stock' || variable.kind === 'flow') && variable.nonNegative !== undefined) {
    // An explicit false is written too: it overrides a <behavior> default in files that have one.
    children.push(variable.nonNegative ? element('non_negative') : textElement('non_negative', 'false'))
  }
  if (variable.graphicalFunction && variable.kind !== 'gf')
    children.push(gfElement(variable.graphicalFunction, name))
  if (variable.units !== undefined) children.push(textElement('units', variable.units))
  if (variable.meta) children.push(metaElement(variable.meta, name))

  if (variable.kind === 'gf') {
    // A standalone function is the <gf> element itself, named, holding its points.
    const gf = gfElement(variable.graphicalFunction, name)
    const gfChildren = gf.gf as XmlNode[]
    const attributes = { name, ...(gf[':@'] as Record<string, string> | undefined) }
    return element('gf', attributes, [...children, ...gfChildren])
  }
  return element(variable.kind, { name }, children)
}

/** Points always written as <xpts>/<ypts>; the scales are written too, for Stella's plots. */
function gfElement(gf: GraphicalFunction, variable: string): XmlNode {
  const number = (value: number) => formatNumber(value, 'a graphical function point', variable)
  const scale = (values: number[]) => ({
    min: number(Math.min(...values)),
    max: number(Math.max(...values)),
  })
  const attributes: Record<string, string> = gf.kind === 'continuous' ? {} : { type: gf.kind }
  return element('gf', attributes, [
    element('xscale', scale(gf.xs)),
    element('yscale', scale(gf.ys)),
    textElement('xpts', gf.xs.map(number).join(',')),
    textElement('ypts', gf.ys.map(number).join(',')),
  ])
}
