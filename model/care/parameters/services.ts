// Intermediate care, home care and care home defaults: how long people stay, how full services
// run, what happens after intermediate care, and the default area's base-year caseloads.
import type { ParameterDefinition } from '../builder'
import { cite } from '../sources'

export const INTERMEDIATE_CARE_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'intermediate care length of stay',
    value: 30 / 365,
    units: 'years',
    doc: 'Average episode of intermediate care (bed-based, home-based and reablement together).',
    sources: cite('naic2017'),
    range: [20 / 365, 42 / 365],
    derivation:
      'Our reading of NAIC summaries (not checked against the report tables): bed-based episodes about 26 days, home-based and reablement about 30-35 days; about 30 days for the mix.',
  },
  {
    name: 'step up share of intermediate care',
    value: 0.3,
    units: 'dimensionless',
    doc: 'Share of intermediate care admissions that come from the community to avoid a hospital admission (step-up).',
    sources: cite('naic2017'),
    range: [0.1, 0.5],
  },
  {
    name: 'step up eligible share',
    value: 0.1,
    units: 'dimensionless',
    doc: 'Share of older people’s emergency admissions that step-up intermediate care could safely replace.',
    sources: cite('naic2017', 'purdy2012'),
    range: [0.05, 0.2],
  },
  {
    name: 'intermediate care utilisation at start',
    value: 0.9,
    units: 'dimensionless',
    doc: 'Share of intermediate care places in use in the base year.',
    sources: cite('naic2017'),
    range: [0.8, 0.97],
  },
  {
    name: 'intermediate care independent share',
    value: 0.7,
    units: 'dimensionless',
    doc: 'Share of intermediate care episodes ending at home with no ongoing care.',
    sources: cite('naic2017', 'glendinning2010'),
    derivation:
      'Our reading of NAIC outcome summaries across service models (not checked against the report tables): about 70% home with no ongoing care, 10% home with a long-term package, 7% care home, 10% hospital, 3% died.',
  },
  {
    name: 'intermediate care home care share',
    value: 0.1,
    units: 'dimensionless',
    doc: 'Share of intermediate care episodes ending with a long-term home care package.',
    sources: cite('naic2017'),
  },
  {
    name: 'intermediate care care home share',
    value: 0.07,
    units: 'dimensionless',
    doc: 'Share of intermediate care episodes ending in a care home.',
    sources: cite('naic2017'),
  },
  {
    name: 'intermediate care readmitted share',
    value: 0.1,
    units: 'dimensionless',
    doc: 'Share of intermediate care episodes ending with an emergency admission to hospital.',
    sources: cite('naic2017'),
  },
  {
    name: 'intermediate care died share',
    value: 0.03,
    units: 'dimensionless',
    doc: 'Share of intermediate care episodes ending in death.',
    sources: cite('naic2017'),
  },
]

export const SOCIAL_CARE_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'home care clients at start',
    value: 2_600,
    units: 'people',
    doc: 'People receiving publicly funded long-term home care in the base year.',
    sources: cite('ascfr2024'),
    derivation:
      'England 2023-24: about 300,000 people with long-term home care from councils, scaled to 500,000 residents.',
  },
  {
    name: 'home care hours per client',
    value: 14,
    units: 'hours per week',
    doc: 'Average hours of home care a week per client.',
    sources: cite('ascfr2024', 'homecareAssociation2024'),
    range: [8, 20],
  },
  {
    name: 'home care package duration',
    value: 1.3,
    units: 'years',
    doc: 'Average time a long-term home care package lasts (ends by death, recovery, a care home or hospital).',
    sources: cite('ascfr2024', 'assumption'),
    range: [0.8, 2.5],
  },
  {
    name: 'home care utilisation at start',
    value: 0.95,
    units: 'dimensionless',
    doc: 'Share of commissioned home care capacity in use in the base year; the rest is slack for new packages.',
    sources: cite('assumption'),
    range: [0.85, 0.99],
  },
  {
    name: 'people waiting for home care at start',
    value: 150,
    units: 'people',
    doc: 'People at home assessed as needing home care and waiting for it to start.',
    sources: cite('adass2024'),
    derivation:
      'ADASS spring 2024: about 17,000 people in England waiting for care or direct payments to begin, scaled to 500,000 residents.',
  },
  {
    name: 'care home residents at start',
    value: 2_800,
    units: 'people',
    doc: 'Older people living in care homes in the base year (publicly and self funded).',
    sources: cite('onsCensus2021'),
    derivation:
      'Census 2021: about 3% of people aged 65+ in England and Wales live in care homes; 3% of 93,500.',
  },
  {
    name: 'care home length of stay',
    value: 28 / 12,
    units: 'years',
    doc: 'Average time a resident lives in a care home.',
    sources: cite('strategyUnitCareHomes'),
    range: [1.5, 3],
  },
  {
    name: 'care home occupancy at start',
    value: 0.88,
    units: 'dimensionless',
    doc: 'Share of care home places occupied in the base year.',
    sources: cite('assumption'),
    range: [0.8, 0.95],
  },
  {
    name: 'people waiting for a care home at start',
    value: 50,
    units: 'people',
    doc: 'People at home assessed as needing a care home place and waiting for one.',
    sources: cite('adass2024', 'assumption'),
  },
  {
    name: 'publicly funded share of care home residents',
    value: 0.55,
    checked: true,
    units: 'dimensionless',
    doc: 'Share of older care home residents whose place the council (or NHS) pays for in the base year; the rest pay for themselves and are outside the council’s eligibility rules.',
    sources: cite('onsSelfFunders2023', 'ascfr2024'),
    range: [0.4, 0.9],
    derivation:
      'ONS 2022-23: 37.0% of all care home residents in England were self-funders, 48.9% in care homes providing care for older people; with younger adults (2% self-funders) taken out of the 37%, older residents are about 43% self-funders. Between the two, about 45%: 0.55 publicly funded.',
  },
]
