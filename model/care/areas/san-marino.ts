// San Marino: about 34,900 people served by one institute (the ISS) with a single budget for
// health and social care, so the pooled share is 1. One state hospital. Prices are euros
// converted to pounds at 0.85.
import type { Source } from '../../ir'
import { cite } from '../sources'
import type { Area } from '../types'
import type { AreaParameterName } from './area-parameters'
import { scaledLeverRanges } from './lever-ranges'

const values: Record<AreaParameterName, [number, Source[]]> = {
  'population under 65 at start': [27_530, cite('sanMarinoUpeceds', 'ciaSanMarino')],
  'population 65 to 74 at start': [3_700, cite('sanMarinoUpeceds')],
  'population 75 to 84 at start': [2_440, cite('sanMarinoUpeceds')],
  'population 85 plus at start': [1_220, cite('sanMarinoUpeceds')],
  'birth rate': [0.0075, cite('ciaSanMarino')],
  'net migration rate under 65': [0.003, cite('ciaSanMarino')],
  'net migration rate 65 plus': [0, cite('ciaSanMarino')],
  'mortality under 65': [0.0015, cite('ciaSanMarino')],
  'mortality 65 to 74': [0.011, cite('ciaSanMarino')],
  'mortality 75 to 84': [0.033, cite('ciaSanMarino')],
  'mortality 85 plus': [0.13, cite('ciaSanMarino')],
  'emergency admissions at start': [2_450, cite('assumption')],
  'emergency occupied beds at start': [55, cite('assumption')],
  'delayed discharge beds at start': [5, cite('assumption')],
  'elective occupied beds at start': [30, cite('assumption')],
  'readmission probability at start': [0.1, cite('assumption')],
  'acute beds at start': [110, cite('assumption')],
  'beds per acute hospital': [110, cite('assumption')],
  'home care clients at start': [300, cite('assumption')],
  'home care hours per client': [6, cite('assumption')],
  'people waiting for home care at start': [10, cite('assumption')],
  'care home residents at start': [250, cite('assumption')],
  'people waiting for a care home at start': [5, cite('assumption')],
  'publicly funded share of care home residents': [0.8, cite('assumption')],
  'bed day cost at start': [600, cite('issSanMarino', 'assumption')],
  'intermediate care weekly cost at start': [850, cite('naic2017')],
  'home care hourly cost at start': [21, cite('assumption')],
  'care home weekly cost at start': [560, cite('assumption')],
  'care worker hourly pay at start': [11, cite('assumption')],
  'alternative hourly wage at start': [10.5, cite('assumption')],
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
      'The Republic of San Marino: about 34,900 residents, one state hospital, and health and social care ' +
      'paid from one budget by the Istituto per la Sicurezza Sociale.',
    baseYear: 2024,
    parameters,
    sources: Object.fromEntries(Object.entries(values).map(([name, [, sources]]) => [name, sources])),
    leverRanges: scaledLeverRanges(parameters),
  }
}
