// XMILE text -> a small element tree, after refusing what could harm the reader.
//
// fast-xml-parser does the parsing (it runs unchanged in Node and the browser); this file only
// guards its input and reshapes its output into `XmlElement`s that carry their line number, so the
// reader can name the line of a bad variable. Everything that goes wrong here is a ModelError
// naming the file, never a raw exception.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { ModelError } from '../errors'

/**
 * Files larger than this are refused before parsing. The largest published XMILE models are a few
 * megabytes; a bigger file is a mistake or an attack, and parsing it would stall the page.
 */
export const MAX_XMILE_BYTES = 20 * 1024 * 1024

/** XML's elements nest far less deeply than this in any XMILE file; deeper input is refused. */
const MAX_ELEMENT_DEPTH = 100

export interface XmlElement {
  /** The qualified name as written, prefix included (`isee:prefs`). */
  name: string
  attributes: Readonly<Record<string, string>>
  children: XmlElement[]
  /** The element's own text nodes joined, entities decoded, untrimmed. */
  text: string
  /** 1-based line of the element's start tag. */
  line: number
}

/** Parse a whole XMILE document; returns its root element. */
export function parseXmlDocument(text: unknown, file: string | undefined): XmlElement {
  if (typeof text !== 'string') {
    throw new ModelError({ file, message: 'the model file is not text' })
  }
  refuseOversize(text, file)
  // XML parsers must turn CRLF and lone CR into LF (XML 1.0 section 2.11). Doing it first also
  // makes line numbers right for files with old Mac line endings, which the suite contains.
  const normalised = text.replace(/\r\n?/g, '\n')
  refuseDeclarations(normalised, file)

  const verdict = XMLValidator.validate(normalised)
  if (verdict !== true) {
    const { msg, line, col } = verdict.err
    const column = col ? ` (column ${col})` : ''
    throw new ModelError({ file, line: line || 1, message: `malformed XML${column}: ${msg}` })
  }

  let nodes: unknown
  try {
    nodes = parser.parse(normalised)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new ModelError({ file, message: `the XML could not be read: ${message}` })
  }
  const lines = lineIndex(normalised)
  const roots = toElements(nodes, lines, 0)
  if (roots.length !== 1) {
    throw new ModelError({
      file,
      message: `an XML document has one root element, this file has ${roots.length}`,
    })
  }
  return roots[0]
}

const parser = new XMLParser({
  // Order matters: inflows, outflows and Vensim's per-element <eqn> lists are read in file order.
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Equations and numbers stay text: `.34` and `1, 2, 3` mean something the parser must not guess.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // The five XML entities and numeric character references only: declarations are refused above,
  // so nothing a file defines is ever expanded.
  processEntities: true,
  htmlEntities: true,
  captureMetaData: true,
  maxNestedTags: MAX_ELEMENT_DEPTH,
})

const metaData = XMLParser.getMetaDataSymbol() as unknown as string

function refuseOversize(text: string, file: string | undefined): void {
  // A UTF-8 byte count is at least the UTF-16 length and at most three times it; count exactly only
  // when the cheap bounds cannot decide.
  const tooBig =
    text.length > MAX_XMILE_BYTES || (text.length * 3 > MAX_XMILE_BYTES && utf8Length(text) > MAX_XMILE_BYTES)
  if (tooBig) {
    const limit = MAX_XMILE_BYTES / (1024 * 1024)
    throw new ModelError({ file, message: `the model file is larger than ${limit} MB and was not read` })
  }
}

function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4 // a surrogate pair is one four-byte character
      i++
    } else bytes += 3
  }
  return bytes
}

/**
 * XMILE has no use for a DOCTYPE, and a DOCTYPE's ENTITY declarations are how "billion laughs"
 * files expand a few bytes into gigabytes. Refuse both outright, wherever they appear, before the
 * parser sees them.
 */
function refuseDeclarations(text: string, file: string | undefined): void {
  const found = /<!\s*(DOCTYPE|ENTITY)/i.exec(text)
  if (!found) return
  const line = text.slice(0, found.index).split('\n').length
  throw new ModelError({
    file,
    line,
    message: `${found[1].toUpperCase()} declarations are not accepted in XMILE files (they can expand entities without limit)`,
  })
}

/** Start offsets of each line, to turn the parser's character offsets into line numbers. */
function lineIndex(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

function lineAt(lines: number[], offset: number): number {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (lines[mid] <= offset) low = mid
    else high = mid - 1
  }
  return low + 1
}

/** Reshape fast-xml-parser's ordered output (`[{tag: [...children], ':@': {attrs}}, {'#text': ...}]`). */
function toElements(nodes: unknown, lines: number[], depth: number): XmlElement[] {
  if (!Array.isArray(nodes) || depth > MAX_ELEMENT_DEPTH) return []
  const elements: XmlElement[] = []
  for (const node of nodes) {
    if (node === null || typeof node !== 'object') continue
    const record = node as Record<string, unknown>
    const name = Object.keys(record).find((key) => key !== ':@' && !key.startsWith('#'))
    if (name === undefined) continue
    const content = Array.isArray(record[name]) ? (record[name] as unknown[]) : []
    const start = (record as Record<string, { startIndex?: number } | undefined>)[metaData]?.startIndex
    elements.push({
      name,
      attributes: attributesOf(record[':@']),
      children: toElements(content, lines, depth + 1),
      text: textOf(content),
      line: typeof start === 'number' ? lineAt(lines, start) : 1,
    })
  }
  return elements
}

function attributesOf(raw: unknown): Record<string, string> {
  if (raw === null || typeof raw !== 'object') return {}
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, String(value)]))
}

function textOf(content: unknown[]): string {
  let text = ''
  for (const node of content) {
    if (node === null || typeof node !== 'object') continue
    const value = (node as Record<string, unknown>)['#text']
    if (value !== undefined) text += String(value)
  }
  return text
}

/** The part of a qualified name after its prefix: `isee:save_interval` -> `save_interval`. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name)
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name)
}

/** Trimmed text of the first child called `name`; undefined when it is absent or blank. */
export function childText(element: XmlElement, name: string): string | undefined {
  const text = childNamed(element, name)?.text.trim()
  return text ? text : undefined
}
