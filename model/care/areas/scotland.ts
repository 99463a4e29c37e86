// Scotland as one area: NRS population (mid-2023, by single year through ONS MYE2), PHS hospital
// activity, beds and delayed discharges, Scottish Government and PHS social care figures, Scottish
// prices. Where no Scottish figure was found (the discharge pathways' shares, a bed-day cost) the
// value is labelled an assumption. Health and social care partnerships delegate most of these
// services to integration joint boards, so much of the money is pooled.
// Derived: PHS quarter to December 2023 had 118,895 emergency inpatient admissions (about 475,000
// a year) staying 8.5 days on average (about 10,950 beds a day), and 24,370 elective inpatients
// staying 3.7 days (about 1,000 beds); 13,792 staffed acute beds at 87% occupancy is 12,000
// occupied, which the two together match. Delayed beds are PHS's all-specialty count.
import type { GraphicalFunction, Source } from '../../ir'
import { COHORT_TABLE_NAME, ENGLAND_COHORT_TABLE } from '../population-ageing'
import { cite } from '../sources'
import type { Area } from '../types'
import type { AreaParameterName } from './area-parameters'
import { scaledLeverRanges } from './lever-ranges'

const values: Record<AreaParameterName, [number, Source[]]> = {
  'population under 65 at start': [4_373_739, cite('onsMye2023', 'nrsMidYear2023')],
  'population 65 to 69 at start': [325_320, cite('onsMye2023', 'nrsMidYear2023')],
  'population 70 to 74 at start': [278_328, cite('onsMye2023', 'nrsMidYear2023')],
  'population 75 to 79 at start': [233_824, cite('onsMye2023', 'nrsMidYear2023')],
  'population 80 to 84 at start': [146_059, cite('onsMye2023', 'nrsMidYear2023')],
  'population 85 to 89 at start': [87_283, cite('onsMye2023', 'nrsMidYear2023')],
  'population 90 plus at start': [45_547, cite('onsMye2023', 'nrsMidYear2023')],
  'share of under 65s aged 64 at start': [0.01657, cite('onsMye2023')],
  'birth rate': [0.0083, cite('nrsBirthsQuarter2023', 'nrsMidYear2023')],
  'net migration rate under 65 at start': [0.0141, cite('nrsMidYear2023')],
  'net migration rate under 65': [0.0085, cite('onsProjectionsScotland2022', 'nrsPopulation2023')],
  'net migration rate 65 plus': [0, cite('assumption')],
  'mortality relative to England': [1.14, cite('nrsPopulation2023', 'nrsBirthsQuarter2023', 'onsMye2023')],
  'emergency admissions at start': [475_000, cite('phsAlos')],
  'emergency occupied beds at start': [10_950, cite('phsAlos', 'phsBeds')],
  'delayed discharge beds at start': [1_968, cite('phsDelayedDischarges')],
  'elective occupied beds at start': [1_050, cite('phsAlos', 'phsBeds')],
  'readmission probability at start': [0.2, cite('scotlandReadmissions2019')],
  'acute beds at start': [13_792, cite('phsBeds')],
  'beds per acute hospital': [500, cite('phsBeds', 'assumption')],
  'pathway 1 share': [0.45, cite('dhscDischarge2022', 'assumption')],
  'pathway 2 share': [0.04, cite('dhscDischarge2022', 'assumption')],
  'pathway 3 share': [0.01, cite('dhscDischarge2022', 'assumption')],
  'home care clients at start': [48_820, cite('scotlandFpnc2024')],
  'home care hours per client': [10, cite('phsCareAtHome2024')],
  'people waiting for home care at start': [3_700, cite('phsCareAtHomeDemand2024')],
  'care home residents at start': [28_210, cite('scotlandFpnc2024')],
  'people waiting for a care home at start': [550, cite('assumption')],
  'publicly funded share of care home residents': [0.61, cite('scotlandFpnc2024')],
  'bed day cost at start': [650, cite('assumption')],
  'intermediate care weekly cost at start': [850, cite('assumption')],
  'home care hourly cost at start': [24.5, cite('homecareAssociation2024', 'assumption')],
  'care home weekly cost at start': [860, cite('scottishCare2023')],
  'care worker hourly pay at start': [12, cite('scotlandCarePay2024')],
  'alternative hourly wage at start': [11.44, cite('lowPayCommission2024')],
  'pooled budget share': [0.6, cite('auditScotland2014')],
  'general inflation': [0.02, cite('inflationTarget')],
  'care pay growth above inflation': [
    0.01,
    cite('scotlandCarePay2024', 'lowPayCommission2024', 'assumption'),
  ],
  'NHS cost growth above inflation': [0.005, cite('assumption')],
}

/** People turning 65 by year relative to the first: NRS mid-2023 single years (ONS MYE2). */
const SCOTLAND_COHORT_TABLE: GraphicalFunction = {
  ...ENGLAND_COHORT_TABLE,
  ys: [
    1.0, 1.0104, 1.0238, 1.0486, 1.0804, 1.0893, 1.0927, 1.0526, 1.0539, 1.0478, 1.0268, 0.9909, 0.9901,
    0.9413, 0.8904, 0.8476, 0.8266, 0.8164, 0.7707, 0.7811, 0.8497, 0.8644,
  ],
}

export function scotlandArea(): Area {
  const parameters = Object.fromEntries(Object.entries(values).map(([name, [value]]) => [name, value]))
  return {
    id: 'scotland',
    name: 'Scotland',
    description:
      'Scotland (5.5 million people, 20% aged 65+): NRS population, Public Health Scotland beds, admissions and ' +
      'delayed discharges, and integration authorities pooling most community health and social care money.',
    baseYear: 2024,
    parameters,
    sources: Object.fromEntries(Object.entries(values).map(([name, [, sources]]) => [name, sources])),
    leverRanges: scaledLeverRanges(parameters),
    tables: { [COHORT_TABLE_NAME]: SCOTLAND_COHORT_TABLE },
  }
}
