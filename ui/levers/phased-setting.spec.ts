import { describe, expect, it } from 'vitest'
import { fromLeverValue, toLeverValue } from './phased-setting'

describe('phased lever settings', () => {
  it('stores an amount from the start as a plain number', () => {
    expect(toLeverValue({ amount: 0.2 })).toBe(0.2)
    expect(fromLeverValue(0.2, 0.1)).toEqual({ amount: 0.2 })
  })

  it('stores a phased amount as a phase-in, which the model ramps from the baseline', () => {
    const value = toLeverValue({ amount: 0.3, phase: { start: 2026, ramp: 3 } })
    expect(value).toEqual({ value: 0.3, start: 2026, ramp: 3 })
    expect(fromLeverValue(value, 0.1)).toEqual({ amount: 0.3, phase: { start: 2026, ramp: 3 } })
  })

  it('keeps a ramp of zero as a change at the start year', () => {
    expect(fromLeverValue(toLeverValue({ amount: 5, phase: { start: 2025, ramp: 0 } }), 0).phase).toEqual({
      start: 2025,
      ramp: 0,
    })
  })

  it('flags a time series from a file as custom, showing its end points', () => {
    const setting = fromLeverValue(
      [
        [2024, 1],
        [2029, 2],
        [2034, 4],
      ],
      1,
    )
    expect(setting).toEqual({ amount: 4, custom: true, phase: { start: 2024, ramp: 10 } })
  })

  it('unset levers sit at the baseline', () => {
    expect(fromLeverValue(undefined, 7)).toEqual({ amount: 7 })
  })
})
