import { describe, expect, it } from 'vitest'
import { appraise, presentSavingWithin, type SpendRun } from './appraisal'
import { APPRAISAL_OUTPUT_NAMES } from './appraisal-outputs'
import { cumulativeTotal } from './rate-totals'

/** A run over calendar years `start`..`start + years`, saved monthly, each output a function of time. */
function run(start: number, years: number, outputs: Record<string, (t: number) => number>): SpendRun {
  const times = Array.from({ length: years * 12 + 1 }, (_, i) => start + i / 12)
  const series = new Map<string, number[]>()
  for (const name of APPRAISAL_OUTPUT_NAMES) {
    const f = outputs[name] ?? (() => 0)
    series.set(
      name,
      times.map((t) => f(t)),
    )
  }
  return {
    times,
    series: (name) => {
      const values = series.get(name)
      if (!values) throw new Error(`no output ${name}`)
      return values
    },
  }
}

/** Spend a year by partner; total is their sum and the pool takes `pooled` of it. */
function spending(health: (t: number) => number, social: (t: number) => number, pooled = 0.1) {
  return {
    'health spend': health,
    'social care spend': social,
    'total spend': (t: number) => health(t) + social(t),
    'pooled fund spend': (t: number) => pooled * (health(t) + social(t)),
  }
}

const flat = (value: number) => () => value

describe('appraise', () => {
  const baseline = run(2024, 10, spending(flat(100), flat(50)))

  it('discounts each calendar year by 1/(1+r)^t from year 0, by partner and in total', () => {
    // The NHS saves 10 a year, the council spends 4 a year more: 6 a year in all.
    const scenario = run(2024, 10, spending(flat(90), flat(54)))
    const result = appraise(scenario, baseline, { discountRate: 0.035, yearBasis: 'calendar' })
    const annuity = Array.from({ length: 10 }, (_, t) => 1 / 1.035 ** t).reduce((a, b) => a + b)
    expect(result.years).toHaveLength(10)
    expect(result.years[0].discountFactor).toBe(1)
    expect(result.years[3].discountFactor).toBeCloseTo(1 / 1.035 ** 3, 14)
    expect(result.npvByPartner.nhs).toBeCloseTo(10 * annuity, 9)
    expect(result.npvByPartner.council).toBeCloseTo(-4 * annuity, 9)
    expect(result.npvTotal).toBeCloseTo(6 * annuity, 9)
    // The pool's 10% of total spend: 15 a year in the baseline, 14.4 in the scenario.
    expect(result.npvByPartner.pooled_fund).toBeCloseTo(0.6 * annuity, 9)
    expect(result.undiscountedTotal).toBeCloseTo(60, 9)
    expect(result.breakEvenYear).toBe('2024')
  })

  it('with a discount rate of 0 gives the difference in cumulative spend over the run', () => {
    const scenario = run(
      2024,
      10,
      spending(
        (t) => 100 + 30 * Math.sin(t) - 2 * (t - 2024),
        (t) => 50 + (t > 2027 ? 5 : 0),
      ),
    )
    for (const yearBasis of ['financial', 'calendar'] as const) {
      const result = appraise(scenario, baseline, { discountRate: 0, yearBasis })
      const difference =
        cumulativeTotal(baseline.times, baseline.series('total spend')) -
        cumulativeTotal(scenario.times, scenario.series('total spend'))
      expect(result.npvTotal).toBeCloseTo(difference, 9)
      expect(result.undiscountedTotal).toBeCloseTo(difference, 9)
      expect(result.npvByPartner.nhs + result.npvByPartner.council).toBeCloseTo(difference, 9)
    }
  })

  it('finds the year the cumulative saving turns positive for good, later when discounted', () => {
    // Extra spend of 20 a year for 3 years, then savings of 13 a year: undiscounted the 60 is
    // paid back within the 5th year after (60/13 = 4.6), discounted a year later. Saved monthly,
    // the step is a straight line across December 2026, so 2026 costs 16.5/24 less than 20.
    const health = (t: number) => (t < 2027 ? 120 : 87)
    const scenario = run(2024, 10, spending(health, flat(50)))
    const result = appraise(scenario, baseline, { discountRate: 0.035, yearBasis: 'calendar' })
    const cumulative = result.years.map((y) => y.cumulativeSaving)
    const expected = [-20, -40, -58.625, -45.625, -32.625, -19.625, -6.625, 6.375, 19.375, 32.375]
    for (const [i, value] of expected.entries()) expect(cumulative[i]).toBeCloseTo(value, 9)
    expect(result.years[7].cumulativePresentSaving).toBeCloseTo(-1.917, 3)
    expect(result.years[8].cumulativePresentSaving).toBeCloseTo(7.955, 3)
    expect(result.breakEvenYear).toBe('2031')
    expect(result.discountedBreakEvenYear).toBe('2032')
  })

  it('says null when the scenario has not broken even by the end of the run', () => {
    const scenario = run(2024, 10, spending(flat(101), flat(50)))
    const result = appraise(scenario, baseline, { yearBasis: 'calendar' })
    expect(result.breakEvenYear).toBeNull()
    expect(result.discountedBreakEvenYear).toBeNull()
    expect(result.npvTotal).toBeLessThan(0)
  })

  it('counts the transition and the money shifted beyond the baseline, and the return on each pound', () => {
    const scenario = run(2024, 10, {
      ...spending(flat(98), flat(50)),
      // Two years of double running, ending on a straight line across January 2026.
      'double running cost': (t) => (t <= 2026 ? 8 : 0),
      'hump fund used': (t) => (t <= 2026 ? 5 : 0),
      'community investment': flat(10),
      'prevention spending': flat(2),
    })
    const withPrevention = run(2024, 10, { ...spending(flat(100), flat(50)), 'prevention spending': flat(1) })
    const result = appraise(scenario, withPrevention, { discountRate: 0, yearBasis: 'calendar' })
    expect(result.doubleRunning.undiscounted).toBeCloseTo(16 + 8 / 24, 9)
    expect(result.humpFundUsed.undiscounted).toBeCloseTo(10 + 5 / 24, 9)
    // 10 a year of shift plus 1 a year more prevention than the baseline's.
    expect(result.moneyShifted.undiscounted).toBeCloseTo(110, 9)
    expect(result.returnPerPoundShifted).toBeCloseTo(20 / 110, 9)
    expect(appraise(baseline, baseline).returnPerPoundShifted).toBeNull()
  })

  it('sets a 2024-2034 run out in financial years, the first from January 2024', () => {
    const scenario = run(2024, 10, spending(flat(90), flat(50)))
    const result = appraise(scenario, baseline, { discountRate: 0 })
    expect(result.yearBasis).toBe('financial')
    expect(result.years[0]).toMatchObject({ label: '2024/25', note: 'January 2024 to March 2025' })
    expect(result.years[0].totalSaving).toBeCloseTo(12.5, 9)
    expect(result.years[1].totalSaving).toBeCloseTo(10, 9)
    expect(result.years[result.years.length - 1]).toMatchObject({ label: '2033/34' })
  })

  it('refuses a discount rate that is not a rate', () => {
    expect(() => appraise(baseline, baseline, { discountRate: 3.5 })).toThrow(/0\.035 is 3\.5%/)
    expect(() => appraise(baseline, baseline, { discountRate: -0.01 })).toThrow(/discount rate/)
  })
})

describe('presentSavingWithin', () => {
  it('is the cumulative present saving at the end of the year asked for', () => {
    const baseline = run(2024, 10, spending(flat(100), flat(50)))
    const scenario = run(
      2024,
      10,
      spending((t) => (t < 2027 ? 120 : 87), flat(50)),
    )
    const full = appraise(scenario, baseline, { yearBasis: 'calendar' })
    for (const years of [1, 5, 10]) {
      expect(
        presentSavingWithin(
          scenario.times,
          scenario.series('total spend'),
          baseline.series('total spend'),
          years,
          { yearBasis: 'calendar' },
        ),
      ).toBeCloseTo(full.years[years - 1].cumulativePresentSaving, 9)
    }
  })
})
