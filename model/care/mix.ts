// Hospital flows are modelled for all ages together; their length of stay, death share and
// discharge routes are the averages over age bands weighted by who is being admitted. This writes
// those weighted sums as equation text.
import { BANDS } from './dimensions'

/** `mix[under65] * x[under65] + ...` for a per-band variable `x`, weighted by the admission mix. */
export function admissionWeighted(variable: string, mix = 'admission_mix'): string {
  return BANDS.map((band) => `${mix}[${band}] * ${variable}[${band}]`).join(' + ')
}
