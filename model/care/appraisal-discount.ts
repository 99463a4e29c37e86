// Discounting as HM Treasury's Green Book does it: costs and savings in real terms (the model's
// money is in base-year prices), each year's amount multiplied by 1 / (1 + r)^t, where t counts
// years from the first (year 0 is not discounted), at the standard rate of 3.5% a year for years
// 0 to 30. The model's horizon is 20 years, so the lower rates from year 31 never apply.
import type { Source } from '../ir'

export const GREEN_BOOK_DISCOUNT_RATE = 0.035

export const GREEN_BOOK_SOURCES: Source[] = [
  {
    title: 'HM Treasury. The Green Book: central government guidance on appraisal and evaluation',
    year: 2026,
    table:
      'Discounting: standard discount rate (social time preference rate) 3.5% a year in real terms for years 0-30 from the current year; 3.0% for years 31-75',
    url: 'https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-government',
    note: 'The rate table as reproduced by the Department for Transport, "Forthcoming change: Green Book updates" (TAG, April 2026). The 1.5% health rate is for health effects, not for costs.',
  },
]

/** The highest rate the appraisal accepts: anything above is a typing slip (35 for 0.35?). */
export const MAX_DISCOUNT_RATE = 0.25

export function checkDiscountRate(rate: number, field = 'discount rate'): number {
  if (!Number.isFinite(rate) || rate < 0 || rate > MAX_DISCOUNT_RATE) {
    throw new RangeError(
      `${field}: expected a rate a year from 0 to ${MAX_DISCOUNT_RATE} (0.035 is 3.5%), got ${rate}`,
    )
  }
  return rate
}

/** What £1 in year `index` (0 = the first year) is worth in year 0. */
export function discountFactor(index: number, rate: number): number {
  return 1 / (1 + rate) ** index
}
