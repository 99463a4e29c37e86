// The growth that commissioners plan capacity for. Each service's funding keeps pace with a
// demographic driver (admissions weighted by stay, care needs by age) times its partner's planned
// growth above demography (finance.ts). Both are known years ahead: population projections are
// what demand and capacity plans are built on, and growth above demography is a settlement. So
// capacity is commissioned to keep pace with that trend as it happens, and an area that has been
// growing for years starts on its trend in the base year rather than flat. What is not foreseen (a
// cut, an expansion, a shift of money, a change of unit cost) still takes the whole commissioning
// lag (capacity-commissioning.ts).
//
// Each trend is an index (1 in the base year) with its growth rate now, worked out from the
// population's flows rather than from saved values, so a capacity can grow at that rate from the
// first step. With demography and growth switched off both are flat and the model stays in
// equilibrium.
import type { CareModelBuilder } from './builder'

/** A funding trend as the commissioning pipelines read it: equation names of its index and growth. */
export interface FundingTrend {
  /** 1 in the base year; what the service's funding would be, relative to then, with no policy change. */
  index: string
  /** The index's growth rate now (per year). */
  growth: string
}

const key = (name: string) => name.replaceAll(' ', '_')

/**
 * Adds `<level> growth`: the growth rate now of a weighted sum of the population by band (the
 * level), from the population's own rate of change.
 */
function addDemographicGrowth(b: CareModelBuilder, level: string, weights: string): string {
  b.aux(`${level} growth`, `SUM(population_change[*] * ${weights}) / ${key(level)}`, {
    units: 'per year',
    doc: `Growth rate now of ${level}, from births, ageing, deaths and migration.`,
  })
  return `${key(level)}_growth`
}

function addTrend(b: CareModelBuilder, service: string, index: string, growth: string): FundingTrend {
  b.aux(`${service} funding trend`, index, {
    units: 'dimensionless',
    doc: `${service} funding relative to the base year as planned: demography and growth above it, no policy change.`,
  })
  b.aux(`${service} funding trend growth`, growth, {
    units: 'per year',
    doc: `Growth rate now of the ${service} funding trend: what its capacity is commissioned to keep pace with.`,
  })
  return { index: `${key(service)}_funding_trend`, growth: `${key(service)}_funding_trend_growth` }
}

/** The funding trend each commissioned capacity keeps pace with. */
export interface PlannedGrowth {
  beds: FundingTrend
  intermediateCare: FundingTrend
  homeCare: FundingTrend
  careHomes: FundingTrend
}

export function addPlannedGrowth(b: CareModelBuilder): PlannedGrowth {
  const elapsed = '(TIME - STARTTIME)'
  const health = 'health_funding_growth_above_demography'
  const social = 'social_care_funding_growth_above_demography'
  b.aux('health planned growth factor', `EXP(${health} * ${elapsed})`, {
    units: 'dimensionless',
    doc: 'What the health budget buys beyond demographic demand, relative to the base year.',
  })
  b.aux('social care planned growth factor', `EXP(${social} * ${elapsed})`, {
    units: 'dimensionless',
    doc: 'What the social care budget buys beyond demographic need, relative to the base year.',
  })

  const beds = addDemographicGrowth(
    b,
    'demographic bed demand',
    'emergency_admission_rate_by_band[*] * active_length_of_stay_ratio[*]',
  )
  const intermediateCare = addDemographicGrowth(
    b,
    'demographic intermediate care demand',
    'emergency_admission_rate_by_band[*] * intermediate_care_need_by_band[*]',
  )
  const homeCare = addDemographicGrowth(b, 'care need population', 'care_need_rate[*]')
  const careHomes = addDemographicGrowth(b, 'older care need population', 'care_need_rate[*] * older_band[*]')

  // Intermediate care is paid by both partners, each growing at its own rate above demography.
  const nhs = 'NHS_share_of_intermediate_care_funding'
  b.aux(
    'intermediate care planned growth factor',
    `${nhs} * health_planned_growth_factor + (1 - ${nhs}) * social_care_planned_growth_factor`,
    { units: 'dimensionless', doc: 'Both partners’ growth above demography, weighted by their shares.' },
  )
  const shareGrowth = `(${nhs} * ${health} * health_planned_growth_factor + (1 - ${nhs}) * ${social} * social_care_planned_growth_factor) / intermediate_care_planned_growth_factor`

  return {
    beds: addTrend(
      b,
      'acute',
      'demographic_bed_demand / INIT(demographic_bed_demand) * health_planned_growth_factor',
      `${beds} + ${health}`,
    ),
    intermediateCare: addTrend(
      b,
      'intermediate care',
      'intermediate_care_funding_index * intermediate_care_planned_growth_factor',
      `${intermediateCare} + ${shareGrowth}`,
    ),
    homeCare: addTrend(
      b,
      'home care',
      'care_need_population / INIT(care_need_population) * social_care_planned_growth_factor',
      `${homeCare} + ${social}`,
    ),
    careHomes: addTrend(
      b,
      'care home',
      'older_care_need_population / INIT(older_care_need_population) * social_care_planned_growth_factor',
      `${careHomes} + ${social}`,
    ),
  }
}
