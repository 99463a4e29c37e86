// Which parameters an uncertainty run varies, and how. The rule, as the app states it:
// a parameter varies when the model gives it a plausible range and it is neither a lever (the
// analyst's choice) nor a fact of the place (set by the area, or edited by the analyst for it).
import type { TriangularRange } from './triangular'

export interface RangedParameter {
  name: string
  value: number
  range?: [number, number]
  units?: string
}

export interface VariedParameter extends TriangularRange {
  name: string
  units?: string
}

export interface FixedByPlace {
  /** Lever names: always the analyst's choice, whether or not the scenario moves them. */
  levers: readonly string[]
  /** The area's parameters: facts of the place. */
  areaParameters: Readonly<Record<string, number>>
  /** The analyst's edits to the area's parameters: facts of the place as they know it. */
  areaEdits?: Readonly<Record<string, number>>
}

/** The parameters to vary, in the model's order, each with its range and the default as its mode. */
export function uncertainParameters(
  parameters: readonly RangedParameter[],
  fixed: FixedByPlace,
): VariedParameter[] {
  const fixedNames = new Set([
    ...fixed.levers,
    ...Object.keys(fixed.areaParameters),
    ...Object.keys(fixed.areaEdits ?? {}),
  ])
  const varied: VariedParameter[] = []
  for (const parameter of parameters) {
    const range = parameter.range
    if (!range || fixedNames.has(parameter.name)) continue
    const [low, high] = range[0] <= range[1] ? range : [range[1], range[0]]
    if (!(high > low)) continue
    varied.push({ name: parameter.name, low, mode: parameter.value, high, units: parameter.units })
  }
  return varied
}
