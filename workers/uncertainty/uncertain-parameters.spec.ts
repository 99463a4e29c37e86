import { describe, expect, it } from 'vitest'
import { uncertainParameters } from './uncertain-parameters'

const parameters = [
  { name: 'acute beds', value: 1000, range: [800, 1200] as [number, number] },
  { name: 'community shift share', value: 0, range: [0, 0.3] as [number, number] },
  { name: 'bed closure delay', value: 1, range: [0.5, 3] as [number, number], units: 'years' },
  { name: 'readmission delay', value: 0.03, range: [0.02, 0.05] as [number, number] },
  { name: 'elective fill share', value: 0.5 },
  { name: 'demographic change switch', value: 1 },
  { name: 'backwards', value: 2, range: [3, 1] as [number, number] },
  { name: 'flat', value: 2, range: [2, 2] as [number, number] },
]

describe('uncertainParameters', () => {
  it('varies ranged parameters that are neither levers, nor the area’s, nor edited', () => {
    const varied = uncertainParameters(parameters, {
      levers: ['community shift share', 'acute beds'],
      areaParameters: { 'acute beds': 900 },
      areaEdits: { 'readmission delay': 0.04 },
    })
    expect(varied.map((p) => p.name)).toEqual(['bed closure delay', 'backwards'])
    expect(varied[0]).toEqual({ name: 'bed closure delay', low: 0.5, mode: 1, high: 3, units: 'years' })
    expect(varied[1]).toMatchObject({ low: 1, mode: 2, high: 3 })
  })

  it('lets an area parameter vary nowhere, edited or not', () => {
    const varied = uncertainParameters(parameters, { levers: [], areaParameters: { 'bed closure delay': 2 } })
    expect(varied.map((p) => p.name)).not.toContain('bed closure delay')
    expect(varied.map((p) => p.name)).toContain('acute beds')
  })
})
