// The outputs the app and reports show: the public names first, then the ones an analyst
// needs to read them (risk, money balance, cumulative spend).
import type { OutputSpec } from './types'

export const OUTPUTS: OutputSpec[] = [
  {
    name: 'population',
    description: 'Residents by age band (0-64, then five-year bands from 65 to 90+).',
    units: 'people',
  },
  { name: 'total population', description: 'Residents of all ages.', units: 'people' },
  {
    name: 'emergency admissions',
    description: 'Emergency admissions a year, readmissions included.',
    units: 'admissions per year',
  },
  {
    name: 'occupied beds',
    description: 'General and acute beds occupied on an average day, escalation beds included.',
    units: 'beds',
  },
  {
    name: 'bed occupancy',
    description: 'Occupied share of the general and acute beds open, core and escalation; never above 100%.',
    units: 'share',
  },
  {
    name: 'delayed discharge beds',
    description: 'Beds occupied by patients medically fit to leave who are waiting for a service.',
    units: 'beds',
  },
  {
    name: 'delayed discharge beds by pathway',
    description:
      'Beds occupied by delayed patients by discharge pathway: 1 waiting for reablement or home care, 2 for a rehabilitation bed, 3 for a care home.',
    units: 'beds',
  },
  { name: 'readmissions', description: 'Emergency readmissions a year.', units: 'admissions per year' },
  {
    name: 'intermediate care clients',
    description: 'People in intermediate care (reablement, rehabilitation, step-up) on an average day.',
    units: 'people',
  },
  {
    name: 'intermediate care utilisation',
    description:
      'Share of intermediate care places in use: about 94% when people are waiting (a place stands empty two days between one person and the next), less when no one is.',
    units: 'share',
  },
  {
    name: 'home care clients',
    description: 'People receiving publicly funded long-term home care.',
    units: 'people',
  },
  { name: 'care home residents', description: 'Older people living in care homes.', units: 'people' },
  {
    name: 'unmet social care need',
    description:
      'People assessed as needing long-term care and waiting for it, at home or in a hospital bed, plus people no longer eligible after rationing who would have been.',
    units: 'people',
  },
  {
    name: 'health spend',
    description: 'Spending by the health partner on the modelled services.',
    units: 'GBP per year',
  },
  { name: 'social care spend', description: 'Spending by the social care partner.', units: 'GBP per year' },
  { name: 'total spend', description: 'Health and social care spending together.', units: 'GBP per year' },
  {
    name: 'pooled fund spend',
    description: 'Spending that passes through the pooled fund.',
    units: 'GBP per year',
  },
  {
    name: 'share of 65+ supported at home',
    description: 'Share of people aged 65+ living at home rather than in a care home or hospital bed.',
    units: 'share',
  },
  {
    name: 'bed shortage risk',
    description: 'Share of days a hospital has more patients than beds.',
    units: 'share',
  },
  { name: 'available beds', description: 'Core general and acute beds open.', units: 'beds' },
  {
    name: 'escalation beds',
    description: 'Surge beds open and occupied on an average day, beyond the core beds.',
    units: 'beds',
  },
  {
    name: 'patients waiting for a bed',
    description:
      'Admitted patients with no bed on an average day: in the emergency department or a corridor.',
    units: 'patients',
  },
  {
    name: 'beds closed for the shift',
    description: 'Beds closed so their money pays for community services; they close only as demand falls.',
    units: 'beds',
  },
  {
    name: 'community investment',
    description:
      'Money going to community services under the shift a year, whether or not the beds it replaces have closed.',
    units: 'GBP per year',
  },
  {
    name: 'double running cost',
    description:
      'Community services paid for while the beds they replace are still open, a year: from the hump fund, or overspent.',
    units: 'GBP per year',
  },
  {
    name: 'cancelled elective admissions',
    description: 'Planned admissions cancelled for lack of a bed, a year.',
    units: 'admissions per year',
  },
  {
    name: 'step up admissions',
    description: 'People cared for at home instead of admitted, a year.',
    units: 'people per year',
  },
  {
    name: 'emergency admissions of people with conditions',
    description:
      'First emergency admissions a year of people with one or more long-term conditions: what chronic condition management acts on.',
    units: 'admissions per year',
  },
  { name: 'acute spend', description: 'Spending on general and acute beds.', units: 'GBP per year' },
  { name: 'intermediate care spend', description: 'Spending on intermediate care.', units: 'GBP per year' },
  { name: 'home care spend', description: 'Spending on home care.', units: 'GBP per year' },
  {
    name: 'care home spend',
    description: 'Spending on publicly funded care home places.',
    units: 'GBP per year',
  },
  {
    name: 'health budget balance',
    description: 'Health partner underspend (+) or overspend (-).',
    units: 'GBP per year',
  },
  {
    name: 'social care budget balance',
    description: 'Social care partner underspend (+) or overspend (-).',
    units: 'GBP per year',
  },
  { name: 'hump fund used', description: 'Transition money spent on double running.', units: 'GBP per year' },
  { name: 'cumulative total spend', description: 'Spending since the base year.', units: 'GBP' },
  {
    name: 'care workers',
    description: 'Care worker posts filled in home care and care homes.',
    units: 'posts',
  },
  {
    name: 'care vacancy rate',
    description: 'Share of care worker posts in home care and care homes vacant.',
    units: 'share',
  },
  {
    name: 'home care hours funded',
    description: 'Hours of home care a week the budget has commissioned.',
    units: 'hours per week',
  },
  {
    name: 'home care hours delivered',
    description:
      'Hours of home care a week clients receive: never more than the workforce and the providers can deliver.',
    units: 'hours per week',
  },
  {
    name: 'home care packages handed back',
    description:
      'Packages providers hand back a year (leaving council work, or unable to staff them); the clients wait again.',
    units: 'people per year',
  },
  {
    name: 'fee cover',
    description: 'Share of the providers’ cost of an hour of home care that the council’s fee pays.',
    units: 'share',
  },
  {
    name: 'publicly funded care home residents',
    description: 'Care home residents whose place the council pays for; the rest pay for themselves.',
    units: 'people',
  },
  {
    name: 'health deficit carried forward',
    description:
      'The health partner’s overspends not yet recovered: the NHS breakeven duty carries a deficit forward to be recovered from later budgets.',
    units: 'GBP',
  },
  {
    name: 'health deficit recovery',
    description:
      'Money a year taken from what the health budget buys (beds, intermediate care) to recover its deficit.',
    units: 'GBP per year',
  },
  {
    name: 'general price index',
    description:
      'Prices in general relative to the base year (1 in the base year): money outputs are in base-year prices; multiply by this for cash figures.',
    units: 'index',
  },
]
