// A scenario against its baseline, as a board's finance director reads an option appraisal: the
// money each partner saves (or spends extra) year by year, undiscounted and at present value, the
// net present value in all, what the transition costs, when the option breaks even, and the return
// on each pound shifted into community services and prevention. Pure arithmetic over two runs'
// saved series, so the app, the CLI and the ensemble's probability statements agree to the penny.
//
// Signs: a saving is baseline spend minus scenario spend, so a positive NPV means the scenario
// costs less. Money is in the model's base-year prices (real terms), as the Green Book asks.
import { checkDiscountRate, discountFactor, GREEN_BOOK_DISCOUNT_RATE } from './appraisal-discount'
import { APPRAISAL_OUTPUTS, PARTNERS, type PartnerKey } from './appraisal-outputs'
import { type AppraisalYear, appraisalYears, type YearBasis } from './appraisal-years'
import { totalBetween } from './rate-totals'

/** A run as the appraisal reads it: saved times and any output's series by name. */
export interface SpendRun {
  times: ArrayLike<number>
  series(name: string): ArrayLike<number>
}

export interface AppraisalOptions {
  /** A year, 0.035 for 3.5%; default the Green Book's 3.5%. */
  discountRate?: number
  /** Default financial years (April to March). */
  yearBasis?: YearBasis
}

export type PartnerAmounts = Record<PartnerKey, number>

/** An amount undiscounted and at present value. */
export interface Valued {
  undiscounted: number
  present: number
}

export interface AppraisalYearRow extends AppraisalYear {
  discountFactor: number
  /** Saving against the baseline in the year (negative: extra spend), by partner. */
  saving: PartnerAmounts
  /** Both partners together. */
  totalSaving: number
  presentSaving: number
  /** Total saving from year 0 to the end of this year, undiscounted and at present value. */
  cumulativeSaving: number
  cumulativePresentSaving: number
  /** Extra over the baseline's in the year, undiscounted. */
  doubleRunning: number
  humpFundUsed: number
  moneyShifted: number
}

export interface Appraisal {
  discountRate: number
  yearBasis: YearBasis
  years: AppraisalYearRow[]
  /** Net present value of the savings: positive when the scenario costs less than the baseline. */
  npvTotal: number
  npvByPartner: PartnerAmounts
  /** The same without discounting: the difference in cumulative spend at the end of the run. */
  undiscountedTotal: number
  undiscountedByPartner: PartnerAmounts
  /** Double running beyond the baseline's, and the part of it paid from the hump fund. */
  doubleRunning: Valued
  humpFundUsed: Valued
  /** Money shifted into community services (the shift) and prevention, beyond the baseline's. */
  moneyShifted: Valued
  /** NPV per pound shifted, at present value; null when no money was shifted. */
  returnPerPoundShifted: number | null
  /** Label of the year by whose end the cumulative saving is not negative and stays so; null if never within the run. */
  breakEvenYear: string | null
  discountedBreakEvenYear: string | null
}

function difference(
  scenario: SpendRun,
  baseline: SpendRun,
  output: string,
): { times: ArrayLike<number>; values: Float64Array } {
  const a = baseline.series(output)
  const b = scenario.series(output)
  if (a.length !== b.length || scenario.times.length !== baseline.times.length)
    throw new RangeError(`appraisal: the scenario and baseline runs have different saved times (${output})`)
  const values = new Float64Array(a.length)
  for (let i = 0; i < a.length; i++) values[i] = a[i] - b[i]
  return { times: baseline.times, values }
}

const perYear = (series: { times: ArrayLike<number>; values: Float64Array }, years: AppraisalYear[]) =>
  years.map((year) => totalBetween(series.times, series.values, year.from, year.to))

/** The first year from which `cumulative` is never below zero again, or null. */
function breakEven(years: AppraisalYear[], cumulative: number[], tolerance: number): string | null {
  let from: string | null = null
  for (let i = 0; i < years.length; i++) {
    if (cumulative[i] < -tolerance) from = null
    else from ??= years[i].label
  }
  return from
}

export function appraise(scenario: SpendRun, baseline: SpendRun, options: AppraisalOptions = {}): Appraisal {
  const rate = checkDiscountRate(options.discountRate ?? GREEN_BOOK_DISCOUNT_RATE)
  const basis = options.yearBasis ?? 'financial'
  const times = baseline.times
  const years = appraisalYears(times[0], times[times.length - 1], basis)
  const factors = years.map((year) => discountFactor(year.index, rate))
  const saving = (output: string) => perYear(difference(scenario, baseline, output), years)
  // Extra spend of the scenario is the negative of a saving.
  const extra = (output: string) => saving(output).map((amount) => -amount)

  const byPartner = Object.fromEntries(PARTNERS.map((p) => [p.key, saving(p.output)])) as Record<
    PartnerKey,
    number[]
  >
  const total = saving(APPRAISAL_OUTPUTS.totalSpend)
  const doubleRunning = extra(APPRAISAL_OUTPUTS.doubleRunning)
  const humpFundUsed = extra(APPRAISAL_OUTPUTS.humpFundUsed)
  const communityInvestment = extra(APPRAISAL_OUTPUTS.communityInvestment)
  const prevention = extra(APPRAISAL_OUTPUTS.prevention)
  const moneyShifted = communityInvestment.map((amount, i) => amount + prevention[i])

  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  const present = (values: number[]) => sum(values.map((value, i) => value * factors[i]))
  const valued = (values: number[]): Valued => ({ undiscounted: sum(values), present: present(values) })

  let cumulativeSaving = 0
  let cumulativePresentSaving = 0
  const rows: AppraisalYearRow[] = years.map((year, i) => {
    cumulativeSaving += total[i]
    cumulativePresentSaving += total[i] * factors[i]
    return {
      ...year,
      discountFactor: factors[i],
      saving: Object.fromEntries(PARTNERS.map((p) => [p.key, byPartner[p.key][i]])) as PartnerAmounts,
      totalSaving: total[i],
      presentSaving: total[i] * factors[i],
      cumulativeSaving,
      cumulativePresentSaving,
      doubleRunning: doubleRunning[i],
      humpFundUsed: humpFundUsed[i],
      moneyShifted: moneyShifted[i],
    }
  })

  // Differences below a billionth of the baseline's spend over the run are rounding, not policy.
  const baselineSpend = Math.abs(
    totalBetween(times, baseline.series(APPRAISAL_OUTPUTS.totalSpend), times[0], times[times.length - 1]),
  )
  const tolerance = 1e-9 * Math.max(1, baselineSpend)
  const npvTotal = present(total)
  const moved = valued(moneyShifted)
  return {
    discountRate: rate,
    yearBasis: basis,
    years: rows,
    npvTotal,
    npvByPartner: Object.fromEntries(
      PARTNERS.map((p) => [p.key, present(byPartner[p.key])]),
    ) as PartnerAmounts,
    undiscountedTotal: sum(total),
    undiscountedByPartner: Object.fromEntries(
      PARTNERS.map((p) => [p.key, sum(byPartner[p.key])]),
    ) as PartnerAmounts,
    doubleRunning: valued(doubleRunning),
    humpFundUsed: valued(humpFundUsed),
    moneyShifted: moved,
    returnPerPoundShifted: moved.present > tolerance ? npvTotal / moved.present : null,
    breakEvenYear: breakEven(
      years,
      rows.map((r) => r.cumulativeSaving),
      tolerance,
    ),
    discountedBreakEvenYear: breakEven(
      years,
      rows.map((r) => r.cumulativePresentSaving),
      tolerance,
    ),
  }
}

/**
 * The present value of the total saving over the first `years` appraisal years (all of them if
 * more), from two series of total spend a year: what "costs less than the baseline over 5 years,
 * discounted" asks of each run of an ensemble. The same arithmetic as `appraise`.
 */
export function presentSavingWithin(
  times: ArrayLike<number>,
  scenarioSpend: ArrayLike<number>,
  baselineSpend: ArrayLike<number>,
  years: number,
  options: AppraisalOptions = {},
): number {
  const rate = checkDiscountRate(options.discountRate ?? GREEN_BOOK_DISCOUNT_RATE)
  const all = appraisalYears(times[0], times[times.length - 1], options.yearBasis ?? 'financial')
  let total = 0
  for (const year of all.slice(0, years)) {
    const saving =
      totalBetween(times, baselineSpend, year.from, year.to) -
      totalBetween(times, scenarioSpend, year.from, year.to)
    total += saving * discountFactor(year.index, rate)
  }
  return total
}
