// The default area: a place of 500,000 people with England's age structure, activity and prices in
// 2024, about the size of a health and care partnership or a mid-sized integrated care board place.
import { assembleCareModel } from '../model'
import type { Area } from '../types'
import { AREA_PARAMETER_NAMES } from './area-parameters'
import { scaledLeverRanges } from './lever-ranges'

export const DEFAULT_AREA_ID = 'england-500k'

/** The default area's values are the model's own defaults, so the two cannot drift apart. */
export function englandDefaultArea(): Area {
  const definitions = assembleCareModel().parameters
  const parameters: Record<string, number> = {}
  const sources: Area['sources'] = {}
  for (const name of AREA_PARAMETER_NAMES) {
    const definition = definitions.find((d) => d.name === name)
    if (!definition) throw new Error(`care model: area parameter '${name}' is not a model constant`)
    parameters[name] = definition.value
    sources[name] = definition.sources
  }
  return {
    id: DEFAULT_AREA_ID,
    name: 'English area (500,000 people)',
    description:
      "A typical English place of 500,000 residents: England's 2024 age structure, emergency activity, bed base, " +
      'delayed discharges and social care caseloads scaled to its size, with English prices.',
    baseYear: 2024,
    parameters,
    sources,
    leverRanges: scaledLeverRanges(parameters),
  }
}
