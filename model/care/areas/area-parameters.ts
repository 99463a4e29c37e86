// The constants an area sets: its people (by five-year band from 65, with its own birth, death
// and migration rates and, beside these, its cohort table: areas/*.ts), its discharge pathways, its
// hospital and care activity in the base year, its
// beds, prices and pay in the base year, how its prices and pay are expected to grow against
// inflation, and its pooling. Everything else (rates by age and health
// state, behaviour) is shared. The levers that start from a base-year figure (`acute beds` from
// `acute beds at start`) take the area's figure as their baseline (lever-defaults.ts).
export const AREA_PARAMETER_NAMES = [
  'population under 65 at start',
  'population 65 to 69 at start',
  'population 70 to 74 at start',
  'population 75 to 79 at start',
  'population 80 to 84 at start',
  'population 85 to 89 at start',
  'population 90 plus at start',
  'share of under 65s aged 64 at start',
  'birth rate',
  'net migration rate under 65 at start',
  'net migration rate under 65',
  'net migration rate 65 plus',
  'mortality relative to England',
  'emergency admissions at start',
  'emergency occupied beds at start',
  'delayed discharge beds at start',
  'elective occupied beds at start',
  'readmission probability at start',
  'acute beds at start',
  'beds per acute hospital',
  'pathway 1 share',
  'pathway 2 share',
  'pathway 3 share',
  'home care clients at start',
  'home care hours per client',
  'people waiting for home care at start',
  'care home residents at start',
  'people waiting for a care home at start',
  'publicly funded share of care home residents',
  'bed day cost at start',
  'intermediate care weekly cost at start',
  'home care hourly cost at start',
  'care home weekly cost at start',
  'care worker hourly pay at start',
  'alternative hourly wage at start',
  'pooled budget share',
  'general inflation',
  'care pay growth above inflation',
  'NHS cost growth above inflation',
] as const

export type AreaParameterName = (typeof AREA_PARAMETER_NAMES)[number]
