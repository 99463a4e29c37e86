// A number as JavaScript source: the only way model numbers reach generated code.

/** Negatives in parentheses, so `a - -1` cannot become `a --1`. */
export function numberLiteral(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Number.POSITIVE_INFINITY) return 'Infinity'
  if (value === Number.NEGATIVE_INFINITY) return '(-Infinity)'
  return value < 0 || Object.is(value, -0) ? `(${value})` : String(value)
}
