// Scotland as one area: NRS population, PHS hospital activity, beds and delayed discharges, Scottish
// social care figures and prices. Health and social care partnerships delegate most of these
// services to integration joint boards, so much of the money is pooled.
// Derived: PHS quarter to December 2023 had 118,895 emergency inpatient admissions (about 475,000
// a year) staying 8.5 days on average (about 10,950 beds a day), and 24,370 elective inpatients
// staying 3.7 days (about 1,000 beds); 13,792 staffed acute beds at 87% occupancy is 12,000
// occupied, which the two together match. Delayed beds are PHS's all-specialty count.
import type { Source } from '../../ir'
import { cite } from '../sources'
import type { Area } from '../types'
import type { AreaParameterName } from './area-parameters'
import { scaledLeverRanges } from './lever-ranges'

const values: Record<AreaParameterName, [number, Source[]]> = {
  'population under 65 at start': [4_345_600, cite('nrsScotland2022')],
  'population 65 to 74 at start': [610_000, cite('nrsScotland2022')],
  'population 75 to 84 at start': [351_000, cite('nrsScotland2022')],
  'population 85 plus at start': [130_000, cite('nrsScotland2022')],
  'birth rate': [0.0084, cite('nrsScotland2022')],
  'net migration rate under 65': [0.005, cite('nrsScotland2022')],
  'net migration rate 65 plus': [0, cite('nrsScotland2022')],
  'mortality under 65': [0.0028, cite('nrsScotland2022')],
  'mortality 65 to 74': [0.02, cite('nrsScotland2022')],
  'mortality 75 to 84': [0.052, cite('nrsScotland2022')],
  'mortality 85 plus': [0.165, cite('nrsScotland2022')],
  'emergency admissions at start': [475_000, cite('phsAlos')],
  'emergency occupied beds at start': [10_950, cite('phsAlos', 'phsBeds')],
  'delayed discharge beds at start': [1_968, cite('phsDelayedDischarges')],
  'elective occupied beds at start': [1_050, cite('phsAlos', 'phsBeds')],
  'readmission probability at start': [0.105, cite('phsAlos')],
  'acute beds at start': [13_792, cite('phsBeds')],
  'beds per acute hospital': [500, cite('phsBeds')],
  'home care clients at start': [58_000, cite('assumption')],
  'home care hours per client': [10, cite('assumption')],
  'people waiting for home care at start': [1_600, cite('assumption')],
  'care home residents at start': [30_000, cite('assumption')],
  'people waiting for a care home at start': [550, cite('assumption')],
  'publicly funded share of care home residents': [0.65, cite('assumption')],
  'bed day cost at start': [650, cite('assumption')],
  'intermediate care weekly cost at start': [850, cite('naic2017')],
  'home care hourly cost at start': [24.5, cite('homecareAssociation2024')],
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

export function scotlandArea(): Area {
  const parameters = Object.fromEntries(Object.entries(values).map(([name, [value]]) => [name, value]))
  return {
    id: 'scotland',
    name: 'Scotland',
    description:
      'Scotland (5.4 million people, 20% aged 65+): NRS population, Public Health Scotland beds, admissions and ' +
      'delayed discharges, and integration authorities pooling most community health and social care money.',
    baseYear: 2024,
    parameters,
    sources: Object.fromEntries(Object.entries(values).map(([name, [, sources]]) => [name, sources])),
    leverRanges: scaledLeverRanges(parameters),
  }
}
