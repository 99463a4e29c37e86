// XMILE `<model_units>`: units a model names, each with aliases (`deg` for `Degrees`), so the units
// check knows that a stock in degrees and a flow in deg/minute agree.
import type { UnitDefinition } from '../ir'
import { childNamed, childrenNamed, childText, type XmlElement } from './xml-tree'

export function readModelUnits(root: XmlElement): UnitDefinition[] | undefined {
  const container = childNamed(root, 'model_units')
  if (!container) return undefined
  const units = childrenNamed(container, 'unit')
    .filter((unit) => unit.attributes.name?.trim())
    .map((unit): UnitDefinition => {
      const definition: UnitDefinition = {
        name: unit.attributes.name.trim(),
        aliases: childrenNamed(unit, 'alias')
          .map((alias) => alias.text.trim())
          .filter(Boolean),
      }
      const equation = childText(unit, 'eqn')?.trim()
      if (equation) definition.equation = equation
      return definition
    })
  return units.length ? units : undefined
}
