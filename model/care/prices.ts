// Prices in real terms. Money in the model is in base-year prices: cash deflated by general
// inflation. Against that, each sector's costs have their own path: care pay follows the National
// Living Wage and NHS costs follow NHS pay, both rising faster than prices in general, so a care
// hour or a bed-day costs more in real terms each year. A price lever sets a service's price
// relative to its sector's path (at the base year, in base-year prices); the budgets, set in what
// they buy, follow the same path (budgets.ts). The general price index turns any money output into
// cash: cash = real × `general price index`.
import type { CareModelBuilder } from './builder'
import { UNIT_COST_PARAMETERS } from './parameters/base-year'
import { PRICE_GROWTH_PARAMETERS } from './parameters/finance'

export function addPrices(b: CareModelBuilder): void {
  for (const parameter of [...UNIT_COST_PARAMETERS, ...PRICE_GROWTH_PARAMETERS]) b.parameter(parameter)

  b.aux('years since the base year', 'TIME - STARTTIME', { units: 'years' })
  const growth = (rate: string) => `EXP(${rate} * years_since_the_base_year)`
  b.aux('general price index', growth('general_inflation'), {
    units: 'dimensionless',
    doc: 'Prices in general relative to the base year: multiply any money output by it for cash (nominal) figures.',
  })
  b.aux('care pay index', growth('care_pay_growth_above_inflation'), {
    units: 'dimensionless',
    doc: 'Care pay and the alternative wage (the National Living Wage) relative to the base year, in real terms.',
  })
  b.aux('NHS cost index', growth('NHS_cost_growth_above_inflation'), {
    units: 'dimensionless',
    doc: 'The cost of a bed-day and of an intermediate care place relative to the base year, in real terms.',
  })
  // A home care hour costs its provider care worker pay (with travel time and on-costs) plus the
  // costs of running the business; councils' fees keep pace with that cost of care as it was in
  // the base year, so only the pay part rises with care pay.
  b.aux(
    'cost of care per hour at start',
    'care_worker_hourly_pay_at_start * home_care_wage_cost_per_pound_of_pay + home_care_business_cost_per_hour',
    {
      units: 'GBP per hour',
      doc: 'What an hour of home care cost a provider in the base year, at base-year pay.',
    },
  )
  b.aux(
    'home care fee index',
    '(care_worker_hourly_pay_at_start * care_pay_index * home_care_wage_cost_per_pound_of_pay + home_care_business_cost_per_hour) / cost_of_care_per_hour_at_start',
    {
      units: 'dimensionless',
      doc: 'Home care fees relative to the base year, in real terms: the cost of care at base-year pay as care pay rises.',
    },
  )
  b.aux(
    'care home fee index',
    'care_home_staff_cost_share * care_pay_index + 1 - care_home_staff_cost_share',
    {
      units: 'dimensionless',
      doc: 'Care home fees relative to the base year, in real terms: the staff part rises with care pay.',
    },
  )

  // What a unit of each service costs now, in base-year prices.
  b.aux('bed year cost', 'bed_day_cost * 365 * NHS_cost_index', { units: 'GBP per bed-year' })
  b.aux('bed year cost at start', 'bed_day_cost_at_start * 365', { units: 'GBP per bed-year' })
  b.aux('intermediate care place year cost', 'intermediate_care_weekly_cost * 52 * NHS_cost_index', {
    units: 'GBP per place-year',
  })
  b.aux(
    'home care client year cost',
    'home_care_hourly_cost * home_care_fee_index * home_care_hours_per_client * 52',
    { units: 'GBP per client-year' },
  )
  b.aux('care home place year cost', 'care_home_weekly_cost * care_home_fee_index * 52', {
    units: 'GBP per place-year',
  })
}
