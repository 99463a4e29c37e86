import { scaleLinear } from 'd3'
import { describe, expect, it } from 'vitest'
import { tickFormatter, valueDomain, yearTicks } from './axis'
import { quantityOf } from './quantity'

function labels(values: number[], units: string, options = {}): string[] {
  const quantity = quantityOf(units)
  const scale = scaleLinear()
    .domain(valueDomain(values, quantity, options))
    .nice(6)
  const ticks = scale.ticks(6)
  return ticks.map(tickFormatter(ticks, quantity))
}

describe('value axes', () => {
  it('labels a fraction of a patient in decimals, not milli', () => {
    const text = labels([0.03, 0.2], 'patients')
    expect(text[0]).toBe('0')
    expect(text).toContain('0.05')
    expect(text.join(' ')).not.toMatch(/\dm\b|µ/)
  })

  it('gives a series that is zero throughout a scale from zero up', () => {
    expect(labels([0, 0, 0], 'beds')).toEqual(['0', '2', '4', '6', '8', '10'])
    expect(labels([0, 0], 'GBP per year')[0]).toBe('£0')
    expect(labels([0, 0], 'GBP per year', { zero: true })).toContain('£0')
  })

  it('labels a share that barely moves with distinct ticks and a range of a few points', () => {
    const text = labels([0.9605, 0.9612], 'share')
    expect(new Set(text).size).toBe(text.length)
    expect(text.every((t) => t.endsWith('%'))).toBe(true)
    const numbers = text.map((t) => Number.parseFloat(t))
    expect(Math.max(...numbers) - Math.min(...numbers)).toBeGreaterThanOrEqual(2)
    expect(Math.max(...numbers)).toBeLessThanOrEqual(100)
  })

  it('writes money in one unit for the whole axis, with its currency', () => {
    expect(labels([0, 440e6], 'GBP per year')).toEqual(['£0', '£100m', '£200m', '£300m', '£400m', '£500m'])
    const euros = scaleLinear().domain([0, 2.5e6]).ticks(5)
    expect(euros.map(tickFormatter(euros, quantityOf('GBP', 'EUR')))).toEqual([
      '€0',
      '€0.5m',
      '€1.0m',
      '€1.5m',
      '€2.0m',
      '€2.5m',
    ])
  })

  it('signs negative ticks with a hyphen-minus', () => {
    const text = labels([-20e6, 5e6], 'GBP per year', { zero: true })
    expect(text[0]).toMatch(/^-£\d/)
  })
})

describe('time axis', () => {
  it('has whole years only, both ends labelled when a step divides the span', () => {
    expect(yearTicks(2024, 2044, 11)).toEqual([
      2024, 2026, 2028, 2030, 2032, 2034, 2036, 2038, 2040, 2042, 2044,
    ])
    expect(yearTicks(2024, 2044, 7)).toEqual([2024, 2028, 2032, 2036, 2040, 2044])
    expect(yearTicks(2024, 2043, 5)).toEqual([2025, 2030, 2035, 2040])
    expect(yearTicks(2024.5, 2026.5, 10)).toEqual([2025, 2026])
  })
})
