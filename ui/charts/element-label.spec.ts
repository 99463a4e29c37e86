import { describe, expect, it } from 'vitest'
import { elementLabel } from './element-label'

describe('elementLabel', () => {
  it('reads age-band identifiers as age ranges', () => {
    expect(['under65', 'age65to74', 'age75to84', 'age85plus'].map(elementLabel)).toEqual([
      '0–64',
      '65–74',
      '75–84',
      '85+',
    ])
  })

  it('leaves other names readable', () => {
    expect(elementLabel('no_ltc')).toBe('no ltc')
  })
})
