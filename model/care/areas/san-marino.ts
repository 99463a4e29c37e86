// San Marino: 33,896 residents (UPECEDS, September 2023) served by one institute (the ISS) with a
// single budget for health and social care, so the pooled share is 1. One state hospital. Money is
// in euros (the area's currency): its prices and every money output. San Marino's population by
// five-year band and its service figures were not found: the bands share England's mix within the
// 22.8% aged 65+, and the services are labelled assumptions.
import type { Source } from '../../ir'
import { cite } from '../sources'
import type { Area } from '../types'
import type { AreaParameterName } from './area-parameters'
import { scaledLeverRanges } from './lever-ranges'

const values: Record<AreaParameterName, [number, Source[]]> = {
  'population under 65 at start': [26_164, cite('upecedsBulletin2023', 'upecedsAge2024')],
  'population 65 to 69 at start': [2_067, cite('upecedsAge2024', 'onsMye2023', 'assumption')],
  'population 70 to 74 at start': [1_857, cite('upecedsAge2024', 'onsMye2023', 'assumption')],
  'population 75 to 79 at start': [1_712, cite('upecedsAge2024', 'onsMye2023', 'assumption')],
  'population 80 to 84 at start': [1_059, cite('upecedsAge2024', 'onsMye2023', 'assumption')],
  'population 85 to 89 at start': [664, cite('upecedsAge2024', 'onsMye2023', 'assumption')],
  'population 90 plus at start': [374, cite('upecedsAge2024', 'onsMye2023', 'assumption')],
  'share of under 65s aged 64 at start': [0.01375, cite('onsMye2023', 'assumption')],
  'birth rate': [0.0055, cite('upecedsBulletin2023')],
  'net migration rate under 65 at start': [0.0072, cite('upecedsBulletin2023')],
  'net migration rate under 65': [0.0072, cite('upecedsBulletin2023', 'assumption')],
  'net migration rate 65 plus': [0, cite('assumption')],
  'mortality relative to England': [0.68, cite('upecedsBulletin2023')],
  'emergency admissions at start': [2_450, cite('assumption')],
  'emergency occupied beds at start': [55, cite('assumption')],
  'delayed discharge beds at start': [8, cite('assumption')],
  'elective occupied beds at start': [30, cite('assumption')],
  'readmission probability at start': [0.1, cite('assumption')],
  'acute beds at start': [110, cite('assumption')],
  'beds per acute hospital': [110, cite('assumption')],
  'pathway 1 share': [0.45, cite('dhscDischarge2022', 'assumption')],
  'pathway 2 share': [0.04, cite('dhscDischarge2022', 'assumption')],
  'pathway 3 share': [0.01, cite('dhscDischarge2022', 'assumption')],
  'home care clients at start': [300, cite('assumption')],
  'home care hours per client': [6, cite('assumption')],
  'people waiting for home care at start': [10, cite('assumption')],
  'care home residents at start': [250, cite('assumption')],
  'people waiting for a care home at start': [5, cite('assumption')],
  'publicly funded share of care home residents': [0.8, cite('assumption')],
  'bed day cost at start': [700, cite('issSanMarino', 'assumption')],
  'intermediate care weekly cost at start': [1_000, cite('assumption')],
  'home care hourly cost at start': [25, cite('assumption')],
  'care home weekly cost at start': [660, cite('assumption')],
  'care worker hourly pay at start': [13, cite('assumption')],
  'alternative hourly wage at start': [12.35, cite('assumption')],
  'pooled budget share': [1, cite('issSanMarino')],
  'general inflation': [0.02, cite('ecbTarget')],
  'care pay growth above inflation': [0.005, cite('assumption')],
  'NHS cost growth above inflation': [0.005, cite('assumption')],
}

export function sanMarinoArea(): Area {
  const parameters = Object.fromEntries(Object.entries(values).map(([name, [value]]) => [name, value]))
  return {
    id: 'san-marino',
    name: 'San Marino (single budget)',
    description:
      'The Republic of San Marino: about 33,900 residents, one state hospital, and health and social care ' +
      'paid from one budget by the Istituto per la Sicurezza Sociale. Money in euros.',
    baseYear: 2024,
    parameters,
    sources: Object.fromEntries(Object.entries(values).map(([name, [, sources]]) => [name, sources])),
    leverRanges: scaledLeverRanges(parameters),
    currency: 'EUR',
  }
}
