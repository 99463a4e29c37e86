// The ageing chain: people by age band and health state, with births into the youngest band,
// ageing from band to band, deaths by band and state, and net migration. Health-state flows
// (onset and progression of conditions) are in health-states.ts.
//
// The people who will turn 65 in the next twenty years are alive today, aged 44-64: the flow out of
// the under-65s follows their numbers in the area's base-year single-year ages (a cohort table),
// so the 1960s baby boom reaches 65 in the late 2020s as it will. Within the five-year bands above
// 65, a fixed share of each band moves on a year. Net migration moves from its base-year rate to
// the projection's long-term rate.
import type { GraphicalFunction } from '../ir'
import type { CareModelBuilder } from './builder'
import { BANDS, byBand, byBandAndState, populationAtStartName } from './dimensions'
import { POPULATION_ARRAY_PARAMETERS, POPULATION_PARAMETERS } from './parameters/population'
import { cite } from './sources'

/**
 * People turning 65 in each year from the base year, relative to those turning 65 in the first:
 * the base-year cohorts aged 64, 63, ... 43, each taken through the death rates to 64. At x = k +
 * 0.5 (the middle of year k) the value is cohort 64 - k. England, from ONS MYE2 mid-2023 by single
 * year and sex and the National Life Tables 2020-2022 (scaled as `mortality by band`).
 */
export const ENGLAND_COHORT_TABLE: GraphicalFunction = {
  kind: 'continuous',
  xs: Array.from({ length: 22 }, (_, k) => k + 0.5),
  ys: [
    1.0, 1.0212, 1.0587, 1.0941, 1.1149, 1.1364, 1.1475, 1.1411, 1.1415, 1.1308, 1.1306, 1.1034, 1.129,
    1.0868, 1.0455, 1.0053, 0.9919, 0.9706, 0.9497, 0.9665, 1.0377, 1.0815,
  ],
}

export const COHORT_TABLE_NAME = 'people turning 65 relative to the base year'

const everyElement = { dimensions: ['band', 'state'] }

export function addPopulationAgeing(b: CareModelBuilder): void {
  for (const parameter of POPULATION_PARAMETERS) b.parameter(parameter)
  for (const parameter of POPULATION_ARRAY_PARAMETERS) b.arrayParameter(parameter)
  b.graphical(COHORT_TABLE_NAME, ENGLAND_COHORT_TABLE, {
    units: 'dimensionless',
    doc: 'People turning 65 in a year (the table’s x is years since the base year) relative to the first year: the base-year cohorts aged 44-64, through the death rates. Each area has its own.',
    sources: cite('onsMye2023', 'onsNationalLifeTables2022'),
  })

  b.aux('population at start', '', {
    dimensions: ['band'],
    elements: byBand((band) => populationAtStartName(band).replaceAll(' ', '_')),
    units: 'people',
  })
  // Migration settles at the projection's long-term level after the convergence time.
  b.aux(
    'net migration rate under 65 now',
    'net_migration_rate_under_65 + (net_migration_rate_under_65_at_start - net_migration_rate_under_65) * MAX(0, 1 - (TIME - STARTTIME) / migration_convergence_time)',
    { units: 'per year', doc: 'Net migration a year as a share of residents under 65, this year.' },
  )
  b.aux('net migration rate', '', {
    dimensions: ['band'],
    elements: byBand((band) =>
      band === 'under65' ? 'net_migration_rate_under_65_now' : 'net_migration_rate_65_plus',
    ),
    units: 'per year',
  })
  // Death rates fall by the improvement rate each year; the band rate is an average over health
  // states, so each state's rate is scaled by the band's base-year mix of states.
  b.aux('mortality improvement factor', 'EXP(-mortality_improvement * (TIME - STARTTIME))', {
    units: 'dimensionless',
    doc: 'Death rates relative to the base year.',
  })
  b.aux('mortality normaliser', 'SUM(health_state_share_at_start[band, *] * mortality_ratio[*])', {
    dimensions: ['band'],
    units: 'dimensionless',
  })
  b.aux(
    'mortality',
    'mortality_by_band[band] * mortality_relative_to_England * mortality_ratio[state] / mortality_normaliser[band]',
    {
      ...everyElement,
      units: 'deaths per person per year',
      doc: 'Base-year death rate by age band and health state.',
    },
  )

  b.stock(
    'people',
    'population_at_start[band] * health_state_share_at_start[band, state]',
    {
      inflows: ['births', 'ageing arrivals', 'net migration', 'health decline arrivals'],
      outflows: ['ageing', 'deaths', 'health decline'],
    },
    { ...everyElement, units: 'people', doc: 'Residents by age band and health state.' },
  )
  b.flow('births', '', {
    ...everyElement,
    elements: byBandAndState((band, state) =>
      band === 'under65' && state === 'no_ltc'
        ? 'birth_rate * total_population * demographic_change_switch'
        : '0',
    ),
    units: 'people per year',
    doc: 'Babies are born into the youngest band without a long-term condition.',
  })
  b.aux(
    'people turning 65',
    `population_under_65_at_start * share_of_under_65s_aged_64_at_start * ${COHORT_TABLE_NAME.replaceAll(' ', '_')}(TIME - STARTTIME) * demographic_change_switch`,
    {
      units: 'people per year',
      doc: 'People reaching 65 a year: the base-year cohorts aged 44-64 as they arrive.',
    },
  )
  b.flow('ageing', '', {
    ...everyElement,
    elements: byBandAndState((band, state) =>
      band === 'under65'
        ? `people_turning_65 * people[under65, ${state}] / population[under65]`
        : `people[${band}, ${state}] * ageing_fraction[${band}] * demographic_change_switch`,
    ),
    units: 'people per year',
    doc: 'People leaving a band for the next one, keeping their health state.',
  })
  b.flow('ageing arrivals', '', {
    ...everyElement,
    elements: byBandAndState((band, state) => {
      const index = BANDS.indexOf(band)
      return index === 0 ? '0' : `ageing[${BANDS[index - 1]}, ${state}]`
    }),
    units: 'people per year',
    doc: 'People arriving from the band below.',
  })
  b.flow(
    'deaths',
    'people[band, state] * mortality[band, state] * mortality_improvement_factor * demographic_change_switch',
    {
      ...everyElement,
      units: 'people per year',
    },
  )
  b.flow('net migration', 'people[band, state] * net_migration_rate[band] * demographic_change_switch', {
    ...everyElement,
    units: 'people per year',
    doc: 'Moves in less moves out; negative when more leave than arrive.',
  })

  b.aux('population', 'SUM(people[band, *])', {
    dimensions: ['band'],
    units: 'people',
    doc: 'Residents by age band.',
  })
  // The population's own rate of change, from the flows rather than from two saved values: what
  // a population projection shows, and what commissioners plan capacity for (planned-growth.ts).
  b.aux(
    'population change',
    'SUM(births[band, *] + ageing_arrivals[band, *] + net_migration[band, *] - ageing[band, *] - deaths[band, *])',
    {
      dimensions: ['band'],
      units: 'people per year',
      doc: 'Net change in each band a year: births, ageing in and out, deaths and migration (health decline only moves people within a band).',
    },
  )
  b.aux('total population', 'SUM(people[*, *])', { units: 'people' })
  b.aux('population 65 plus', 'total_population - population[under65]', { units: 'people' })
  b.aux('total births', 'SUM(births[*, *])', { units: 'people per year' })
  b.aux('total deaths', 'SUM(deaths[*, *])', { units: 'people per year' })
  b.aux('total net migration', 'SUM(net_migration[*, *])', { units: 'people per year' })
}
