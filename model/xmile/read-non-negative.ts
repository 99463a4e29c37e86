// Which stocks and flows may not go negative.
//
// A variable says so itself with <non_negative/> (or `<non_negative>true|false</non_negative>`).
// When it says nothing, <behavior> gives the default: `<behavior><non_negative/></behavior>` for
// stocks and flows alike, or `<behavior><stock><non_negative/></stock><flow>...</flow></behavior>`
// per kind (the per-kind setting wins over the shared one). A <behavior> inside <model> overrides
// the file's. The reader resolves all this into each stock's and flow's own `nonNegative`, so the
// engine never looks at defaults; a variable left undefined is simply allowed to go negative.
import type { ReadContext } from './read-context'
import { readFlag } from './read-context'
import { childNamed, type XmlElement } from './xml-tree'

export interface NonNegativeDefaults {
  stock?: boolean
  flow?: boolean
}

export function readNonNegativeDefaults(
  root: XmlElement,
  model: XmlElement,
  context: ReadContext,
): NonNegativeDefaults {
  const fileLevel = behaviorDefaults(childNamed(root, 'behavior'), context)
  const modelLevel = behaviorDefaults(childNamed(model, 'behavior'), context)
  return {
    stock: modelLevel.stock ?? fileLevel.stock,
    flow: modelLevel.flow ?? fileLevel.flow,
  }
}

function behaviorDefaults(behavior: XmlElement | undefined, context: ReadContext): NonNegativeDefaults {
  if (!behavior) return {}
  const shared = readFlag(childNamed(behavior, 'non_negative'), context, {})
  const forKind = (kind: 'stock' | 'flow') => {
    const section = childNamed(behavior, kind)
    return section ? readFlag(childNamed(section, 'non_negative'), context, {}) : undefined
  }
  return { stock: forKind('stock') ?? shared, flow: forKind('flow') ?? shared }
}

/** The variable's own setting, else the default for its kind. */
export function resolveNonNegative(
  variable: XmlElement,
  kind: 'stock' | 'flow',
  defaults: NonNegativeDefaults,
  context: ReadContext,
  name: string,
): boolean | undefined {
  const own = readFlag(childNamed(variable, 'non_negative'), context, { variable: name })
  return own ?? defaults[kind]
}
