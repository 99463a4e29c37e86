// Demographic defaults for the default area: a 500,000-person English place with England's age
// structure, fertility, mortality and migration. Other areas replace the scalar values.
import type { ArrayParameterDefinition, ParameterDefinition } from '../builder'
import { cite } from '../sources'

export const POPULATION_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'population under 65 at start',
    value: 406_500,
    units: 'people',
    doc: 'Residents aged 0-64 in the base year.',
    sources: cite('onsMidYear2023'),
    derivation: 'England mid-2023 shares by age band (81.3% aged 0-64) applied to 500,000 people.',
  },
  {
    name: 'population 65 to 74 at start',
    value: 49_000,
    units: 'people',
    doc: 'Residents aged 65-74 in the base year.',
    sources: cite('onsMidYear2023', 'onsCensus2021'),
    derivation: 'England mid-2023 share aged 65-74 (9.8%) applied to 500,000 people.',
  },
  {
    name: 'population 75 to 84 at start',
    value: 32_000,
    units: 'people',
    doc: 'Residents aged 75-84 in the base year.',
    sources: cite('onsMidYear2023'),
    derivation: 'England mid-2023 share aged 75-84 (6.4%) applied to 500,000 people.',
  },
  {
    name: 'population 85 plus at start',
    value: 12_500,
    units: 'people',
    doc: 'Residents aged 85 and over in the base year.',
    sources: cite('onsMidYear2023'),
    derivation: 'England mid-2023 share aged 85+ (2.5%) applied to 500,000 people.',
  },
  {
    name: 'birth rate',
    value: 0.0098,
    units: 'births per person per year',
    doc: 'Live births a year per resident (crude birth rate).',
    sources: cite('onsBirths2023'),
    range: [0.006, 0.014],
  },
  {
    name: 'net migration rate under 65',
    value: 0.004,
    units: 'per year',
    doc: 'Net migration into the area a year, as a share of residents under 65 (international and internal).',
    sources: cite('onsProjections2022'),
    range: [-0.01, 0.015],
    derivation:
      'ONS 2022-based principal projection assumes long-term UK net migration of about 340,000 a year (0.5% of the population), almost all under 65; we take 0.4% of under-65s for a typical area.',
  },
  {
    name: 'net migration rate 65 plus',
    value: 0,
    units: 'per year',
    doc: 'Net migration a year as a share of residents aged 65+ (retirement moves in, moves to family out).',
    sources: cite('onsProjections2022'),
    range: [-0.01, 0.01],
  },
  {
    name: 'mortality under 65',
    value: 0.0022,
    units: 'deaths per person per year',
    doc: 'Deaths a year per resident aged 0-64.',
    sources: cite('onsDeaths2023'),
    range: [0.0015, 0.003],
  },
  {
    name: 'mortality 65 to 74',
    value: 0.016,
    units: 'deaths per person per year',
    doc: 'Deaths a year per resident aged 65-74.',
    sources: cite('onsDeaths2023'),
    range: [0.011, 0.022],
  },
  {
    name: 'mortality 75 to 84',
    value: 0.044,
    units: 'deaths per person per year',
    doc: 'Deaths a year per resident aged 75-84.',
    sources: cite('onsDeaths2023'),
    range: [0.033, 0.055],
  },
  {
    name: 'mortality 85 plus',
    value: 0.155,
    units: 'deaths per person per year',
    doc: 'Deaths a year per resident aged 85+.',
    sources: cite('onsDeaths2023'),
    range: [0.12, 0.19],
  },
  {
    name: 'mortality improvement',
    value: 0.012,
    units: 'per year',
    doc: 'Yearly fall in age-specific death rates.',
    sources: cite('onsProjections2022'),
    range: [0, 0.02],
  },
  {
    name: 'demographic change switch',
    value: 1,
    units: 'dimensionless',
    doc: 'Set to 0 to freeze births, deaths, ageing, migration and onset of conditions (an equilibrium check).',
    // No range: an on/off setting for checking the model, not an uncertain quantity to vary.
    sources: cite('assumption'),
  },
]

export const POPULATION_ARRAY_PARAMETERS: ArrayParameterDefinition[] = [
  {
    name: 'ageing fraction',
    dimensions: ['band'],
    values: { under65: 0.0148, age65to74: 0.093, age75to84: 0.08, age85plus: 0 },
    units: 'per year',
    doc: 'Share of a band reaching the next band each year.',
    sources: cite('onsMidYear2023'),
    derivation:
      '0-64: people aged 64 are about 1.48% of under-65s in England mid-2023. Older bands: a stationary population with death rate m in a band of w years sends m/(exp(m*w)-1) of the band onward a year: 0.016 over 10 years gives 0.093; 0.044 gives 0.080.',
  },
]
