import { describe, expect, it } from 'vitest'
import { inCash, millions } from './appraisal-view'

describe('appraisal figures as the app shows them', () => {
  it('writes money in millions to one decimal, billions to two, in the area’s currency', () => {
    expect(millions(94_612_345)).toBe('£94.6m')
    expect(millions(-7_851_000)).toBe('-£7.9m')
    expect(millions(-2_613_600_000)).toBe('-£2.61bn')
    expect(millions(-20_000)).toBe('£0.0m')
    expect(millions(3_400_000, 'EUR')).toBe('€3.4m')
    expect(millions(Number.NaN)).toBe('–')
  })

  it('turns a run’s money into cash with the price index at each saved time', () => {
    const run = { times: [2024, 2025], series: () => [100, 100] }
    expect(Array.from(inCash(run, [1, 1.02]).series('total spend'))).toEqual([100, 102])
  })
})
