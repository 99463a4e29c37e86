import { describe, expect, it } from 'vitest'
import { formatDifference, formatExact, formatValue, rowScale } from './numbers'
import { quantityOf, unitsLabel } from './quantity'

const beds = quantityOf('beds')
const admissions = quantityOf('admissions per year')
const share = quantityOf('share')
const money = quantityOf('GBP per year')
const euros = quantityOf('GBP per year', 'EUR')

describe('quantityOf', () => {
  it('reads the model’s units as what they measure', () => {
    expect(beds).toEqual({ kind: 'count', currency: 'GBP', noun: 'beds' })
    expect(admissions.noun).toBe('admissions a year')
    expect(share.kind).toBe('share')
    expect(quantityOf('per year')).toMatchObject({ kind: 'share', noun: 'a year' })
    expect(money).toMatchObject({ kind: 'money', noun: 'a year' })
    expect(quantityOf('GBP per bed-day').noun).toBe('per bed-day')
    expect(quantityOf('years').kind).toBe('duration')
    expect(quantityOf('dimensionless')).toMatchObject({ kind: 'number', noun: '' })
  })

  it('shows an area’s money in its own currency', () => {
    expect(euros.currency).toBe('EUR')
    expect(unitsLabel(euros)).toBe('€ a year')
    expect(unitsLabel(money)).toBe('£ a year')
    expect(unitsLabel(quantityOf('dimensionless'))).toBe('')
  })
})

describe('formatValue', () => {
  it('writes counts whole with separators, small ones with decimals, never SI prefixes', () => {
    expect(formatValue(55_123.4, admissions)).toBe('55,123')
    expect(formatValue(735.2, beds, { withNoun: true })).toBe('735 beds')
    expect(formatValue(0.05, quantityOf('patients'))).toBe('0.05')
    expect(formatValue(12.34, beds)).toBe('12.3')
    expect(formatValue(12_500_000, quantityOf('people'))).toBe('12.5m')
    expect(formatValue(-3, beds)).toBe('-3.0')
  })

  it('writes money with its sign and k, m or bn, in the area’s currency', () => {
    expect(formatValue(5_000_000, money, { withNoun: true })).toBe('£5.0m a year')
    expect(formatValue(-112_900_000, money)).toBe('-£112.9m')
    expect(formatValue(1_234_000_000, money)).toBe('£1.23bn')
    expect(formatValue(850_000, money)).toBe('£850k')
    expect(formatValue(21.25, quantityOf('GBP per hour'), { withNoun: true })).toBe('£21.25 per hour')
    expect(formatValue(600, quantityOf('GBP per bed-day'))).toBe('£600')
    expect(formatValue(5_000_000, euros)).toBe('€5.0m')
  })

  it('writes shares in percent, and durations in days, months or years', () => {
    expect(formatValue(0.1, share)).toBe('10.0%')
    expect(formatValue(0.9612, share)).toBe('96.1%')
    expect(formatValue(0.1, share, { decimals: 0 })).toBe('10%')
    expect(formatValue(0.00274, quantityOf('years'))).toBe('1 day')
    expect(formatValue(0.009589, quantityOf('years'))).toBe('3.5 days')
    expect(formatValue(0.5, quantityOf('years'))).toBe('6 months')
    expect(formatValue(1.5, quantityOf('years'))).toBe('1 year 6 months')
  })

  it('keeps a row in one unit when given its scale', () => {
    const values = [400_000, 1_200_000]
    const scale = rowScale(values, money)
    expect(values.map((v) => formatValue(v, money, { scale }))).toEqual(['£0.4m', '£1.2m'])
  })

  it('gives a dash for a missing number', () => {
    expect(formatValue(Number.NaN, money)).toBe('–')
  })
})

describe('formatDifference', () => {
  it('signs changes, in points for shares, and leaves zero unsigned', () => {
    expect(formatDifference(1200, admissions)).toBe('+1,200')
    expect(formatDifference(-3_400_000, money)).toBe('-£3.4m')
    expect(formatDifference(0.012, share)).toBe('+1.2 pts')
    expect(formatDifference(-0.00001, share)).toBe('0.0 pts')
    expect(formatDifference(0, money)).toBe('£0')
  })
})

describe('formatExact', () => {
  it('keeps a parameter’s figures while grouping thousands and naming units', () => {
    expect(formatExact(406_500, quantityOf('people'))).toBe('406,500')
    expect(formatExact(0.0022, quantityOf('deaths per person per year'))).toBe('0.0022')
    expect(formatExact(0.0055, quantityOf('per year'))).toBe('0.55%')
    expect(formatExact(21.5, quantityOf('GBP per hour'))).toBe('£21.5')
    expect(formatExact(0.009589, quantityOf('years'))).toBe('3.5 days')
  })
})
