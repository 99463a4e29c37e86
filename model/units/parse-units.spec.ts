import { Unit as GlobalUnit } from 'mathjs'
import { describe, expect, it } from 'vitest'
import { formatUnits } from './format-units'
import { parseUnits } from './parse-units'
import { dimensionless } from './unit-math'

function unitOf(text: string) {
  const parsed = parseUnits(text)
  if (!parsed.ok) throw new Error(`'${text}' did not parse: ${parsed.reason}`)
  return parsed.unit
}
const same = (a: string, b: string) => unitOf(a).equals(unitOf(b))
const sameDimension = (a: string, b: string) => unitOf(a).equalBase(unitOf(b))
/** How many of `b` make one `a`. */
const ratio = (a: string, b: string) => unitOf(a).value / unitOf(b).value
const spelled = (text: string) => {
  const parsed = parseUnits(text)
  return parsed.ok ? formatUnits(parsed.unit, parsed.spellings) : parsed.reason
}

describe('parseUnits', () => {
  it.each([
    'Dimensionless',
    'dimensionless',
    'dmnl',
    'Dmnl',
    'unitless',
    '1',
    '',
    '   ',
    'Dmnl [0,1]',
    'fraction',
  ])("reads '%s' as dimensionless", (text) => {
    expect(unitOf(text).equals(dimensionless())).toBe(true)
  })

  it.each([
    ['Month', 'months'],
    ['Months', 'month'],
    ['Year', 'years'],
    ['yr', 'Years'],
    ['Day', 'days'],
    ['Week', 'weeks'],
    ['Hour', 'hours'],
    ['Minute', 'minutes'],
    ['quarter', 'Quarters'],
  ])('reads time words case-insensitively: %s = %s', (a, b) => {
    expect(same(a, b)).toBe(true)
  })

  it('knows the lengths of time units, so rates per month and per year differ by scale', () => {
    expect(sameDimension('people/month', 'people/year')).toBe(true)
    expect(same('people/month', 'people/year')).toBe(false)
    expect(ratio('people/month', 'people/year')).toBeCloseTo(12)
    expect(ratio('year', 'quarter')).toBeCloseTo(4)
    expect(ratio('week', 'day')).toBeCloseTo(7)
  })

  it("reads 'per' and spaces as modellers write them", () => {
    expect(same('people per year', 'People/Year')).toBe(true)
    expect(same('GBP per person per year', 'GBP/(person*year)')).toBe(true)
    expect(same('per year', '1/year')).toBe(true)
    expect(same('per annum', '1/year')).toBe(true)
  })

  it('makes unknown words base units of their own, compared case-insensitively and in the singular', () => {
    expect(same('people', 'Persons')).toBe(true)
    expect(same('Patients', 'patient')).toBe(true)
    expect(same('GBP', 'gbp')).toBe(true)
    expect(sameDimension('beds', 'patients')).toBe(false)
    expect(sameDimension('£', 'GBP')).toBe(false)
    expect(sameDimension('£/bed', 'GBP/bed')).toBe(false)
    expect(same('£/bed/day', '£/(bed*day)')).toBe(true)
  })

  it('does not give model words the physical meanings mathjs has for them', () => {
    // In mathjs cups and gallons are both volumes, links and rods both lengths, and `h` an hour.
    expect(GlobalUnit.parse('cups').equalBase(GlobalUnit.parse('gallons'))).toBe(true)
    expect(sameDimension('cups', 'gallons')).toBe(false)
    expect(sameDimension('links', 'rods')).toBe(false)
    expect(sameDimension('h', 'hour')).toBe(false)
    expect(same('bar', 'bars')).toBe(true)
  })

  it('reads words written next to each other as one name, and a hyphen as a product', () => {
    expect(sameDimension('beds occupied', 'beds')).toBe(false)
    expect(same('care home places', 'Care Home Places')).toBe(true)
    expect(same('GBP per place-year', 'GBP/(place*year)')).toBe(true)
    expect(same('person-days', 'person*day')).toBe(true)
  })

  it('reads powers, parentheses and a leading number', () => {
    expect(same('people^2/people', 'people')).toBe(true)
    expect(same('Month^-1', '1/Month')).toBe(true)
    expect(ratio('1000 people', 'people')).toBe(1000)
  })

  it.each(['people/', 'people per', '((people)', 'people)', 'people^', 'people/1000', 'a^(2)'])(
    "refuses '%s' with a reason",
    (text) => {
      const parsed = parseUnits(text)
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) expect(parsed.reason).toMatch(/out of place|parenthesis|\^/)
    },
  )

  it('names units as the string spells them', () => {
    expect(spelled('People/Day')).toBe('People/Day')
    expect(spelled('GBP per place-year')).toBe('GBP/(place*year)')
    expect(spelled('Dmnl')).toBe('dimensionless')
    expect(spelled('per Month')).toBe('1/Month')
  })

  it('leaves the global mathjs alone', () => {
    parseUnits('hospital porters')
    parseUnits('quarter')
    expect(GlobalUnit.isValuelessUnit('cbunit0')).toBe(false)
    expect(GlobalUnit.isValuelessUnit('cbquarter')).toBe(false)
  })
})

describe('formatUnits', () => {
  it('cancels and combines like factors', () => {
    const parsed = parseUnits('People/Day')
    if (!parsed.ok) throw new Error('did not parse')
    const day = unitOf('day')
    expect(formatUnits(parsed.unit.multiply(day), parsed.spellings)).toBe('People')
    expect(formatUnits(parsed.unit.multiply(parsed.unit), parsed.spellings)).toBe('People^2/Day^2')
    expect(formatUnits(parsed.unit.multiply(day).divide(parsed.unit) as typeof day, parsed.spellings)).toBe(
      'Day',
    )
  })
})
