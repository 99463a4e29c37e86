// The care model's arrays: age bands (the ageing chain) and health states (the chronic disease
// chain within each band). Element names are identifiers so equations can name them directly.
import type { Dimension } from '../ir'

export const BANDS = ['under65', 'age65to74', 'age75to84', 'age85plus'] as const
export type Band = (typeof BANDS)[number]

/** No long-term condition, one long-term condition, two or more (multimorbidity). */
export const STATES = ['no_ltc', 'one_ltc', 'multimorbid'] as const
export type HealthState = (typeof STATES)[number]

/** How the app and reports show each age band (with an en dash, as printed age ranges are). */
export const BAND_LABELS: Record<Band, string> = {
  under65: '0–64',
  age65to74: '65–74',
  age75to84: '75–84',
  age85plus: '85+',
}

export const STATE_LABELS: Record<HealthState, string> = {
  no_ltc: 'no long-term condition',
  one_ltc: 'one long-term condition',
  multimorbid: 'two or more long-term conditions',
}

export const OLDER_BANDS: readonly Band[] = ['age65to74', 'age75to84', 'age85plus']

export const CARE_DIMENSIONS: Dimension[] = [
  { name: 'band', elements: [...BANDS] },
  { name: 'state', elements: [...STATES] },
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
