// The constants an area sets: its people, its hospital and care activity in the base year, its
// beds, prices and pay in the base year, how its prices and pay are expected to grow against
// inflation, and its pooling. Everything else (rates by age and health
// state, behaviour) is shared. The levers that start from a base-year figure (`acute beds` from
// `acute beds at start`) take the area's figure as their baseline (lever-defaults.ts).
export const AREA_PARAMETER_NAMES = [
  'population under 65 at start',
  'population 65 to 74 at start',
  'population 75 to 84 at start',
  'population 85 plus at start',
  'birth rate',
  'net migration rate under 65',
  'net migration rate 65 plus',
  'mortality under 65',
  'mortality 65 to 74',
  'mortality 75 to 84',
  'mortality 85 plus',
  'emergency admissions at start',
  'emergency occupied beds at start',
  'delayed discharge beds at start',
  'elective occupied beds at start',
  'readmission probability at start',
  'acute beds at start',
  'beds per acute hospital',
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
