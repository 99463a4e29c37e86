import { describe, expect, it } from 'vitest'
import { compile } from './compile-model'
import type { Override } from './simulation'
import { smallModel } from './testing/small-model'
import { withOverrides } from './with-overrides'

const band = { name: 'band', elements: ['young', 'old'] }
const model = smallModel(
  {
    level: { stock: '0', inflows: ['inflow'] },
    inflow: { flow: 'rate * SUM(weight[*]) * effect(TIME)' },
    rate: '2',
    weight: { aux: '1', dimensions: ['band'] },
    effect: { gf: { kind: 'continuous', xs: [0, 10], ys: [1, 1] } },
  },
  {},
  [band],
)

const cases: Array<[string, Record<string, Override>]> = [
  ['a number', { rate: 3 }],
  [
    'a time series',
    {
      rate: [
        [2, 0],
        [6, 4],
      ],
    },
  ],
  ['one element', { 'weight[old]': 5 }],
  [
    'a whole array',
    {
      weight: [
        [0, 1],
        [10, 3],
      ],
    },
  ],
  ['a graphical function', { effect: { kind: 'discrete', xs: [0, 5], ys: [1, 2] } }],
]

describe('withOverrides', () => {
  it.each(cases)('writes %s into the model so it runs as the override did', (_, overrides) => {
    const expected = compile(model).run({ overrides }).values
    const baked = compile(withOverrides(model, overrides)).run().values
    expect(baked).toEqual(expected)
  })

  it('leaves the original model alone', () => {
    const before = JSON.stringify(model)
    withOverrides(model, { rate: 3, 'weight[old]': 5 })
    expect(JSON.stringify(model)).toBe(before)
  })

  it('names what it cannot find', () => {
    expect(() => withOverrides(model, { nothing: 1 })).toThrow(/'nothing'.*not a variable/)
    expect(() => withOverrides(model, { 'weight[middle]': 1 })).toThrow(/no element \[middle\]/)
  })
})
