// Array dimensions: the model's <dimensions> declarations, and which of them a variable uses.
//
// A declared dimension lists its elements (`<elem name="a"/>`) or numbers them (`size="3"` gives
// elements 1, 2, 3). A variable names its dimensions with `<dimensions><dim name="..."/></dimensions>`.
//
// Exporters sometimes wrap those lists once more (`<dimensions><dimensions><dim .../></dimensions>
// </dimensions>`) and repeat a dimension while doing so. The rule applied to both the model's and a
// variable's list: every <dim> inside the list counts, however deeply wrapped, in file order, and a
// dimension named again (loosely, as XMILE matches names) is the same dimension listed twice, not a
// second one. A variable cannot be arrayed twice over one dimension (its apply-to-all equation could
// not tell the two apart), and a model cannot declare two dimensions with one name, so a repeat
// carries no meaning of its own. A model-level repeat must list the same elements, or it is an error.
import type { Dimension } from '../ir'
import { count, DEFAULT_LIMITS } from '../limits'
import { canonicalName } from '../names'
import type { ReadContext } from './read-context'
import { childNamed, childrenNamed, type XmlElement } from './xml-tree'

/** Numbered dimensions larger than this are refused: a typo or an attack, never a model. */
export const MAX_DIMENSION_SIZE = 100_000

/** Every <dim> in a dimension list, through any nesting of <dimensions> wrappers, in file order. */
function dimElements(list: XmlElement): XmlElement[] {
  return list.children.flatMap((child) => {
    if (child.name === 'dim') return [child]
    if (child.name === 'dimensions') return dimElements(child)
    return []
  })
}

export function readModelDimensions(root: XmlElement, context: ReadContext): Dimension[] {
  const dimensions: Dimension[] = []
  const byName = new Map<string, Dimension>()
  // Element names are made for numbered dimensions: a short file must not make millions of them.
  let declared = 0
  for (const list of childrenNamed(root, 'dimensions')) {
    for (const element of dimElements(list)) {
      const dimension = readDimension(element, context)
      if (!dimension) continue
      declared += dimension.elements.length
      if (declared > DEFAULT_LIMITS.modelElements) {
        throw context.fatal(
          `the dimensions declared have more than ${count(DEFAULT_LIMITS.modelElements)} elements in all, ` +
            'the limit: use fewer or smaller dimensions',
          { element },
        )
      }
      const key = canonicalName(dimension.name)
      const earlier = byName.get(key)
      if (!earlier) {
        byName.set(key, dimension)
        dimensions.push(dimension)
      } else if (earlier.elements.join('\u0000') !== dimension.elements.join('\u0000')) {
        context.report(`dimension '${dimension.name}' is declared twice with different elements`, { element })
      }
    }
  }
  return dimensions
}

function readDimension(element: XmlElement, context: ReadContext): Dimension | undefined {
  const name = element.attributes.name?.trim()
  if (!name) {
    context.report('a <dim> has no name', { element })
    return undefined
  }
  const named = childrenNamed(element, 'elem')
  if (named.length > 0) {
    const elements = named.map((elem) => elem.attributes.name?.trim() ?? '')
    const seen = new Set<string>()
    for (const [index, elem] of elements.entries()) {
      const key = canonicalName(elem)
      if (!elem) context.report(`element ${index + 1} of dimension '${name}' has no name`, { element })
      else if (seen.has(key)) context.report(`dimension '${name}' lists element '${elem}' twice`, { element })
      seen.add(key)
    }
    return { name, elements }
  }
  const sizeText = element.attributes.size?.trim() ?? ''
  const size = /^\d+$/.test(sizeText) ? Number(sizeText) : Number.NaN
  if (size >= 1 && size <= MAX_DIMENSION_SIZE) {
    return { name, elements: Array.from({ length: size }, (_, i) => String(i + 1)) }
  }
  const problem = sizeText
    ? `dimension '${name}' has size '${sizeText}'; a size is a whole number from 1 to ${MAX_DIMENSION_SIZE}`
    : `dimension '${name}' has neither <elem> elements nor a size`
  context.report(problem, { element })
  return undefined
}

/** The dimensions a variable is arrayed over, as the model declares them; undefined for a scalar. */
export function readVariableDimensions(
  variable: XmlElement,
  declared: DeclaredDimensions,
  context: ReadContext,
  name: string,
): Dimension[] | undefined {
  const list = childNamed(variable, 'dimensions')
  if (!list) return undefined
  const used = new Set<Dimension>()
  for (const element of dimElements(list)) {
    const written = element.attributes.name?.trim() ?? ''
    const dimension = declared.get(canonicalName(written))
    if (!dimension) {
      context.report(`dimension '${written}' is not declared in the model's <dimensions>`, {
        element,
        variable: name,
      })
      continue
    }
    used.add(dimension)
  }
  return used.size > 0 ? [...used] : undefined
}

/** The model's dimensions by canonical name: looking one up takes the same time however many there are. */
export type DeclaredDimensions = ReadonlyMap<string, Dimension>

export function declaredDimensions(dimensions: readonly Dimension[]): DeclaredDimensions {
  return new Map(dimensions.map((dimension) => [canonicalName(dimension.name), dimension]))
}
