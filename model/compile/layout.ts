// Lays out the state vector: every element of every variable gets one slot, outputs first and in
// the model's order, so saving results is a copy of the first slots. Also indexes names and
// dimensions for lookup by canonical name.
import { ModelError, type Problem } from '../errors'
import type { Model, Variable } from '../ir'
import { count, DEFAULT_LIMITS, LimitError, type Limits } from '../limits'
import { canonicalName, elementName } from '../names'
import { findBuiltin } from './builtins'

export interface DimensionInfo {
  name: string
  key: string
  elements: string[]
  elementKeys: string[]
}

export interface VariableInfo {
  variable: Variable
  key: string
  dimensions: DimensionInfo[]
  /** First slot of the variable's elements (row-major); -1 for standalone graphical functions. */
  firstSlot: number
  /** Number of elements (1 for scalars). */
  count: number
}

export interface Layout {
  dimensions: Map<string, DimensionInfo>
  variables: Map<string, VariableInfo>
  /** Output name of each output slot; output slots are 0 .. outputNames.length - 1. */
  outputNames: string[]
}

/** Every combination of element indices of the dimensions, the first dimension varying slowest. */
export function elementCombinations(dimensions: readonly DimensionInfo[]): number[][] {
  let combinations: number[][] = [[]]
  for (const dimension of dimensions) {
    const next: number[][] = []
    for (const prefix of combinations) {
      for (let i = 0; i < dimension.elements.length; i++) next.push([...prefix, i])
    }
    combinations = next
  }
  return combinations
}

/**
 * A name that would change what a builtin means is refused rather than resolved silently one way:
 * a variable named `Time` or `pi` (equations would read the clock or the number instead, or the
 * other way round), or a graphical function named like a builtin function (`Step(x)` would call
 * STEP). Other variables may share a function's name: `Delay` and `DELAY(x, 2)` cannot be confused.
 */
function shadowedBuiltin(variable: Variable, key: string): string | undefined {
  const builtin = findBuiltin(key)
  if (!builtin) return undefined
  if (builtin.kind === 'clock' || builtin.kind === 'constant') {
    return `the name is the builtin ${builtin.name}, which equations read as ${builtin.kind === 'clock' ? "the run's clock" : 'a number'}: rename the variable`
  }
  if (variable.kind === 'gf' || variable.graphicalFunction) {
    return `a graphical function cannot be named like the builtin function ${builtin.name}, which a call by its name would run: rename it`
  }
  return undefined
}

type ArrayLimits = Pick<Limits, 'variableElements' | 'modelElements' | 'variableDimensions'>

/** An arrayed variable's size, checked against the limits before any element is laid out. */
function checkSize(
  variable: Variable,
  dimensions: DimensionInfo[],
  laidOut: number,
  limits: ArrayLimits,
): number {
  const fail = (limit: keyof ArrayLimits, what: string, advice: string): never => {
    throw new LimitError(limit, { variable: variable.name, what, advice })
  }
  if (dimensions.length > limits.variableDimensions) {
    fail(
      'variableDimensions',
      `it is arrayed over ${count(dimensions.length)} dimensions, more than the limit of ${limits.variableDimensions}`,
      'use fewer dimensions',
    )
  }
  const elements = dimensions.reduce((product, dimension) => product * dimension.elements.length, 1)
  if (elements > limits.variableElements) {
    const sizes = dimensions.map((dimension) => count(dimension.elements.length)).join(' x ')
    fail(
      'variableElements',
      `it has ${count(elements)} elements (${sizes}), more than the limit of ${count(limits.variableElements)}`,
      'use smaller dimensions',
    )
  }
  if (laidOut + elements > limits.modelElements) {
    fail(
      'modelElements',
      `the model's variables have more than ${count(limits.modelElements)} elements in all, the limit`,
      'use fewer or smaller arrays',
    )
  }
  return elements
}

export function layOut(model: Model, limits: ArrayLimits = DEFAULT_LIMITS): Layout {
  const problems: Problem[] = []
  const dimensions = new Map<string, DimensionInfo>()
  for (const dimension of model.dimensions) {
    const key = canonicalName(dimension.name)
    if (dimensions.has(key)) problems.push({ message: `dimension '${dimension.name}' is defined twice` })
    if (dimension.elements.length === 0)
      problems.push({ message: `dimension '${dimension.name}' has no elements` })
    dimensions.set(key, {
      name: dimension.name,
      key,
      elements: dimension.elements,
      elementKeys: dimension.elements.map(canonicalName),
    })
  }

  const variables = new Map<string, VariableInfo>()
  const outputNames: string[] = []
  for (const variable of model.variables) {
    const key = canonicalName(variable.name)
    if (!key) {
      problems.push({ message: 'a variable has no name' })
      continue
    }
    if (variables.has(key)) {
      problems.push({ variable: variable.name, message: 'defined more than once' })
      continue
    }
    const shadowed = shadowedBuiltin(variable, key)
    if (shadowed) problems.push({ variable: variable.name, message: shadowed })
    const variableDimensions: DimensionInfo[] = []
    for (const name of variable.dimensions ?? []) {
      const dimension = dimensions.get(canonicalName(name))
      if (dimension) variableDimensions.push(dimension)
      else problems.push({ variable: variable.name, message: `unknown dimension '${name}'` })
    }
    const elements = checkSize(variable, variableDimensions, outputNames.length, limits)
    const isFunction = variable.kind === 'gf'
    const info: VariableInfo = {
      variable,
      key,
      dimensions: variableDimensions,
      firstSlot: isFunction ? -1 : outputNames.length,
      count: elements,
    }
    if (!isFunction) {
      for (const indices of elementCombinations(variableDimensions)) {
        const subscripts = indices.map((index, d) => variableDimensions[d].elements[index])
        outputNames.push(subscripts.length ? elementName(variable.name, subscripts) : variable.name)
      }
    }
    variables.set(key, info)
  }
  if (problems.length) throw new ModelError(problems.map((p) => ({ ...p, file: model.file })))
  return { dimensions, variables, outputNames }
}
