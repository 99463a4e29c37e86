// The years an appraisal is set out in. HM Treasury appraisals and NHS and council accounts run in
// financial years (1 April to 31 March); calendar years are the option. Model time is calendar
// years (2024.0 is 1 January 2024), so a financial year starts at year + 0.25.
//
// Every month of the run belongs to exactly one appraisal year, so the years' totals add up to the
// run's total. With financial years the run's first three months (January to March of the base
// year) are counted in the first financial year, which then covers 15 months, and the last one
// stops where the run does; both say so in their label's note.

export type YearBasis = 'financial' | 'calendar'

export const YEAR_BASES: readonly YearBasis[] = ['financial', 'calendar']

/** Where a financial year starts within its calendar year: 1 April. */
const FINANCIAL_YEAR_OFFSET = 0.25

export interface AppraisalYear {
  /** 0 for the first year, as the Green Book counts (year 0 is not discounted). */
  index: number
  /** `2030/31` for a financial year, `2030` for a calendar year. */
  label: string
  /** Model time (calendar years) the year starts and ends at, clipped to the run. */
  from: number
  to: number
  /** Set when the year is not a whole year of the run, e.g. `January 2024 to March 2025`. */
  note?: string
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** `March 2025` for the month that ends just before model time `time`, `January 2024` for one starting at it. */
function monthName(time: number, ending: boolean): string {
  const months = Math.round(time * 12) - (ending ? 1 : 0)
  return `${MONTHS[((months % 12) + 12) % 12]} ${Math.floor(months / 12)}`
}

export function yearLabel(startYear: number, basis: YearBasis): string {
  if (basis === 'calendar') return String(startYear)
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`
}

/** The appraisal years covering model time `start` to `stop`. */
export function appraisalYears(start: number, stop: number, basis: YearBasis): AppraisalYear[] {
  const offset = basis === 'financial' ? FINANCIAL_YEAR_OFFSET : 0
  const epsilon = 1e-9
  // The first year is the one that starts at or just after the run's start (the months before
  // it join it); the last ends at or after the run's stop.
  let first = Math.ceil(start - offset - epsilon)
  if (first + offset > stop - epsilon) first = Math.floor(start - offset + epsilon)
  const years: AppraisalYear[] = []
  for (let year = first, index = 0; year + offset < stop - epsilon; year++, index++) {
    const from = index === 0 ? start : year + offset
    const to = Math.min(stop, year + 1 + offset)
    const whole = Math.abs(from - (year + offset)) < epsilon && Math.abs(to - (year + 1 + offset)) < epsilon
    years.push({
      index,
      label: yearLabel(year, basis),
      from,
      to,
      note: whole ? undefined : `${monthName(from, false)} to ${monthName(to, true)}`,
    })
  }
  return years
}
