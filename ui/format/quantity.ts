// What a number measures, read from the model's units string: a count of something (beds,
// people, admissions a year), a share (shown in percent), money in the area's currency, a duration,
// a calendar year, or a plain number. Every formatter in ui/format takes a Quantity, so the same
// units read the same way on an axis, in a table, a tooltip, a lever, a CSV and a slide.

export type QuantityKind =
  | 'count'
  | 'share'
  /** A difference between two shares, in percentage points: 90% to 92% is +2 points, not +2%. */
  | 'points'
  | 'money'
  | 'duration'
  | 'calendar-year'
  | 'number'

export interface Quantity {
  kind: QuantityKind
  /** ISO 4217 code of money's currency (GBP, EUR); the area's currency for every other kind too. */
  currency: string
  /**
   * The words after a number: `beds`, `admissions a year`; for money what it is per (`a year`,
   * `per bed-day`); for a share `a year` when it is a yearly rate; empty when none.
   */
  noun: string
}

export const DEFAULT_CURRENCY = 'GBP'

const CURRENCY_CODE = /^([A-Z]{3})\b\s*(.*)$/

/** "per year" reads "a year"; "per person per year" reads "per person a year". */
function perWords(text: string): string {
  return text.replace(/\bper year$/, 'a year').trim()
}

/**
 * The quantity behind a units string. Money in the model's units (`GBP per year`) is shown in the
 * area's `currency`: an area's money figures are in its own currency.
 */
export function quantityOf(units: string | undefined, currency = DEFAULT_CURRENCY): Quantity {
  const text = (units ?? '').trim()
  const lower = text.toLowerCase()
  if (lower === '' || lower === 'dimensionless' || lower === 'ratio')
    return { kind: 'number', currency, noun: '' }
  if (lower === 'share' || lower === 'fraction' || lower === 'percent')
    return { kind: 'share', currency, noun: '' }
  // A share of something a year: growth rates, birth and migration rates.
  if (lower === 'per year' || lower === '1/year') return { kind: 'share', currency, noun: 'a year' }
  if (lower === 'years' || lower === 'months' || lower === 'weeks' || lower === 'days')
    return { kind: 'duration', currency, noun: '' }
  if (lower === 'year' || lower === 'calendar year') return { kind: 'calendar-year', currency, noun: '' }
  const money = CURRENCY_CODE.exec(text)
  if (money) return { kind: 'money', currency, noun: perWords(money[2]) }
  return { kind: 'count', currency, noun: perWords(text) }
}

/** The quantity of a difference between two values of `quantity`: shares differ in points. */
export function differenceQuantity(quantity: Quantity): Quantity {
  return quantity.kind === 'share' ? { ...quantity, kind: 'points' } : quantity
}

/** The currency an area's money is in: its own `currency` field when it has one, else GBP. */
export function areaCurrency(area: { currency?: string } | undefined): string {
  return area?.currency ?? DEFAULT_CURRENCY
}

/** How many years one unit of a duration's units is, so durations can be read in days or months. */
export function yearsPerUnit(units: string | undefined): number {
  switch ((units ?? '').trim().toLowerCase()) {
    case 'months':
      return 1 / 12
    case 'weeks':
      return 7 / 365
    case 'days':
      return 1 / 365
    default:
      return 1
  }
}

const SYMBOLS: Record<string, string> = { GBP: '£', EUR: '€', USD: '$' }

/** The sign written before an amount: £, €, $, or the code and a space (`SEK 12m`). */
export function currencySymbol(currency: string): string {
  return SYMBOLS[currency] ?? `${currency} `
}

/** The units as a reader sees them after a number or in a column heading: `beds`, `£ a year`, `%`. */
export function unitsLabel(quantity: Quantity): string {
  switch (quantity.kind) {
    case 'share':
      return quantity.noun ? `% ${quantity.noun}` : '%'
    case 'points':
      return 'percentage points'
    case 'money':
      return [currencySymbol(quantity.currency).trim(), quantity.noun].filter(Boolean).join(' ')
    case 'duration':
      // Durations carry their own words: "3.5 days", "6 months".
      return ''
    case 'calendar-year':
      return 'year'
    default:
      return quantity.noun
  }
}
