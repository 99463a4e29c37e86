import { describe, expect, it } from 'vitest'
import { fromLeverValue, settingValueAt, toLeverValue } from './phased-setting'

describe('phased lever settings', () => {
  it('stores an amount from the start as a plain number', () => {
    expect(toLeverValue({ amount: 0.2 }, 0.1)).toBe(0.2)
    expect(fromLeverValue(0.2, 0.1)).toEqual({ amount: 0.2 })
  })

  it('stores a phased amount as a ramp from the baseline', () => {
    const value = toLeverValue({ amount: 0.3, phase: { start: 2, ramp: 3 } }, 0.1)
    expect(value).toEqual([
      [2, 0.1],
      [5, 0.3],
    ])
    expect(fromLeverValue(value, 0.1)).toEqual({ amount: 0.3, phase: { start: 2, ramp: 3 }, custom: false })
  })

  it('turns a ramp of zero into a one-week step and reads it back as zero', () => {
    const value = toLeverValue({ amount: 5, phase: { start: 1, ramp: 0 } }, 0)
    expect(Array.isArray(value) && value[1][0] - value[0][0]).toBeCloseTo(1 / 52)
    expect(fromLeverValue(value, 0).phase).toEqual({ start: 1, ramp: 0 })
  })

  it('flags a series it cannot show exactly as custom, keeping its last amount', () => {
    const setting = fromLeverValue(
      [
        [0, 1],
        [5, 2],
        [10, 4],
      ],
      1,
    )
    expect(setting).toMatchObject({ amount: 4, custom: true, phase: { start: 0, ramp: 10 } })
  })

  it('unset levers sit at the baseline', () => {
    expect(fromLeverValue(undefined, 7)).toEqual({ amount: 7 })
  })

  it('gives the value along the ramp', () => {
    const setting = { amount: 10, phase: { start: 2, ramp: 4 } }
    expect(settingValueAt(setting, 0, 1)).toBe(0)
    expect(settingValueAt(setting, 0, 4)).toBe(5)
    expect(settingValueAt(setting, 0, 9)).toBe(10)
  })
})
