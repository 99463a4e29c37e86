import { describe, expect, it } from 'vitest'
import { compile } from '../compile-model'
import { series } from '../results'
import { smallModel } from '../testing/small-model'

const model = smallModel({
  level: { stock: '0', inflows: ['inflow'] },
  inflow: { flow: 'rate * effect(TIME)' },
  rate: '2',
  effect: { gf: { kind: 'continuous', xs: [0, 10], ys: [1, 1] } },
  doubled: 'rate * 2',
})

describe('runs with overrides', () => {
  it('replaces a constant for one run only', () => {
    const compiled = compile(model)
    expect(series(compiled.run({ overrides: { rate: 5 } }), 'level')[10]).toBe(50)
    expect(series(compiled.run(), 'level')[10]).toBe(20)
  })

  it('recomputes what depends on a constant given as a time series', () => {
    const compiled = compile(model)
    const result = compiled.run({
      overrides: {
        Rate: [
          [0, 0],
          [10, 10],
        ],
      },
    })
    expect(Array.from(series(result, 'doubled'))).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20])
    expect(series(result, 'level')[10]).toBe(45)
  })

  it('replaces a graphical function', () => {
    const compiled = compile(model)
    const result = compiled.run({ overrides: { effect: { kind: 'continuous', xs: [0, 10], ys: [0, 0] } } })
    expect(series(result, 'level')[10]).toBe(0)
    expect(compiled.graphicalFunctions).toEqual(['effect'])
  })

  it('never changes the model, and gives the same result every time', () => {
    const before = JSON.stringify(model)
    const compiled = compile(model)
    const first = compiled.run({ overrides: { rate: 3 } })
    compiled.run({ overrides: { rate: [[0, 1]] } })
    const again = compiled.run({ overrides: { rate: 3 } })
    expect(JSON.stringify(model)).toBe(before)
    expect(again.values).toEqual(first.values)
  })

  it('lists the constants a run may set', () => {
    expect(compile(model).constants).toEqual(['rate'])
  })

  it('returns new buffers every run, so a caller may transfer them', () => {
    const compiled = compile(model)
    const first = compiled.run()
    const second = compiled.run()
    expect(second.values.buffer).not.toBe(first.values.buffer)
    expect(second.times.buffer).not.toBe(first.times.buffer)
  })

  it('returns one buffer of outputs, variable by variable', () => {
    const result = compile(model).run()
    expect(result.values.length).toBe(result.names.length * result.times.length)
    expect(result.values).toBeInstanceOf(Float64Array)
  })
})
