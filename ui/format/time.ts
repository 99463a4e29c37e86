// Time as people say it. The model counts in years from the area's base year, saved every month:
// a saved time reads as the month it starts ("Feb 2024", ISO "2024-02"), never as 2024.0833.
// Short durations read in days, longer ones in months or whole years and months.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A calendar time in years (2024.0833) as its year and month index (2024, 1), to the nearest month. */
export function yearAndMonth(calendarYear: number): { year: number; month: number } {
  const months = Math.round(calendarYear * 12)
  return { year: Math.floor(months / 12), month: ((months % 12) + 12) % 12 }
}

/** "Feb 2024"; a whole year reads as the year alone ("2024") when `yearAlone` is set. */
export function monthLabel(calendarYear: number, yearAlone = false): string {
  const { year, month } = yearAndMonth(calendarYear)
  if (yearAlone && month === 0) return String(year)
  return `${MONTHS[month]} ${year}`
}

/** ISO 8601 year and month, "2024-02": spreadsheets read it as a date. */
export function isoMonth(calendarYear: number): string {
  const { year, month } = yearAndMonth(calendarYear)
  return `${year}-${String(month + 1).padStart(2, '0')}`
}

/** True when a calendar time falls on the start of a year (to within a day). */
export function isWholeYear(calendarYear: number): boolean {
  return Math.abs(calendarYear - Math.round(calendarYear)) < 1 / 365
}

/**
 * The UK financial year (April to March) a calendar time falls in: 2025.5 (July 2025) is
 * "2025/26". NHS and council budgets, and appraisals of them, are set by financial year.
 */
export function financialYear(calendarYear: number): string {
  const { year, month } = yearAndMonth(calendarYear)
  const start = month >= 3 ? year : year - 1
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`
}

function trimmed(value: number, decimals: number): string {
  return value.toFixed(decimals).replace(/\.0+$/, '')
}

function plural(count: string, word: string): string {
  return `${count} ${word}${count === '1' ? '' : 's'}`
}

/**
 * A duration given in years, as a person would say it: under two months in days ("3.5 days"),
 * under a year in months ("6 months"), otherwise years and months ("1 year 6 months").
 */
export function durationText(years: number): string {
  if (!Number.isFinite(years)) return '–'
  const sign = years < 0 ? '-' : ''
  const size = Math.abs(years)
  const days = size * 365
  if (days < 60) return sign + plural(trimmed(days, days < 10 ? 1 : 0), 'day')
  const months = Math.round(size * 12)
  if (months < 12) return sign + plural(String(months), 'month')
  const whole = Math.floor(months / 12)
  const rest = months % 12
  const yearsText = plural(String(whole), 'year')
  return sign + (rest ? `${yearsText} ${plural(String(rest), 'month')}` : yearsText)
}
