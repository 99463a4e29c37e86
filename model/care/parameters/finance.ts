// Money defaults: unit costs in base-year prices, how budgets grow, commissioning delays, and the
// levers' starting values. The levers themselves are described in levers.ts.
import type { ParameterDefinition } from '../builder'
import { cite } from '../sources'

export const UNIT_COST_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'bed day cost',
    value: 562,
    units: 'GBP per bed-day',
    doc: 'Cost of a general and acute bed for a day, open and staffed (base-year prices).',
    sources: cite('nhsCostCollection'),
    range: [350, 800],
  },
  {
    name: 'intermediate care weekly cost',
    value: 850,
    units: 'GBP per place-week',
    doc: 'Cost of an intermediate care place for a week, across bed-based, home-based and reablement services.',
    sources: cite('naic2014', 'naic2017'),
    range: [400, 1500],
    derivation:
      'NAIC 2014 costs per episode (bed-based £5,549 over about 26 days, home-based £1,045 and reablement £1,722 over about 32 days) give about £1,490, £230 and £380 a week; weighted 30/35/35 by capacity that is about £660 a week in 2014 prices, about £850 in 2024 prices (NHS cost inflation of about 28%).',
  },
  {
    name: 'home care hourly cost',
    checked: true,
    value: 23.26,
    units: 'GBP per hour',
    doc: 'Price councils pay providers for an hour of home care.',
    sources: cite('homecareAssociation2024', 'homecareAssociation2025'),
    range: [18, 33],
  },
  {
    name: 'care home weekly cost',
    value: 950,
    units: 'GBP per week',
    doc: 'Average weekly fee for a publicly funded older person’s care home place (residential and nursing).',
    sources: cite('ascfr2024', 'strategyUnitCareHomes'),
    range: [700, 1400],
  },
]

export const FUNDING_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'health funding growth above demography',
    value: 0,
    units: 'per year',
    doc: 'Yearly growth of what the health budget buys beyond keeping pace with the ageing population (0: services grow with demographic demand).',
    sources: cite('ifsNhsSpending', 'assumption'),
    range: [-0.03, 0.03],
  },
  {
    name: 'social care funding growth above demography',
    value: 0,
    units: 'per year',
    doc: 'Yearly growth of what the social care budget buys beyond keeping pace with the ageing population.',
    sources: cite('auditScotland2014', 'assumption'),
    range: [-0.03, 0.03],
  },
  {
    name: 'NHS share of intermediate care funding',
    value: 0.7,
    units: 'dimensionless',
    doc: 'Share of intermediate care paid by the health partner; councils pay the rest (mostly reablement).',
    sources: cite('naic2017'),
    range: [0.5, 0.9],
  },
  {
    name: 'bed planning delay',
    value: 1,
    units: 'years',
    doc: 'Time for the bed base to follow a change in acute funding (staffing up or closing wards).',
    sources: cite('assumption'),
    range: [0.5, 2],
  },
  {
    name: 'bed closure delay',
    value: 1,
    units: 'years',
    doc: 'Time to close the beds a shift of money to the community pays for (consultation, redeploying staff).',
    sources: cite('ham2010', 'assumption'),
    range: [0.5, 3],
  },
  {
    name: 'bed closure occupancy ceiling',
    value: 0.92,
    units: 'dimensionless',
    doc: 'Highest bed occupancy at which commissioners still close beds for a shift: beds close only as far as demand has fallen, and closures wait while the hospital is fuller than this.',
    sources: cite('nhsPlanning2023', 'nhsPlanning2020', 'ham2010'),
    range: [0.85, 0.95],
    checked: true,
    derivation:
      'NHS planning guidance asked for adult general and acute occupancy of 92% at most (2023/24; also 2020/21, which added that bed numbers should stop falling); in Torbay occupied beds fell as emergency use fell (Ham 2010). We read 92% as the point above which no manager closes a ward.',
  },
  {
    name: 'intermediate care commissioning delay',
    value: 0.5,
    units: 'years',
    doc: 'Time for intermediate care capacity to follow its funding: recruiting therapists and carers.',
    sources: cite('naic2017', 'assumption'),
    range: [0.25, 1.5],
  },
  {
    name: 'home care commissioning delay',
    value: 0.5,
    units: 'years',
    doc: 'Time for home care capacity to follow its funding: contracts and care worker recruitment.',
    sources: cite('homecareAssociation2024', 'assumption'),
    range: [0.25, 1.5],
  },
  {
    name: 'care home commissioning delay',
    value: 1,
    units: 'years',
    doc: 'Time for care home places to follow funding: block contracts and new homes.',
    sources: cite('assumption'),
    range: [0.5, 3],
  },
  {
    name: 'prevention effect delay',
    value: 2,
    units: 'years',
    doc: 'Average time before prevention spending shows in fewer admissions (third-order delay).',
    sources: cite('purdy2012', 'assumption'),
    range: [0.5, 5],
  },
  {
    name: 'prevention cost per avoided admission',
    value: 8_000,
    units: 'GBP per admission',
    doc: 'Prevention and chronic condition management spending needed to avoid one emergency admission a year, at small scale.',
    sources: cite('purdy2012', 'bernabei1998', 'assumption'),
    range: [3_000, 20_000],
  },
  {
    name: 'maximum prevention admission reduction',
    value: 0.15,
    units: 'dimensionless',
    doc: 'Largest share of the admissions of people with long-term conditions that prevention can avoid, however much is spent.',
    sources: cite('bernabei1998', 'walesCcm'),
    range: [0.05, 0.3],
    derivation:
      'Bernabei 1998: integrated case management cut hospital or nursing home admission by about 30% in frail older people; about half the people with conditions could be reached.',
  },
]
