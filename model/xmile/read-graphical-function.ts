// <gf> -> GraphicalFunction.
//
// y values come from <ypts>. x values come from <xpts> when given; otherwise <xscale min max> spreads
// them evenly, first point at min and last at max. Either list may name its separator
// (`<xpts sep=";">`), comma by default. `type` is continuous (the default), extrapolate or discrete;
// older files say `discrete="true"` instead. <yscale> only sets a plot's axis and is ignored.
import type { GraphicalFunction, GraphicalFunctionKind } from '../ir'
import { parseDecimal, type ReadContext, type Where } from './read-context'
import { childNamed, type XmlElement } from './xml-tree'

const KINDS: readonly GraphicalFunctionKind[] = ['continuous', 'extrapolate', 'discrete']

/** The function, or undefined after reporting why it cannot be read. */
export function readGraphicalFunction(
  gf: XmlElement,
  context: ReadContext,
  variable: string,
): GraphicalFunction | undefined {
  const where: Where = { element: gf, variable }
  const kind = readKind(gf, context, where)
  const ysElement = childNamed(gf, 'ypts')
  if (!ysElement) {
    context.report('graphical function has no <ypts>', where)
    return undefined
  }
  const ys = readPoints(ysElement, context, variable)
  const xsElement = childNamed(gf, 'xpts')
  const xs = xsElement
    ? readPoints(xsElement, context, variable)
    : spreadOverScale(gf, ys?.length ?? 0, context, where)
  if (!kind || !xs || !ys) return undefined

  if (xs.length !== ys.length) {
    context.report(`graphical function has ${xs.length} x values but ${ys.length} y values`, where)
    return undefined
  }
  if (ys.length === 0) {
    context.report('graphical function has no points', where)
    return undefined
  }
  for (let i = 1; i < xs.length; i++) {
    if (!(xs[i] > xs[i - 1])) {
      context.report(`graphical function x values must increase: ${xs[i - 1]} is followed by ${xs[i]}`, where)
      return undefined
    }
  }
  return { kind, xs, ys }
}

function readKind(gf: XmlElement, context: ReadContext, where: Where): GraphicalFunctionKind | undefined {
  const type = gf.attributes.type?.trim().toLowerCase()
  if (type === undefined || type === '') {
    return gf.attributes.discrete?.trim().toLowerCase() === 'true' ? 'discrete' : 'continuous'
  }
  const kind = KINDS.find((k) => k === type)
  if (!kind)
    context.report(`graphical function type '${gf.attributes.type}' is not one of ${KINDS.join(', ')}`, where)
  return kind
}

function readPoints(element: XmlElement, context: ReadContext, variable: string): number[] | undefined {
  const separator = element.attributes.sep || ','
  const text = element.text.trim()
  if (text === '') return []
  const points = text.split(separator).map(parseDecimal)
  const bad = points.findIndex((value) => !Number.isFinite(value))
  if (bad < 0) return points
  const written = text.split(separator)[bad].trim()
  context.report(`<${element.name}> value ${bad + 1} ('${written}') is not a number`, { element, variable })
  return undefined
}

function spreadOverScale(
  gf: XmlElement,
  count: number,
  context: ReadContext,
  where: Where,
): number[] | undefined {
  const scale = childNamed(gf, 'xscale')
  if (!scale) {
    context.report('graphical function has neither <xpts> nor <xscale>', where)
    return undefined
  }
  const min = parseDecimal(scale.attributes.min ?? '')
  const max = parseDecimal(scale.attributes.max ?? '')
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    context.report('<xscale> needs numeric min and max', { ...where, element: scale })
    return undefined
  }
  if (count === 1) return [min]
  return Array.from({ length: count }, (_, i) =>
    i === count - 1 ? max : min + ((max - min) * i) / (count - 1),
  )
}
