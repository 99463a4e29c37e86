// readXmile: XMILE text (.xmile, .stmx) -> the format-neutral Model.
//
// Reads sim specs, dimensions, stocks, flows, auxiliaries and graphical functions with their units,
// documentation, arrays and non-negative settings. Views, styles, vendor extensions (isee:...) and
// stray text are ignored. Features the engine cannot simulate (modules, macros, conveyors, queues)
// are refused with a ModelError rather than half-read. Equation text is kept as written (trimmed):
// the engine translates it.
//
// Both layouts found in the wild are read: variables inside <model><variables> (XMILE 1.0) and
// directly inside <model> (Stella 10's pre-standard files, whose <display> children are ignored).
import { ModelError } from '../errors'
import type { Model, Variable } from '../ir'
import { canonicalName } from '../names'
import { extensionChild, extensionPrefixes } from './carebalance-extension'
import { ReadContext } from './read-context'
import { declaredDimensions, readModelDimensions } from './read-dimensions'
import { readModelUnits } from './read-model-units'
import { readNonNegativeDefaults } from './read-non-negative'
import { readSimSpecs } from './read-sim-specs'
import { readVariable, VARIABLE_TAGS, type VariableScope } from './read-variable'
import { isFromVensim, vensimRatesAsFlows } from './vensim-rates'
import { childNamed, childrenNamed, childText, parseXmlDocument, type XmlElement } from './xml-tree'

/** Read a model; throws a ModelError listing every problem found, each naming file, line and variable. */
export function readXmile(text: string, file?: string): Model {
  try {
    return readDocument(text, file)
  } catch (error) {
    if (error instanceof ModelError) throw error
    // A safety net: whatever odd input gets this far is still reported against the file.
    const message = error instanceof Error ? error.message : String(error)
    throw new ModelError({ file, message: `the file could not be read as XMILE: ${message}` })
  }
}

function readDocument(text: string, file: string | undefined): Model {
  const root = parseXmlDocument(text, file)
  const context = new ReadContext(file)
  if (root.name !== 'xmile') {
    throw context.fatal(`not an XMILE file: the root element is <${root.name}>, not <xmile>`, {
      element: root,
    })
  }
  for (const macro of childrenNamed(root, 'macro'))
    context.report('macros are not supported', { element: macro })
  const models = childrenNamed(root, 'model')
  if (models.length === 0) throw context.fatal('the file has no <model>', { element: root })
  if (models.length > 1) {
    throw context.fatal(`modules are not supported: the file has ${models.length} <model> elements`, {
      element: models[1],
    })
  }
  const model = models[0]
  const prefixes = extensionPrefixes(root)
  const time = readSimSpecs(root, model, context)
  const dimensions = readModelDimensions(root, context)
  const scope: VariableScope = {
    dimensions: declaredDimensions(dimensions),
    nonNegative: readNonNegativeDefaults(root, model, context),
    extensionPrefixes: prefixes,
  }
  const written = readVariables(model, scope, context)
  const variables = isFromVensim(root) ? vensimRatesAsFlows(written) : written
  if (context.problems.length > 0) throw new ModelError(context.problems)

  const result: Model = { name: modelName(root, file), time, dimensions, variables }
  const units = readModelUnits(root)
  if (units) result.units = units
  const doc = extensionChild(model, prefixes, 'doc')?.text.trim()
  if (doc) result.doc = doc
  if (file !== undefined) result.file = file
  return result
}

function readVariables(model: XmlElement, scope: VariableScope, context: ReadContext): Variable[] {
  const container = childNamed(model, 'variables')
  const elements = container ? [...container.children, ...model.children] : model.children
  const variables: Variable[] = []
  const seen = new Map<string, string>()
  for (const element of elements) {
    if (element.name === 'module') {
      context.report('modules are not supported', { element, variable: element.attributes.name })
      continue
    }
    if (!(VARIABLE_TAGS as readonly string[]).includes(element.name)) continue
    const variable = readVariable(element, scope, context)
    if (!variable) continue
    const key = canonicalName(variable.name)
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      context.report(`is defined twice (the other is '${earlier}')`, { element, variable: variable.name })
      continue
    }
    seen.set(key, variable.name)
    variables.push(variable)
  }
  return variables
}

/** The header's name, else the file's name without its extension. */
function modelName(root: XmlElement, file: string | undefined): string {
  const header = childNamed(root, 'header')
  const named = header ? childText(header, 'name') : undefined
  if (named) return named
  const base = file
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.[^.]*$/, '')
  return base || 'model'
}
