// The care model's levers: the constants a scenario or `--set` may change, grouped as the app
// shows them, with their units, ranges and sources taken from the parameter definitions.
import type { ParameterDefinition } from './builder'
import { BASE_YEAR_FACTS, BED_LEVER, CARE_PAY_LEVER, UNIT_COST_PARAMETERS } from './parameters/base-year'
import { FUNDING_PARAMETERS } from './parameters/finance'
import { LEVER_PARAMETERS } from './parameters/levers'
import type { Area, LeverGroup, LeverSpec } from './types'

const definitions: ParameterDefinition[] = [
  ...LEVER_PARAMETERS,
  BED_LEVER,
  ...UNIT_COST_PARAMETERS,
  CARE_PAY_LEVER,
  ...FUNDING_PARAMETERS,
]

/** The base-year fact a lever starts at, where it has one (`bed day cost at start`). */
function baseYearFactOf(name: string): string | undefined {
  return BASE_YEAR_FACTS.find((fact) => fact.name === `${name} at start`)?.name
}

function lever(
  name: string,
  group: LeverGroup,
  description: string,
  step: number,
  range?: [number, number],
  actsWith?: Record<string, number>,
): LeverSpec {
  const definition = definitions.find((d) => d.name === name)
  if (!definition) throw new Error(`care model: no definition for lever '${name}'`)
  const [min, max] = range ?? definition.range ?? [0, 1]
  const fact = baseYearFactOf(name)
  return {
    name,
    group,
    description,
    units: definition.units,
    min,
    max,
    step,
    sources: definition.sources,
    defaultValue: definition.value,
    ...(fact ? { baseYearFact: fact } : {}),
    ...(actsWith ? { actsWith } : {}),
  }
}

/** A shift to act through: a fifth of acute funding, the setting the levers below need to act. */
const WITH_A_SHIFT = { 'community shift share': 0.2 }

export const LEVERS: LeverSpec[] = [
  lever(
    'pooled budget share',
    'budget pooling',
    'Share of both partners’ budgets put in a pooled fund: it lets health money shifted to the community buy council home care, and does nothing on its own.',
    0.01,
    undefined,
    WITH_A_SHIFT,
  ),
  lever(
    'hump fund',
    'budget pooling',
    'Transition money a year for a shift’s double running while beds close: it keeps the health partner out of a deficit that later budgets would be cut to recover.',
    500_000,
    undefined,
    WITH_A_SHIFT,
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
    undefined,
    WITH_A_SHIFT,
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
  // Each area has its own range (areas/lever-ranges.ts); this one only bounds them all.
  lever(
    'acute beds',
    'capacity',
    'General and acute beds funded, open from the year set; the acute budget pays for them at the base-year bed-day cost.',
    10,
    [100, 20_000],
  ),
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
  // Prices: the budgets are cash, so each buys less of its service at a higher price.
  lever(
    'bed day cost',
    'unit costs',
    'Full cost of an open general and acute bed for a day; the acute budget buys fewer beds at a higher cost.',
    10,
  ),
  lever(
    'intermediate care weekly cost',
    'unit costs',
    'Cost of an intermediate care place for a week; the budget buys fewer places at a higher cost.',
    10,
  ),
  lever(
    'home care hourly cost',
    'unit costs',
    'Fee councils pay for an hour of home care; the budget buys fewer hours at a higher fee.',
    0.25,
  ),
  lever(
    'care home weekly cost',
    'unit costs',
    'Weekly fee councils pay for a care home place; the budget buys fewer places at a higher fee.',
    10,
  ),
  lever(
    'care worker hourly pay',
    'unit costs',
    'Hourly pay of care workers; better pay against other work fills more posts, but raises the cost of care the fee must cover.',
    0.05,
  ),
]

/**
 * The range a lever may take in an area: the area's own where its scale depends on the place
 * (beds, money; see areas/lever-ranges.ts), the lever's range otherwise. Scenario files, `--set`
 * and the app's controls all check against this.
 */
export function leverRangeFor(lever: LeverSpec, area: Area): [number, number] {
  return area.leverRanges?.[lever.name] ?? [lever.min, lever.max]
}
