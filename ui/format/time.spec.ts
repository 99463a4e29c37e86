import { describe, expect, it } from 'vitest'
import { csvDecimals, csvNumber } from './csv-values'
import { quantityOf } from './quantity'
import { durationText, financialYear, isoMonth, monthLabel } from './time'

describe('time', () => {
  it('reads a saved time as the month it starts', () => {
    expect(monthLabel(2024 + 1 / 12)).toBe('Feb 2024')
    expect(monthLabel(2024.1666666666667)).toBe('Mar 2024')
    expect(monthLabel(2030, true)).toBe('2030')
    expect(isoMonth(2024.0833333333333)).toBe('2024-02')
    expect(isoMonth(2043 + 11 / 12)).toBe('2043-12')
  })

  it('names UK financial years April to March', () => {
    expect(financialYear(2025.5)).toBe('2025/26')
    expect(financialYear(2026 + 1 / 12)).toBe('2025/26')
    expect(financialYear(2099.5)).toBe('2099/00')
  })

  it('says durations in days, months or years and months', () => {
    expect(durationText(1 / 365)).toBe('1 day')
    expect(durationText(0.25)).toBe('3 months')
    expect(durationText(2)).toBe('2 years')
    expect(durationText(1 + 1 / 12)).toBe('1 year 1 month')
  })
})

describe('CSV values', () => {
  it('rounds to five significant figures of the column, money to the unit, shares in percent', () => {
    const money = quantityOf('GBP per year')
    expect(csvNumber(44026528.00000001, money, csvDecimals(44e6, money))).toBe(44026528)
    const share = quantityOf('share')
    expect(csvNumber(0.961234567, share, csvDecimals(0.97, share))).toBe(96.123)
    const beds = quantityOf('beds')
    expect(csvNumber(735.123456, beds, csvDecimals(800, beds))).toBe(735.12)
    expect(csvNumber(-0.0000001, beds, 2)).toBe(0)
  })
})
