import { describe, expect, it } from 'vitest'
import type { LeverSpec } from '../../model/care/types'
import { leverDisplay, leverSettingText, leverValueText } from './lever-display'

const lever = (name: string, units: string, max: number, step: number): LeverSpec => ({
  name,
  group: 'budget pooling',
  description: '',
  units,
  min: 0,
  max,
  step,
  sources: [],
  defaultValue: 0,
})
const share = lever('community shift share', 'dimensionless', 0.4, 0.01)
const hump = lever('hump fund', 'GBP per year', 50e6, 500_000)
const beds = lever('acute beds', 'beds', 2000, 10)
const year = (t: number) => t

describe('lever display', () => {
  it('shows shares in percent, big money in millions, beds as beds', () => {
    expect(leverDisplay(share, 'GBP')).toMatchObject({ factor: 100, boxUnits: '%', decimals: 0 })
    expect(leverDisplay(hump, 'GBP')).toMatchObject({ factor: 1e-6, boxUnits: '£m a year', decimals: 1 })
    expect(leverDisplay(beds, 'GBP')).toMatchObject({ factor: 1, boxUnits: 'beds', decimals: 0 })
    expect(leverValueText(share, 0.1, 'GBP')).toBe('10%')
    expect(leverValueText(hump, 5e6, 'GBP')).toBe('£5.0m a year')
    expect(leverValueText(hump, 5e6, 'EUR')).toBe('€5.0m a year')
  })

  it('says a setting in words: a number, a phase-in, a time series', () => {
    expect(leverSettingText(share, 0.1, 0, 'GBP', year)).toBe('community shift share 10% (baseline 0%)')
    expect(leverSettingText(share, { value: 0.1, start: 2026, ramp: 3 }, 0, 'GBP', year)).toBe(
      'community shift share 10% from 2026 over 3 years (baseline 0%)',
    )
    expect(
      leverSettingText(
        beds,
        [
          [2025, 880],
          [2030, 800],
        ],
        880,
        'GBP',
        year,
      ),
    ).toBe('acute beds 880 beds in 2025, then 800 beds by 2030 (baseline 880 beds)')
  })
})
