// writeXmile: Model -> XMILE 1.0 text that readXmile reads back to an equal Model, and that Stella
// and other XMILE tools can open. What XMILE has no place for (variable sources and ranges, the
// model's documentation) goes into CareBalance's own namespaced elements, which other tools ignore.
import type { Model, TimeSpec, UnitDefinition } from '../ir'
import { CAREBALANCE_NAMESPACE, CAREBALANCE_PREFIX } from './carebalance-extension'
import { variableElement } from './write-variable'
import { buildDocument, element, formatNumber, textElement, type XmlNode } from './xml-build'

export const XMILE_NAMESPACE = 'http://docs.oasis-open.org/xmile/ns/XMILE/v1.0'
/** isee's namespace, for the one vendor attribute XMILE lacks: the save interval. */
export const ISEE_NAMESPACE = 'http://iseesystems.com/XMILE'

export function writeXmile(model: Model): string {
  const modelChildren: XmlNode[] = []
  if (model.doc !== undefined) modelChildren.push(textElement(`${CAREBALANCE_PREFIX}:doc`, model.doc))
  modelChildren.push(element('variables', {}, model.variables.map(variableElement)))

  const root = element(
    'xmile',
    {
      version: '1.0',
      xmlns: XMILE_NAMESPACE,
      'xmlns:isee': ISEE_NAMESPACE,
      [`xmlns:${CAREBALANCE_PREFIX}`]: CAREBALANCE_NAMESPACE,
    },
    [
      header(model),
      simSpecs(model.time),
      ...(model.units?.length ? [modelUnits(model.units)] : []),
      ...(model.dimensions.length > 0 ? [dimensions(model)] : []),
      element('model', {}, modelChildren),
    ],
  )
  return buildDocument(root)
}

function header(model: Model): XmlNode {
  const arrayed = model.variables.map((variable) => variable.dimensions?.length ?? 0)
  const maximumDimensions = Math.max(0, ...arrayed)
  const options =
    maximumDimensions > 0
      ? [element('options', {}, [element('uses_arrays', { maximum_dimensions: String(maximumDimensions) })])]
      : []
  return element('header', {}, [
    ...options,
    textElement('name', model.name),
    textElement('vendor', 'CareBalance'),
    textElement('product', 'CareBalance', { lang: 'en' }),
  ])
}

function simSpecs(time: TimeSpec): XmlNode {
  const attributes: Record<string, string> = { method: time.method === 'rk4' ? 'RK4' : 'Euler' }
  if (time.timeUnits !== undefined) attributes.time_units = time.timeUnits
  if (time.savePeriod !== undefined)
    attributes['isee:save_interval'] = formatNumber(time.savePeriod, 'save period')
  return element('sim_specs', attributes, [
    textElement('start', formatNumber(time.start, 'start time')),
    textElement('stop', formatNumber(time.stop, 'stop time')),
    textElement('dt', formatNumber(time.dt, 'dt')),
  ])
}

/** Dimensions numbered 1..n are written with `size`, as Stella writes them; others list elements. */
function dimensions(model: Model): XmlNode {
  return element(
    'dimensions',
    {},
    model.dimensions.map((dimension) => {
      const numbered = dimension.elements.every((name, i) => name === String(i + 1))
      if (numbered && dimension.elements.length > 0) {
        return element('dim', { name: dimension.name, size: String(dimension.elements.length) })
      }
      return element(
        'dim',
        { name: dimension.name },
        dimension.elements.map((name) => element('elem', { name })),
      )
    }),
  )
}

function modelUnits(units: UnitDefinition[]): XmlNode {
  return element(
    'model_units',
    {},
    units.map((unit) =>
      element('unit', { name: unit.name }, [
        ...(unit.equation !== undefined ? [textElement('eqn', unit.equation)] : []),
        ...unit.aliases.map((alias) => textElement('alias', alias)),
      ]),
    ),
  )
}
