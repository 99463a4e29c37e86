import { describe, expect, it } from 'vitest'
import { appraisalYears } from './appraisal-years'

describe('appraisalYears', () => {
  it('sets out a 2024-2044 run in 20 calendar years, each a whole year', () => {
    const years = appraisalYears(2024, 2044, 'calendar')
    expect(years).toHaveLength(20)
    expect(years[0]).toEqual({ index: 0, label: '2024', from: 2024, to: 2025, note: undefined })
    expect(years[19]).toMatchObject({ index: 19, label: '2043', from: 2043, to: 2044 })
    expect(years.every((y) => y.note === undefined)).toBe(true)
  })

  it('sets it out in financial years from April, the first taking in January to March 2024', () => {
    const years = appraisalYears(2024, 2044, 'financial')
    expect(years.map((y) => y.label).slice(0, 2)).toEqual(['2024/25', '2025/26'])
    expect(years[0]).toMatchObject({ index: 0, from: 2024, to: 2025.25, note: 'January 2024 to March 2025' })
    expect(years[1]).toMatchObject({ from: 2025.25, to: 2026.25, note: undefined })
    const last = years[years.length - 1]
    expect(last).toMatchObject({
      label: '2043/44',
      from: 2043.25,
      to: 2044,
      note: 'April 2043 to December 2043',
    })
    expect(years).toHaveLength(20)
  })

  it('covers every moment of the run once: each year starts where the one before ends', () => {
    for (const basis of ['financial', 'calendar'] as const) {
      const years = appraisalYears(2024, 2044, basis)
      expect(years[0].from).toBe(2024)
      expect(years[years.length - 1].to).toBe(2044)
      for (let i = 1; i < years.length; i++) expect(years[i].from).toBe(years[i - 1].to)
    }
  })

  it('writes the turn of the century as 2099/00', () => {
    expect(appraisalYears(2099.25, 2100.25, 'financial')[0].label).toBe('2099/00')
  })
})
