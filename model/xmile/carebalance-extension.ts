// CareBalance's own XMILE extension: what the IR holds that XMILE has no place for (a variable's
// sources and plausible range, the model's documentation). It lives in elements of our own
// namespace, which XMILE tools are required to ignore, so Stella still opens the file:
//
//   <carebalance:meta>
//     <carebalance:range min="0.1" max="0.4"/>
//     <carebalance:source title="..." year="2019" table="Table 3" url="...">a note</carebalance:source>
//   </carebalance:meta>
import type { Source, VariableMeta } from '../ir'
import { parseDecimal, type ReadContext } from './read-context'
import { element, formatNumber, textElement, type XmlNode } from './xml-build'
import type { XmlElement } from './xml-tree'

export const CAREBALANCE_NAMESPACE = 'urn:carebalance:xmile:1'
export const CAREBALANCE_PREFIX = 'carebalance'

/** The prefixes a file binds to our namespace on its root element (ours writes `carebalance`). */
export function extensionPrefixes(root: XmlElement): string[] {
  return Object.entries(root.attributes)
    .filter(([name, value]) => name.startsWith('xmlns:') && value.trim() === CAREBALANCE_NAMESPACE)
    .map(([name]) => name.slice('xmlns:'.length))
}

export function extensionChild(
  parent: XmlElement,
  prefixes: readonly string[],
  local: string,
): XmlElement | undefined {
  return parent.children.find((child) => prefixes.some((prefix) => child.name === `${prefix}:${local}`))
}

export function readMeta(
  variable: XmlElement,
  prefixes: readonly string[],
  context: ReadContext,
  name: string,
): VariableMeta | undefined {
  const meta = extensionChild(variable, prefixes, 'meta')
  if (!meta) return undefined
  const result: VariableMeta = {}
  const range = extensionChild(meta, prefixes, 'range')
  if (range) {
    const min = parseDecimal(range.attributes.min ?? '')
    const max = parseDecimal(range.attributes.max ?? '')
    if (Number.isFinite(min) && Number.isFinite(max)) result.range = [min, max]
    else context.report('range needs numeric min and max', { element: range, variable: name })
  }
  const sources = meta.children
    .filter((child) => prefixes.some((prefix) => child.name === `${prefix}:source`))
    .map((source) => readSource(source, context, name))
    .filter((source): source is Source => source !== undefined)
  if (sources.length > 0) result.sources = sources
  return result
}

function readSource(source: XmlElement, context: ReadContext, name: string): Source | undefined {
  const { title, year, table, url } = source.attributes
  if (!title) {
    context.report('a source has no title', { element: source, variable: name })
    return undefined
  }
  const result: Source = { title }
  if (year !== undefined) {
    const value = parseDecimal(year)
    if (Number.isFinite(value)) result.year = value
    else context.report(`source year '${year}' is not a number`, { element: source, variable: name })
  }
  if (table !== undefined) result.table = table
  if (url !== undefined) result.url = url
  if (source.text !== '') result.note = source.text
  return result
}

export function metaElement(meta: VariableMeta, variable: string): XmlNode {
  const children: XmlNode[] = []
  if (meta.range) {
    const [min, max] = meta.range
    children.push(
      element(`${CAREBALANCE_PREFIX}:range`, {
        min: formatNumber(min, 'range minimum', variable),
        max: formatNumber(max, 'range maximum', variable),
      }),
    )
  }
  for (const source of meta.sources ?? []) {
    const attributes: Record<string, string> = { title: source.title }
    if (source.year !== undefined) attributes.year = formatNumber(source.year, 'source year', variable)
    if (source.table !== undefined) attributes.table = source.table
    if (source.url !== undefined) attributes.url = source.url
    const name = `${CAREBALANCE_PREFIX}:source`
    children.push(source.note ? textElement(name, source.note, attributes) : element(name, attributes))
  }
  return element(`${CAREBALANCE_PREFIX}:meta`, {}, children)
}
