// The two partners' budgets, service by service, as cash: each is the area's base-year activity at
// its base-year price (the area's figures), grown with the demographic demand for the service, the
// partner's growth above demography and the funding levers, and kept at its sector's prices
// (prices.ts), so a budget buys what it bought in the base year unless a lever changes it. Nothing
// here reads what the run spends: a price lever changes what the budget buys, not the budget.
import type { CareModelBuilder } from './builder'
import { byBand } from './dimensions'

export function addBudgets(b: CareModelBuilder): void {
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

  // The acute budget pays for the beds the health partner funds and for the surge beds the base
  // year needed (patients beyond the core beds at the escalation premium).
  b.aux('acute bed funding', 'acute_beds * bed_year_cost_at_start * NHS_cost_index * acute_funding_trend', {
    units: 'GBP per year',
    doc: 'Money for the beds the health partner funds: the acute beds lever at the base-year bed-day cost, grown with the health budget.',
  })
  b.aux(
    'acute surge funding',
    'escalation_cost_premium * patients_above_core_beds_at_start * bed_year_cost_at_start * NHS_cost_index * acute_funding_trend',
    {
      units: 'GBP per year',
      doc: 'Money for the base year’s patients beyond the core beds, at the escalation premium, grown with the health budget.',
    },
  )
  b.aux('acute funding before shift', 'acute_bed_funding + acute_surge_funding', {
    units: 'GBP per year',
    doc: 'The acute budget before any shift to the community.',
  })

  b.aux(
    'intermediate care base funding',
    'intermediate_care_places_at_start * intermediate_care_weekly_cost_at_start * 52 * NHS_cost_index',
    { units: 'GBP per year', doc: 'The base-year intermediate care places at the base-year price.' },
  )
  // Intermediate care is for older people leaving or avoiding hospital: its funding keeps pace with
  // the older population's admissions that need it.
  b.aux('intermediate care need by band', '', {
    dimensions: ['band'],
    elements: byBand((band) =>
      band === 'under65'
        ? 'under_65_pathway_1_share * pathway_1_share_to_reablement + under_65_pathway_2_share'
        : 'pathway_1_share * pathway_1_share_to_reablement + pathway_2_share',
    ),
    units: 'dimensionless',
    doc: 'Share of patients leaving hospital in each band referred to intermediate care (reablement or a rehabilitation bed).',
  })
  b.aux(
    'demographic intermediate care demand',
    'SUM(population[*] * emergency_admission_rate_by_band[*] * intermediate_care_need_by_band[*])',
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
    'home_care_clients_at_start * home_care_hourly_cost_at_start * home_care_hours_per_client * 52 * home_care_fee_index * home_care_funding_trend * social_care_funding_change_factor',
    {
      units: 'GBP per year',
      doc: 'The base-year home care hours at the base-year fee, grown with the care needs of the population.',
    },
  )
  b.aux(
    'care home funding',
    'care_home_residents_at_start * publicly_funded_share_of_care_home_residents * care_home_weekly_cost_at_start * 52 * care_home_fee_index * care_home_funding_trend * social_care_funding_change_factor',
    {
      units: 'GBP per year',
      doc: 'The base-year publicly funded care home places at the base-year fee, grown with the care needs of people aged 65+.',
    },
  )
  b.aux(
    'social care budget',
    'home_care_base_funding + care_home_funding + intermediate_care_social_care_funding',
    { units: 'GBP per year', doc: 'The social care partner’s budget for the services in the model.' },
  )
  b.aux(
    'intermediate care funding',
    'intermediate_care_health_funding * health_funding_after_recovery + intermediate_care_social_care_funding + investment_in_intermediate_care',
    { units: 'GBP per year' },
  )
  b.aux('home care funding', 'home_care_base_funding + investment_in_home_care', { units: 'GBP per year' })
}
