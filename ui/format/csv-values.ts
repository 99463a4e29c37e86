// Numbers for a CSV file: rounded to what the model can mean (no float noise such as
// 44026528.00000001) but no coarser than a spreadsheet user would want, and shares in percent.
// The raw export keeps every digit instead; these rules are for the file people read.
import type { Quantity } from './quantity'

/**
 * Decimal places for a column whose largest magnitude is `maxAbs`: five significant figures at
 * that size, whole units of money, and at most six places.
 */
export function csvDecimals(maxAbs: number, quantity: Quantity): number {
  if (quantity.kind === 'money') return maxAbs >= 100 ? 0 : 2
  const shown = quantity.kind === 'share' || quantity.kind === 'points' ? maxAbs * 100 : maxAbs
  if (!(shown > 0) || !Number.isFinite(shown)) return 2
  return Math.min(6, Math.max(0, 4 - Math.floor(Math.log10(shown))))
}

/** The value as a CSV writes it (shares in percent), rounded to `decimals` places. */
export function csvNumber(value: number, quantity: Quantity, decimals: number): number {
  if (!Number.isFinite(value)) return Number.NaN
  const shown = quantity.kind === 'share' || quantity.kind === 'points' ? value * 100 : value
  const factor = 10 ** decimals
  const rounded = Math.round(shown * factor) / factor
  // Rounding can leave -0, which a spreadsheet shows as "-0".
  return Object.is(rounded, -0) ? 0 : rounded
}
