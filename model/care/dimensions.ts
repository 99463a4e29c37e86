// The care model's arrays: age bands (the ageing chain) and health states (the chronic disease
// chain within each band). Element names are identifiers so equations can name them directly.
import type { Dimension } from '../ir'

// Five-year bands from 65 to 90+, fine enough for the cohort waves among older people (the
// 1946-1964 baby boom crossing 75 and 85 in the 2020s and 2030s) that ten-year bands smear out.
export const BANDS = [
  'under65',
  'age65to69',
  'age70to74',
  'age75to79',
  'age80to84',
  'age85to89',
  'age90plus',
] as const
export type Band = (typeof BANDS)[number]

/** No long-term condition, one long-term condition, two or more (multimorbidity). */
export const STATES = ['no_ltc', 'one_ltc', 'multimorbid'] as const
export type HealthState = (typeof STATES)[number]

/** How the app and reports show each age band (with an en dash, as printed age ranges are). */
export const BAND_LABELS: Record<Band, string> = {
  under65: '0–64',
  age65to69: '65–69',
  age70to74: '70–74',
  age75to79: '75–79',
  age80to84: '80–84',
  age85to89: '85–89',
  age90plus: '90+',
}

/** Each band's ages as the area's base-year population parameters name them (`65 to 69`). */
export const BAND_AGES: Record<Band, string> = {
  under65: 'under 65',
  age65to69: '65 to 69',
  age70to74: '70 to 74',
  age75to79: '75 to 79',
  age80to84: '80 to 84',
  age85to89: '85 to 89',
  age90plus: '90 plus',
}

/** The area parameter holding a band's base-year residents: `population 65 to 69 at start`. */
export const populationAtStartName = (band: Band) => `population ${BAND_AGES[band]} at start`

export const POPULATION_AT_START_NAMES: readonly string[] = BANDS.map(populationAtStartName)

export const STATE_LABELS: Record<HealthState, string> = {
  no_ltc: 'no long-term condition',
  one_ltc: 'one long-term condition',
  multimorbid: 'two or more long-term conditions',
}

export const OLDER_BANDS: readonly Band[] = BANDS.slice(1)

/** The discharge pathways with a service to wait for (pathway 0 is home with none). */
export const PATHWAYS = ['pathway_1', 'pathway_2', 'pathway_3'] as const

export const CARE_DIMENSIONS: Dimension[] = [
  { name: 'band', elements: [...BANDS] },
  { name: 'state', elements: [...STATES] },
  { name: 'pathway', elements: [...PATHWAYS] },
]

/** `{ 'under65,no_ltc': f('under65', 'no_ltc'), ... }` for per-element equations and values. */
export function byBandAndState<T>(f: (band: Band, state: HealthState) => T): Record<string, T> {
  const out: Record<string, T> = {}
  for (const band of BANDS) for (const state of STATES) out[`${band},${state}`] = f(band, state)
  return out
}

export function byBand<T>(f: (band: Band) => T): Record<string, T> {
  const out: Record<string, T> = {}
  for (const band of BANDS) out[band] = f(band)
  return out
}

export function byState<T>(f: (state: HealthState) => T): Record<string, T> {
  const out: Record<string, T> = {}
  for (const state of STATES) out[state] = f(state)
  return out
}
