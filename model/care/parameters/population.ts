// Demographic defaults for the default area: a 500,000-person English place with England's age
// structure at mid-2023 (ONS MYE2, single years summed into the model's bands), fertility,
// mortality and the migration path of ONS's 2022-based principal projection. Other areas replace
// the scalar values (areas/); the shapes by age (death rates, ageing fractions) are England's.
import type { ArrayParameterDefinition, ParameterDefinition } from '../builder'
import { BANDS, type Band, populationAtStartName } from '../dimensions'
import { cite } from '../sources'

/** England mid-2023 residents by band per 500,000 (ONS MYE2, persons, summed by single year). */
const ENGLAND_PER_500K: Record<Band, number> = {
  under65: 406_543,
  age65to69: 24_986,
  age70to74: 22_447,
  age75to79: 20_689,
  age80to84: 12_797,
  age85to89: 8_020,
  age90plus: 4_518,
}

const ENGLAND_MID_2023: Record<Band, string> = {
  under65: '46,907,236',
  age65to69: '2,882,871',
  age70to74: '2,589,994',
  age75to79: '2,387,125',
  age80to84: '1,476,485',
  age85to89: '925,321',
  age90plus: '521,291',
}

const populationAtStart: ParameterDefinition[] = BANDS.map((band) => ({
  name: populationAtStartName(band),
  value: ENGLAND_PER_500K[band],
  units: 'people',
  doc: `Residents aged ${band === 'under65' ? '0-64' : band === 'age90plus' ? '90 and over' : band.slice(3).replace('to', '-')} in the base year.`,
  sources: cite('onsMye2023'),
  checked: true,
  derivation: `England mid-2023: ${ENGLAND_MID_2023[band]} of 57,690,323 residents (ONS MYE2, persons, single years summed), scaled to 500,000.`,
}))

export const POPULATION_PARAMETERS: ParameterDefinition[] = [
  ...populationAtStart,
  {
    name: 'birth rate',
    value: 0.0098,
    units: 'births per person per year',
    doc: 'Live births a year per resident (crude birth rate).',
    sources: cite('onsMidYear2023Bulletin', 'onsBirths2023'),
    range: [0.006, 0.014],
    checked: true,
    derivation:
      'England and Wales, year to mid-2023: 598,400 births for 60.9 million residents (ONS mid-2023 estimates), 9.8 per 1,000.',
  },
  {
    name: 'net migration rate under 65',
    value: 0.0064,
    units: 'per year',
    doc: 'Net migration into the area a year once it has settled at the projection’s long-term level, as a share of residents under 65 (international and internal).',
    sources: cite('onsProjections2022'),
    range: [-0.01, 0.015],
    checked: true,
    derivation:
      'ONS 2022-based principal projection: long-term UK net international migration of 340,000 a year from the year ending mid-2028, 0.61% of the 55.3 million UK residents under 65 at mid-2023 (ONS MYE2); England, which grows faster than the UK in the projection (7.8% against 7.3% over mid-2022 to mid-2032), takes a little more: 0.64%. Internal migration nets out for a typical area.',
  },
  {
    name: 'net migration rate under 65 at start',
    value: 0.019,
    units: 'per year',
    doc: 'Net migration into the area in the base year, as a share of residents under 65: it moves in a straight line to the long-term rate over the migration convergence time.',
    sources: cite('onsProjections2022', 'onsMidYear2023Bulletin', 'calibrated'),
    range: [-0.01, 0.03],
    derivation:
      'Set so that the default area grows as England does in the ONS 2022-based principal projection: 7.8% from mid-2022 to mid-2032, of which 1.0% came in the year to mid-2023 (ONS mid-2023 estimates), so 6.7% from the base year to 2033; with births and deaths about equal (as the projection has them) that takes net migration of 0.92% of under-65s a year on average, falling to the long-term rate by 2028: 1.9% in the base year. The projection has 4.9 million net migrants over mid-2022 to mid-2032, 340,000 a year from mid-2028, so far more in the early years (net international migration to England and Wales was 622,000 in the year to mid-2023). Calibrated to the ONS projection’s growth rather than read as a rate.',
  },
  {
    name: 'migration convergence time',
    value: 4,
    units: 'years',
    doc: 'Years over which net migration moves from its base-year rate to its long-term rate.',
    sources: cite('onsProjections2022'),
    range: [1, 10],
    checked: true,
    derivation:
      'ONS 2022-based principal projection: net international migration reaches its long-term 340,000 a year in the year ending mid-2028, four years after the base year (mid-2023 to mid-2027).',
  },
  {
    name: 'net migration rate 65 plus',
    value: 0,
    units: 'per year',
    doc: 'Net migration a year as a share of residents aged 65+ (retirement moves in, moves to family out).',
    sources: cite('onsProjections2022', 'assumption'),
    range: [-0.01, 0.01],
    derivation:
      'Net migration in the projection is almost all of working age; for a typical area older people’s moves in and out balance. Retirement areas would set a positive rate.',
  },
  {
    name: 'mortality relative to England',
    value: 1,
    units: 'dimensionless',
    doc: 'The area’s death rates relative to England’s at the same age (1 for the default area).',
    sources: cite('onsNationalLifeTables2022', 'byDefinition'),
    range: [0.7, 1.4],
    derivation:
      '1 for England by definition: the mortality rates by band are England’s. Each other area sets its own ratio from its own sources (Scotland 1.14).',
  },
  {
    name: 'mortality improvement',
    value: 0.011,
    units: 'per year',
    doc: 'Yearly fall in age-specific death rates.',
    sources: cite('onsMortalityAssumptions2024', 'onsProjections2022'),
    range: [0.005, 0.019],
    checked: true,
    derivation:
      'ONS mortality assumptions (2024-based methodology): "the principal long-term annual mortality improvement rate for the UK and its constituent countries was set at 1.1% for both females and males aged 0 to 90 years (the same as our 2022-based projections)"; the high and low life expectancy variants use 1.9% and 0.5%. The model applies the long-term rate from the start. Before 0.6.2 the model assumed 1.2%.',
  },
  {
    name: 'share of under 65s aged 64 at start',
    value: 0.01375,
    units: 'dimensionless',
    doc: 'Share of the area’s under-65s aged 64 in the base year: the people who turn 65 in the first year.',
    sources: cite('onsMye2023'),
    checked: true,
    range: [0.008, 0.025],
    derivation: 'England mid-2023: 644,790 people aged 64 of 46,907,236 aged 0-64 (ONS MYE2).',
  },
  {
    name: 'demographic change switch',
    value: 1,
    units: 'dimensionless',
    doc: 'Set to 0 to freeze births, deaths, ageing, migration and onset of conditions (an equilibrium check).',
    // No range: an on/off setting for checking the model, not an uncertain quantity to vary.
    sources: cite('modelSwitch'),
    derivation:
      'A switch (1 on, 0 off) for the equilibrium check, not a quantity of the care system: no range.',
  },
]

export const POPULATION_ARRAY_PARAMETERS: ArrayParameterDefinition[] = [
  {
    name: 'mortality by band',
    dimensions: ['band'],
    values: {
      under65: 0.00204,
      age65to69: 0.01307,
      age70to74: 0.02109,
      age75to79: 0.03469,
      age80to84: 0.0604,
      age85to89: 0.105,
      age90plus: 0.2036,
    },
    units: 'deaths per person per year',
    doc: 'Deaths a year per resident by age band in England in the base year (an area scales them by its mortality relative to England).',
    sources: cite('onsNationalLifeTables2022', 'onsMidYear2023Bulletin', 'onsMye2023', 'assumption'),
    derivation:
      'ONS National Life Tables 2020-2022 (UK, by sex; read from a third-party transcription at five-year ages, log-linear between them, 93 for the 90+) applied to England’s mid-2023 residents by single year and sex give 585,700 deaths a year in England and 621,300 in England and Wales; England and Wales had 598,000 deaths in the year to mid-2023 (ONS mid-2023 estimates), so every rate is scaled by 0.962 (the life tables include pandemic years). Not checked against ONS’s own tables (read through a third-party transcription). Range for sensitivity runs: each rate ±10%.',
  },
  {
    name: 'ageing fraction',
    dimensions: ['band'],
    values: {
      under65: 0,
      age65to69: 0.1888,
      age70to74: 0.2013,
      age75to79: 0.1695,
      age80to84: 0.1737,
      age85to89: 0.1455,
      age90plus: 0,
    },
    units: 'per year',
    doc: 'Share of a band reaching the next band each year (the under-65s reach 65 by the cohort table, people turning 65).',
    sources: cite('onsMye2023'),
    checked: true,
    derivation:
      'Share of each five-year band in its oldest single year of age, England mid-2023 (ONS MYE2): 69 of 65-69, 74 of 70-74, and so on. The under-65s’ flow follows the cohorts aged 44-64 in the base year instead (people turning 65 relative to the base year).',
  },
]
