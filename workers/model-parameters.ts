// The model's numeric constants with what the model says about them (units, sources, plausible
// range): what levers and area parameters set, and what an ensemble may vary.
import type { Model, Variable } from '../model/ir'
import type { ParameterInfo } from './engine-api'

/** Constants whose equation is a plain number, among the names a run may override. */
export function numericConstants(model: Model, overridable: readonly string[]): ParameterInfo[] {
  const allowed = new Set(overridable)
  const parameters: ParameterInfo[] = []
  for (const variable of model.variables) {
    if (!allowed.has(variable.name) || variable.dimensions?.length) continue
    const value = numericEquation(variable)
    if (value === undefined) continue
    parameters.push({
      name: variable.name,
      value,
      units: variable.units,
      doc: variable.doc,
      sources: variable.meta?.sources,
      range: variable.meta?.range,
    })
  }
  return parameters
}

function numericEquation(variable: Variable): number | undefined {
  if (variable.kind === 'gf' || variable.graphicalFunction || variable.equation === undefined)
    return undefined
  const text = variable.equation.trim()
  if (text === '') return undefined
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}
