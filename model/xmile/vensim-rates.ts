// Vensim has no flows: its rates are auxiliaries, and its XMILE export writes them as <aux> while
// naming them in stocks' <inflow> and <outflow>. In XMILE terms they are flows, and the engine
// insists that a stock's inflows and outflows are flows (build-plan.ts), so a file from Vensim has
// those auxiliaries read as the flows they are. Files from other tools are read as written.
import type { Variable } from '../ir'
import { canonicalName } from '../names'
import { childNamed, childText, type XmlElement } from './xml-tree'

export function isFromVensim(root: XmlElement): boolean {
  const header = childNamed(root, 'header')
  if (!header) return false
  const maker = `${childText(header, 'vendor') ?? ''} ${childText(header, 'product') ?? ''}`
  return /vensim|ventana/i.test(maker)
}

/** The variables with every auxiliary a stock names as an inflow or outflow made a flow. */
export function vensimRatesAsFlows(variables: Variable[]): Variable[] {
  const rates = new Set<string>()
  for (const variable of variables) {
    if (variable.kind !== 'stock') continue
    for (const name of [...variable.inflows, ...variable.outflows]) rates.add(canonicalName(name))
  }
  return variables.map((variable) => {
    if (variable.kind !== 'aux' || !rates.has(canonicalName(variable.name))) return variable
    return { ...variable, kind: 'flow' }
  })
}
