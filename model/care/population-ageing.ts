// The ageing chain: people by age band and health state, with births into the youngest band,
// ageing from band to band, deaths by band and state, and net migration. Health-state flows
// (onset and progression of conditions) are in health-states.ts.
import type { CareModelBuilder } from './builder'
import { BANDS, byBand, byBandAndState } from './dimensions'
import { POPULATION_ARRAY_PARAMETERS, POPULATION_PARAMETERS } from './parameters/population'

const START_POPULATION: Record<string, string> = {
  under65: 'population_under_65_at_start',
  age65to74: 'population_65_to_74_at_start',
  age75to84: 'population_75_to_84_at_start',
  age85plus: 'population_85_plus_at_start',
}

const BAND_MORTALITY: Record<string, string> = {
  under65: 'mortality_under_65',
  age65to74: 'mortality_65_to_74',
  age75to84: 'mortality_75_to_84',
  age85plus: 'mortality_85_plus',
}

const everyElement = { dimensions: ['band', 'state'] }

export function addPopulationAgeing(b: CareModelBuilder): void {
  for (const parameter of POPULATION_PARAMETERS) b.parameter(parameter)
  for (const parameter of POPULATION_ARRAY_PARAMETERS) b.arrayParameter(parameter)

  b.aux('population at start', '', {
    dimensions: ['band'],
    elements: byBand((band) => START_POPULATION[band]),
    units: 'people',
  })
  b.aux('net migration rate', '', {
    dimensions: ['band'],
    elements: byBand((band) =>
      band === 'under65' ? 'net_migration_rate_under_65' : 'net_migration_rate_65_plus',
    ),
    units: 'per year',
  })
  // Death rates fall by the improvement rate each year; the band rate is an average over health
  // states, so each state's rate is scaled by the band's base-year mix of states.
  b.aux('band mortality', '', {
    dimensions: ['band'],
    elements: byBand((band) => BAND_MORTALITY[band]),
    units: 'per year',
  })
  b.aux('mortality improvement factor', 'EXP(-mortality_improvement * (TIME - STARTTIME))', {
    units: 'dimensionless',
    doc: 'Death rates relative to the base year.',
  })
  b.aux('mortality normaliser', 'SUM(health_state_share_at_start[band, *] * mortality_ratio[*])', {
    dimensions: ['band'],
    units: 'dimensionless',
  })
  b.aux('mortality', 'band_mortality[band] * mortality_ratio[state] / mortality_normaliser[band]', {
    ...everyElement,
    units: 'deaths per person per year',
    doc: 'Base-year death rate by age band and health state.',
  })

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
  b.flow('ageing', 'people[band, state] * ageing_fraction[band] * demographic_change_switch', {
    ...everyElement,
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
  // a population projection shows, and what commissioners plan capacity for (demand-trend.ts).
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
