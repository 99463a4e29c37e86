// Assembles the care model: every sector adds its stocks, flows and sourced constants to one IR
// model, with the default area's values. The sectors read each other's variables by name.
import type { Model } from '../ir'
import { addAdmissions } from './admissions'
import { addBaseYear } from './base-year'
import { addBedOverflow } from './bed-overflow'
import { addBedPressure } from './bed-pressure'
import { addBudgets } from './budgets'
import { CareModelBuilder } from './builder'
import { deriveHealthDeclineRates } from './calibration'
import { addCapacityCommissioning } from './capacity-commissioning'
import { addCareMarket } from './care-market'
import { addCareWorkforce } from './care-workforce'
import { addCommunityShift } from './community-shift'
import { BANDS, type Band, CARE_DIMENSIONS, populationAtStartName } from './dimensions'
import { addFinance } from './finance'
import { addHealthDeficit } from './health-deficit'
import { addHealthStates } from './health-states'
import { addHospital } from './hospital'
import { addIntermediateCare } from './intermediate-care'
import { LEVER_PARAMETERS } from './parameters/levers'
import { POPULATION_ARRAY_PARAMETERS, POPULATION_PARAMETERS } from './parameters/population'
import { addPopulationAgeing } from './population-ageing'
import { addPrevention, addPreventionInHospital } from './prevention'
import { addPrices } from './prices'
import { addRationing } from './rationing'
import { addSocialCare } from './social-care'
import { BASE_YEAR, CARE_MODEL_VERSION, HORIZON_YEARS } from './version'

/**
 * Integration step, 1/216 year (about 1.7 days; 18 steps a saved month): the shortest stays and
 * waits modelled are a few days, and a lever set from the first day (the sharpest change a user
 * can make) moves in weeks. At 1/96 the first weeks after such a change moved by up to 2% when the
 * step was halved; at 1/216 no key output moves by more than 0.81% for any lever at either end of
 * its area's range (tests/care/lever-robustness.test.ts). It was 1/240 in version 0.3; starting on
 * trend took the early transient away, which bought the longer step. A step must divide the month
 * the results are saved at, or the saved times drift.
 */
export const CARE_DT = 1 / 216

function defaultValue(name: string): number {
  const definition = POPULATION_PARAMETERS.find((p) => p.name === name)
  if (!definition) throw new Error(`care model: no default for '${name}'`)
  return definition.value
}

function defaultArray(name: string): Record<string, number> {
  const definition = POPULATION_ARRAY_PARAMETERS.find((p) => p.name === name)
  if (!definition) throw new Error(`care model: no default for '${name}'`)
  return definition.values
}

export function defaultHealthDeclineRates() {
  const byBand = (f: (band: Band) => number) => Object.fromEntries(BANDS.map((band) => [band, f(band)]))
  const ageing = defaultArray('ageing fraction')
  return deriveHealthDeclineRates({
    populationAtStart: byBand((band) => defaultValue(populationAtStartName(band))),
    mortality: byBand((band) => defaultArray('mortality by band')[band]),
    birthRate: defaultValue('birth rate'),
    migration: byBand((band) =>
      band === 'under65'
        ? defaultValue('net migration rate under 65 at start')
        : defaultValue('net migration rate 65 plus'),
    ),
    ageing: byBand((band) =>
      band === 'under65' ? defaultValue('share of under 65s aged 64 at start') : ageing[band],
    ),
  })
}

/** The builder after every sector has been added: the model and its parameter list. */
export function assembleCareModel(): CareModelBuilder {
  const b = new CareModelBuilder(CARE_DIMENSIONS)
  b.beginSector('Policy levers')
  for (const parameter of LEVER_PARAMETERS) b.parameter(parameter)
  b.beginSector('Population and ageing')
  addPopulationAgeing(b)
  b.beginSector('Health states')
  addHealthStates(b, defaultHealthDeclineRates())
  b.beginSector('Emergency admissions and the hospital')
  addAdmissions(b)
  addHospital(b)
  b.beginSector('Bed pressure and behaviour')
  addBedPressure(b)
  addBedOverflow(b)
  b.beginSector('Intermediate care')
  addIntermediateCare(b)
  b.beginSector('Home care and care homes')
  addSocialCare(b)
  addRationing(b)
  b.beginSector('The area’s base year')
  addBaseYear(b)
  b.beginSector('Care workforce and market')
  addCareWorkforce(b)
  addCareMarket(b)
  b.beginSector('Capacity and commissioning')
  addCapacityCommissioning(b)
  addCommunityShift(b)
  b.beginSector('Prevention and finance')
  addPrevention(b)
  addPreventionInHospital(b)
  addPrices(b)
  addBudgets(b)
  addFinance(b)
  addHealthDeficit(b)
  return b
}

export function buildCareModel(): Model {
  return assembleCareModel().build(
    'CareBalance care model',
    {
      start: BASE_YEAR,
      stop: BASE_YEAR + HORIZON_YEARS,
      dt: CARE_DT,
      savePeriod: 1 / 12,
      method: 'euler',
      timeUnits: 'years',
    },
    `Pooled health and social care budget model, version ${CARE_MODEL_VERSION}. Time in calendar years from ${BASE_YEAR}.`,
  )
}
