// The care workforce: care workers in home care and care homes (filled posts). Providers fund posts
// for the care they are commissioned to give; people join to fill vacant posts and leave at the
// sector's turnover rate, both answering care pay against what other work open to them pays (the
// National Living Wage, in retail and hospitality). Vacancies and turnover start at the sector's
// base-year rates and the workforce grows as the need for care does. When posts go unfilled beyond
// the base year's vacancies, the care the money buys cannot all be delivered (care-market.ts).
import type { CareModelBuilder } from './builder'
import { CARE_PAY_LEVER } from './parameters/base-year'
import { WORKFORCE_PARAMETERS } from './parameters/workforce'

export function addCareWorkforce(b: CareModelBuilder): void {
  b.parameter(CARE_PAY_LEVER)
  for (const parameter of WORKFORCE_PARAMETERS) b.parameter(parameter)

  // Pay in real terms: the lever sets care pay on the path of the National Living Wage, which the
  // alternative wage follows too (prices.ts).
  b.aux('care worker pay', 'care_worker_hourly_pay * care_pay_index', {
    units: 'GBP per hour',
    doc: 'Care workers’ hourly pay now, in base-year prices.',
  })
  b.aux('alternative wage', 'alternative_hourly_wage_at_start * care_pay_index', {
    units: 'GBP per hour',
    doc: 'What other work open to care workers pays now, in base-year prices.',
  })
  b.aux(
    'care pay advantage',
    '(care_worker_pay / alternative_wage) / (care_worker_hourly_pay_at_start / alternative_hourly_wage_at_start)',
    {
      units: 'dimensionless',
      doc: 'Care pay against the alternative wage, relative to the base year (1: as attractive as it was).',
    },
  )
  b.aux('perceived care pay advantage', 'SMTH1(care_pay_advantage, care_pay_perception_time, 1)', {
    units: 'dimensionless',
    doc: 'The care pay advantage as people choosing between care work and other work know it.',
  })

  // Posts providers fund: home care hours they run (less any they have handed back) at a worker's
  // contact hours, and care home places at the staffing the base year's residents had.
  b.aux(
    'home care worker posts',
    'home_care_capacity * provider_capacity_factor * home_care_hours_per_client / contact_hours_per_home_care_worker',
    { units: 'posts', doc: 'Care worker posts home care providers fund for the care they run.' },
  )
  b.aux(
    'care home worker posts',
    'care_home_places * care_home_occupancy_at_start * care_workers_per_care_home_resident',
    { units: 'posts', doc: 'Care worker posts care homes fund for their places.' },
  )
  b.aux('care worker posts', 'home_care_worker_posts + care_home_worker_posts', {
    units: 'posts',
    doc: 'Care worker posts in home care and care homes, filled or vacant.',
  })
  b.stock(
    'care workers',
    'care_worker_posts * (1 - care_vacancy_rate_at_start)',
    { inflows: ['care worker recruitment'], outflows: ['care worker leavers'] },
    { units: 'posts', doc: 'Care worker posts filled, in home care and care homes.' },
  )
  b.aux('care vacancies', 'MAX(0, care_worker_posts - care_workers)', { units: 'posts' })
  b.aux('care vacancy rate', 'care_vacancies / care_worker_posts', {
    units: 'dimensionless',
    doc: 'Share of care worker posts vacant.',
  })

  // The base year is on its trend: posts grow as the need for care does, and vacant posts are filled
  // fast enough to replace leavers and staff that growth at the base-year vacancy rate.
  b.aux(
    'care worker posts growth at start',
    'INIT((home_care_worker_posts * care_need_population_growth + care_home_worker_posts * older_care_need_population_growth) / care_worker_posts)',
    { units: 'per year' },
  )
  b.aux(
    'vacancy fill rate at start',
    '(care_worker_turnover_at_start + care_worker_posts_growth_at_start) * (1 - care_vacancy_rate_at_start) / care_vacancy_rate_at_start',
    { units: 'per year', doc: 'Share of vacant posts filled a year in the base year.' },
  )
  b.flow(
    'care worker recruitment',
    'care_vacancies * vacancy_fill_rate_at_start * perceived_care_pay_advantage ^ care_worker_recruitment_pay_elasticity',
    {
      units: 'posts per year',
      doc: 'Vacant posts filled a year: faster when care pays better against other work.',
    },
  )
  b.flow(
    'care worker leavers',
    'care_workers * care_worker_turnover_at_start * perceived_care_pay_advantage ^ (-care_worker_turnover_pay_elasticity)',
    { units: 'posts per year', doc: 'Care workers leaving their post a year: fewer when care pays better.' },
  )
  b.aux(
    'care staffing factor',
    'MIN(1, care_workers / care_worker_posts / (1 - care_vacancy_rate_at_start))',
    {
      units: 'dimensionless',
      doc: 'Share of the commissioned care the workforce can deliver: 1 with posts filled as in the base year, less with more vacancies.',
    },
  )
}
