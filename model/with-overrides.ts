// A copy of a model with a run's overrides written into its equations, so that what a scenario
// does can be saved as an ordinary model (for Stella users, via XMILE) and runs to the same results.
// A constant set to a number gets that number as its equation; one set to a time series becomes
// TIME read through a continuous graphical function of the series, which the engine interpolates
// exactly as it interpolates the series itself.
import { ModelError } from './errors'
import type { ElementEquation, GraphicalFunction, Model, Variable } from './ir'
import { canonicalName } from './names'
import type { Override } from './simulation'

function isGraphicalFunction(value: Override): value is GraphicalFunction {
  return !Array.isArray(value) && typeof value === 'object'
}

function setting(
  value: Exclude<Override, GraphicalFunction>,
): Pick<ElementEquation, 'equation' | 'graphicalFunction'> {
  if (typeof value === 'number') return { equation: String(value) }
  return {
    equation: 'TIME',
    graphicalFunction: {
      kind: 'continuous',
      xs: value.map((point) => point[0]),
      ys: value.map((point) => point[1]),
    },
  }
}

function withElement(variable: Variable, model: Model, subscriptKeys: string[], value: Override): Variable {
  const dimensions = (variable.dimensions ?? []).map((name) =>
    model.dimensions.find((dimension) => canonicalName(dimension.name) === canonicalName(name)),
  )
  const subscripts = subscriptKeys.map((key, d) =>
    dimensions[d]?.elements.find((element) => canonicalName(element) === key),
  )
  if (subscripts.length !== dimensions.length || subscripts.some((s) => s === undefined)) {
    throw new ModelError({ variable: variable.name, message: `has no element [${subscriptKeys.join(', ')}]` })
  }
  const same = (element: ElementEquation) =>
    element.subscripts.every((subscript, d) => canonicalName(subscript) === subscriptKeys[d])
  const existing = variable.elements?.find(same)
  const replaced: ElementEquation = isGraphicalFunction(value)
    ? {
        subscripts: subscripts as string[],
        equation: existing?.equation ?? variable.equation ?? '0',
        graphicalFunction: value,
      }
    : { subscripts: subscripts as string[], ...setting(value) }
  return {
    ...variable,
    elements: [...(variable.elements ?? []).filter((element) => !same(element)), replaced],
  }
}

export function withOverrides(model: Model, overrides: Readonly<Record<string, Override>>): Model {
  const variables = [...model.variables]
  for (const [name, value] of Object.entries(overrides)) {
    const key = canonicalName(name)
    const element = /^(.*)\[(.*)\]$/.exec(key)
    const baseKey = element ? element[1] : key
    const index = variables.findIndex((variable) => canonicalName(variable.name) === baseKey)
    if (index < 0) throw new ModelError({ variable: name, message: 'is not a variable of this model' })
    const variable = variables[index]
    if (element) variables[index] = withElement(variable, model, element[2].split(','), value)
    else if (isGraphicalFunction(value))
      variables[index] = { ...variable, graphicalFunction: value } as Variable
    else variables[index] = { ...variable, ...setting(value), elements: undefined } as Variable
  }
  return { ...model, variables }
}
