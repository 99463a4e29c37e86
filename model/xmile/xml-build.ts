// Building XML text with fast-xml-parser's XMLBuilder, in its ordered form so elements come out in
// the order the writer lists them. The builder escapes text and attribute values.
import { XMLBuilder } from 'fast-xml-parser'
import { ModelError } from '../errors'

/** One element in XMLBuilder's ordered form: `{ name: [children], ':@': { attributes } }`. */
export type XmlNode = Record<string, unknown>

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  processEntities: true,
})

export function element(
  name: string,
  attributes: Record<string, string> = {},
  children: XmlNode[] = [],
): XmlNode {
  const node: XmlNode = { [name]: children }
  const safe = Object.entries(attributes).map(([key, value]) => [key, xmlSafe(value)])
  if (safe.length > 0) node[':@'] = Object.fromEntries(safe)
  return node
}

export function textElement(name: string, text: string, attributes: Record<string, string> = {}): XmlNode {
  return element(name, attributes, [{ '#text': xmlSafe(text) }])
}

export function buildDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build([root]).trim()}\n`
}

/**
 * Drops the characters XML 1.0 cannot carry at all, even escaped (most C0 controls, lone surrogates,
 * U+FFFE and U+FFFF): left in, they would make the file unreadable by every XML parser, and they
 * carry no meaning in a model. The test is the `Char` production of the XML 1.0 grammar.
 */
function xmlSafe(text: string): string {
  let safe = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000
    if (allowed) safe += char
  }
  return safe
}

/** Shortest text that reads back as exactly the same double; refuses what XMILE cannot hold. */
export function formatNumber(value: number, what: string, variable?: string): string {
  if (Number.isFinite(value)) return String(value)
  throw new ModelError({ variable, message: `${what} is ${value}, which an XMILE file cannot hold` })
}
