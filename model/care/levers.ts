// The care model's levers: the constants a scenario or `--set` may change, grouped as the app
// shows them, with their units, ranges and sources taken from the parameter definitions.
import type { ParameterDefinition } from './builder'
import { FUNDING_PARAMETERS, UNIT_COST_PARAMETERS } from './parameters/finance'
import { ACUTE_BEDS } from './parameters/hospital'
import { LEVER_PARAMETERS } from './parameters/levers'
import type { Area, LeverGroup, LeverSpec } from './types'

const definitions: ParameterDefinition[] = [
  ...LEVER_PARAMETERS,
  ...UNIT_COST_PARAMETERS,
  ...FUNDING_PARAMETERS,
  ACUTE_BEDS,
]

function lever(
  name: string,
  group: LeverGroup,
  description: string,
  step: number,
  range?: [number, number],
): LeverSpec {
  const definition = definitions.find((d) => d.name === name)
  const [min, max] = range ?? definition?.range ?? [0, 1]
  return {
    name,
    group,
    description,
    units: definition?.units ?? 'beds',
    min,
    max,
    step,
    sources: definition?.sources ?? [],
    defaultValue: definition?.value ?? Number.NaN,
  }
}

export const LEVERS: LeverSpec[] = [
  lever(
    'pooled budget share',
    'budget pooling',
    'Share of both partners’ budgets put in a pooled fund.',
    0.01,
  ),
  lever(
    'hump fund',
    'budget pooling',
    'Transition money a year for double running while beds close.',
    500_000,
  ),
  lever(
    'community shift share',
    'shift to community',
    'Share of acute funding moved to community services.',
    0.01,
  ),
  lever(
    'shift to intermediate care share',
    'shift to community',
    'Share of shifted money for intermediate care; the rest buys home care.',
    0.05,
  ),
  lever(
    'prevention spend',
    'prevention',
    'Extra spending a year on prevention and chronic condition management.',
    500_000,
  ),
  lever(
    'avoided older admissions share',
    'prevention',
    'Share of 65+ emergency admissions avoided by other schemes.',
    0.01,
  ),
  lever('acute beds', 'capacity', 'General and acute beds funded in the base year.', 10, [100, 20_000]),
  lever(
    'social care funding change',
    'capacity',
    'Change in the social care budget (-0.1 is a 10% cut).',
    0.01,
  ),
  lever('intermediate care funding change', 'capacity', 'Extra intermediate care funding from health.', 0.05),
  // Budget growth is the partners' decision, not an uncertain fact of the care system: as levers,
  // an analyst can test it, and the app's uncertainty bands leave it alone.
  lever(
    'health funding growth above demography',
    'capacity',
    'Yearly growth of the health budget beyond what the ageing population needs (0.01 is 1% a year more).',
    0.0025,
  ),
  lever(
    'social care funding growth above demography',
    'capacity',
    'Yearly growth of the social care budget beyond what the ageing population needs.',
    0.0025,
  ),
  lever('bed day cost', 'unit costs', 'Cost of an open general and acute bed for a day.', 10),
  lever('intermediate care weekly cost', 'unit costs', 'Cost of an intermediate care place for a week.', 10),
  lever('home care hourly cost', 'unit costs', 'Price of an hour of home care.', 0.25),
  lever('care home weekly cost', 'unit costs', 'Weekly fee for a care home place.', 10),
]

/**
 * The range a lever may take in an area: the area's own where its scale depends on the place
 * (beds, money; see areas/lever-ranges.ts), the lever's range otherwise. Scenario files, `--set`
 * and the app's controls all check against this.
 */
export function leverRangeFor(lever: LeverSpec, area: Area): [number, number] {
  return area.leverRanges?.[lever.name] ?? [lever.min, lever.max]
}
