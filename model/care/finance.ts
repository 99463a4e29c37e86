// Money as a ledger: unit costs, the two partners' budgets and how they grow, each service's
// funding and spending, who pays for what, the pooled fund, over- and underspends, and cumulative
// spending by partner and by service.
import type { CareModelBuilder } from './builder'
import { FUNDING_PARAMETERS, UNIT_COST_PARAMETERS } from './parameters/finance'

const SERVICES: Array<[service: string, spend: string]> = [
  ['acute', 'acute spend'],
  ['intermediate care', 'intermediate care spend'],
  ['home care', 'home care spend'],
  ['care home', 'care home spend'],
  ['prevention', 'prevention spending'],
]

export function addFinance(b: CareModelBuilder): void {
  for (const parameter of [...UNIT_COST_PARAMETERS, ...FUNDING_PARAMETERS]) b.parameter(parameter)

  b.aux('bed year cost', 'bed_day_cost * 365', { units: 'GBP per bed-year' })
  b.aux('intermediate care place year cost', 'intermediate_care_weekly_cost * 52', {
    units: 'GBP per place-year',
  })
  b.aux('home care client year cost', 'home_care_hourly_cost * home_care_hours_per_client * 52', {
    units: 'GBP per client-year',
  })
  b.aux('care home place year cost', 'care_home_weekly_cost * 52', { units: 'GBP per place-year' })

  // Budgets keep pace with demographic demand (bed-days and care needs at base-year rates per
  // person), times any growth above that. "Do nothing" means today's services for tomorrow's people.
  b.aux(
    'demographic bed demand',
    'SUM(population[*] * emergency_admission_rate_by_band[*] * active_length_of_stay_ratio[*])',
    {
      units: 'admissions per year',
      doc: 'Admissions weighted by their stays at base-year rates: an index of bed use.',
    },
  )
  // The trends (demography times growth above it) are in planned-growth.ts, where capacity is
  // commissioned to keep pace with them; cuts and changes of policy are applied here.
  b.aux('social care funding change factor', '1 + social_care_funding_change', {
    units: 'dimensionless',
    doc: 'Social care funding relative to its trend: any cut or rise.',
  })

  b.aux('acute funding before shift', 'acute_beds * INIT(bed_year_cost) * acute_funding_trend', {
    units: 'GBP per year',
    doc: 'The acute budget before any shift: the base-year beds at base-year cost, grown with the health budget.',
  })
  b.aux(
    'intermediate care base funding',
    'INIT(intermediate_care_capacity * intermediate_care_place_year_cost)',
    {
      units: 'GBP per year',
    },
  )
  // Intermediate care is for older people leaving or avoiding hospital: its funding keeps pace with
  // the older population's admissions that need it.
  b.aux(
    'demographic intermediate care demand',
    'SUM(population[*] * emergency_admission_rate_by_band[*] * share_discharged_to_intermediate_care[*])',
    {
      units: 'people per year',
      doc: 'Admissions needing intermediate care at base-year rates: an index of its need.',
    },
  )
  b.aux(
    'intermediate care funding index',
    'demographic_intermediate_care_demand / INIT(demographic_intermediate_care_demand)',
    { units: 'dimensionless' },
  )
  b.aux(
    'intermediate care health funding',
    'intermediate_care_base_funding * (NHS_share_of_intermediate_care_funding + intermediate_care_funding_change) * intermediate_care_funding_index * health_planned_growth_factor',
    { units: 'GBP per year' },
  )
  b.aux(
    'intermediate care social care funding',
    'intermediate_care_base_funding * (1 - NHS_share_of_intermediate_care_funding) * intermediate_care_funding_index * social_care_planned_growth_factor * social_care_funding_change_factor',
    { units: 'GBP per year' },
  )
  b.aux('health budget', 'acute_funding_before_shift + intermediate_care_health_funding', {
    units: 'GBP per year',
    doc: 'The health partner’s recurrent budget for the services in the model.',
  })
  b.aux(
    'home care base funding',
    'INIT(home_care_spend) * home_care_funding_trend * social_care_funding_change_factor',
    { units: 'GBP per year', doc: 'Home care funding grows with the care needs of the population.' },
  )
  b.aux(
    'care home funding',
    'INIT(care_home_spend) * care_home_funding_trend * social_care_funding_change_factor',
    { units: 'GBP per year', doc: 'Care home funding grows with the care needs of people aged 65+.' },
  )
  b.aux(
    'social care budget',
    'home_care_base_funding + care_home_funding + intermediate_care_social_care_funding',
    { units: 'GBP per year', doc: 'The social care partner’s budget for the services in the model.' },
  )
  b.aux(
    'intermediate care funding',
    'intermediate_care_health_funding + intermediate_care_social_care_funding + investment_in_intermediate_care',
    { units: 'GBP per year' },
  )
  b.aux('home care funding', 'home_care_base_funding + investment_in_home_care', { units: 'GBP per year' })

  // Spending: beds and intermediate care are paid for as capacity (staffed whether used or not);
  // home care and care homes are paid for as used.
  // Every patient beyond the core beds is cared for by extra staff at agency rates, whether in a
  // surge bed or on a trolley waiting for one.
  b.flow(
    'acute spend',
    '(available_beds + patients_above_core_beds * escalation_cost_premium) * bed_year_cost',
    {
      units: 'GBP per year',
      doc: 'Core beds open, plus the patients beyond them (surge beds or waiting for a bed) at a premium.',
    },
  )
  b.flow('intermediate care spend', 'intermediate_care_capacity * intermediate_care_place_year_cost', {
    units: 'GBP per year',
  })
  b.flow('home care spend', 'home_care_clients * home_care_client_year_cost', { units: 'GBP per year' })
  b.flow(
    'care home spend',
    'care_home_residents * publicly_funded_share_of_care_home_residents * care_home_place_year_cost',
    { units: 'GBP per year', doc: 'Publicly funded care home placements.' },
  )
  b.flow('prevention spending', 'prevention_spend', { units: 'GBP per year' })

  b.aux(
    'health share of intermediate care',
    'XIDZ(intermediate_care_health_funding + investment_in_intermediate_care, intermediate_care_funding, 1)',
    { units: 'dimensionless' },
  )
  b.aux('health share of home care', 'XIDZ(investment_in_home_care, home_care_funding, 0)', {
    units: 'dimensionless',
  })
  b.flow(
    'health spend',
    'acute_spend + intermediate_care_spend * health_share_of_intermediate_care + home_care_spend * health_share_of_home_care + prevention_spending',
    { units: 'GBP per year', doc: 'Spending by the health partner.' },
  )
  b.flow(
    'social care spend',
    'intermediate_care_spend * (1 - health_share_of_intermediate_care) + home_care_spend * (1 - health_share_of_home_care) + care_home_spend',
    { units: 'GBP per year', doc: 'Spending by the social care partner.' },
  )
  b.aux('total spend', 'health_spend + social_care_spend', { units: 'GBP per year' })
  b.aux('pooled fund spend', 'pooled_budget_share * total_spend', {
    units: 'GBP per year',
    doc: 'Spending that passes through the pooled fund: its share of every service.',
  })
  b.aux('health budget balance', 'health_budget + hump_fund_used - health_spend', {
    units: 'GBP per year',
    doc: 'Underspend (positive) or overspend (negative) of the health partner, transition funding included.',
  })
  b.aux('social care budget balance', 'social_care_budget - social_care_spend', { units: 'GBP per year' })

  for (const [service, flow] of SERVICES) {
    b.stock(`cumulative ${service} spend`, '0', { inflows: [flow] }, { units: 'GBP' })
  }
  b.stock('cumulative health spend', '0', { inflows: ['health spend'] }, { units: 'GBP' })
  b.stock('cumulative social care spend', '0', { inflows: ['social care spend'] }, { units: 'GBP' })
  b.aux('cumulative total spend', 'cumulative_health_spend + cumulative_social_care_spend', { units: 'GBP' })
}
