// Money as a ledger: each service's spending, who pays for what, the pooled fund, over- and
// underspends against the budgets (budgets.ts), and cumulative spending by partner and by service.
// Unit costs are in prices.ts.
import type { CareModelBuilder } from './builder'
import { FUNDING_PARAMETERS } from './parameters/finance'

const SERVICES: Array<[service: string, spend: string]> = [
  ['acute', 'acute spend'],
  ['intermediate care', 'intermediate care spend'],
  ['home care', 'home care spend'],
  ['care home', 'care home spend'],
  ['prevention', 'prevention spending'],
]

export function addFinance(b: CareModelBuilder): void {
  for (const parameter of FUNDING_PARAMETERS) b.parameter(parameter)

  // Spending: beds and intermediate care are paid for as capacity (staffed whether used or not);
  // home care and care homes are paid for as used.
  // Every patient beyond the core beds is cared for by extra staff at agency rates, whether in a
  // surge bed or on a trolley waiting for one. A bed closed for the shift still costs the part of
  // its average cost that closing it does not release (the hospital's overheads).
  b.flow(
    'acute spend',
    '(available_beds + patients_above_core_beds * escalation_cost_premium) * bed_year_cost + beds_closed_for_the_shift * (bed_year_cost - cash_released_per_bed_closed)',
    {
      units: 'GBP per year',
      doc: 'Core beds open, the patients beyond them (surge beds or waiting for a bed) at a premium, and the overheads closed beds leave behind.',
    },
  )
  b.flow('intermediate care spend', 'intermediate_care_capacity * intermediate_care_place_year_cost', {
    units: 'GBP per year',
  })
  b.flow('home care spend', 'home_care_clients * home_care_client_year_cost', { units: 'GBP per year' })
  b.flow('care home spend', 'publicly_funded_care_home_residents * care_home_place_year_cost', {
    units: 'GBP per year',
    doc: 'Publicly funded care home placements.',
  })
  b.flow('prevention spending', 'prevention_spend', { units: 'GBP per year' })

  b.aux(
    'health share of intermediate care',
    'XIDZ(intermediate_care_health_funding * health_funding_after_recovery + investment_in_intermediate_care, intermediate_care_funding, 1)',
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
  b.aux(
    'health budget balance',
    'health_budget - health_deficit_recovery + hump_fund_used + pooled_savings_used - health_spend',
    {
      units: 'GBP per year',
      doc: 'Underspend (positive) or overspend (negative) of the health partner against the money it has: its budget less any deficit it is recovering, transition funding included.',
    },
  )
  b.aux('social care budget balance', 'social_care_budget - pooled_savings_used - social_care_spend', {
    units: 'GBP per year',
    doc: 'Underspend (positive) or overspend (negative) of the social care partner, after any savings the pooled fund moves to pay for the shift.',
  })

  for (const [service, flow] of SERVICES) {
    b.stock(`cumulative ${service} spend`, '0', { inflows: [flow] }, { units: 'GBP' })
  }
  b.stock('cumulative health spend', '0', { inflows: ['health spend'] }, { units: 'GBP' })
  b.stock('cumulative social care spend', '0', { inflows: ['social care spend'] }, { units: 'GBP' })
  b.aux('cumulative total spend', 'cumulative_health_spend + cumulative_social_care_spend', { units: 'GBP' })
}
