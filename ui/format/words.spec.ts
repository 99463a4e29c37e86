import { describe, expect, it } from 'vitest'
import { quantityOf } from './quantity'
import { differenceInWords, valueInWords } from './words'

describe('numbers in words', () => {
  it('says shares in percent, money with its scale and currency, counts with their units', () => {
    expect(valueInWords(0.1, quantityOf('share'))).toBe('10.0 percent')
    expect(valueInWords(0.1, quantityOf('share'), { decimals: 0 })).toBe('10 percent')
    expect(valueInWords(5_000_000, quantityOf('GBP per year'))).toBe('5.0 million pounds a year')
    expect(valueInWords(5_000_000, quantityOf('GBP per year', 'EUR'))).toBe('5.0 million euros a year')
    expect(valueInWords(1, quantityOf('GBP'))).toBe('1 pound')
    expect(valueInWords(562, quantityOf('GBP per bed-day'))).toBe('562 pounds per bed-day')
    expect(valueInWords(880, quantityOf('beds'))).toBe('880 beds')
    expect(valueInWords(55_400, quantityOf('admissions per year'))).toBe('55,400 admissions a year')
    expect(valueInWords(3.5 / 365, quantityOf('years'))).toBe('3.5 days')
  })

  it('says the sign of a change in words', () => {
    expect(differenceInWords(-0.012, quantityOf('share'))).toBe('minus 1.2 percentage points')
    expect(differenceInWords(3_400_000, quantityOf('GBP per year'))).toBe('plus 3.4 million pounds a year')
    expect(differenceInWords(-3100, quantityOf('admissions per year'))).toBe('minus 3,100 admissions a year')
  })
})
