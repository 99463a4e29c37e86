import { afterEach, describe, expect, it, vi } from 'vitest'
import { compile } from '../compile-model'
import { ModelError } from '../errors'
import { LimitError } from '../limits'
import { series } from '../results'
import type { Override } from '../simulation'
import { smallModel } from '../testing/small-model'

const model = smallModel(
  {
    level: { stock: '0', inflows: ['inflow'] },
    inflow: { flow: 'rate * effect(TIME) + quadrupled * 0' },
    rate: '2',
    effect: { gf: { kind: 'continuous', xs: [0, 10], ys: [1, 1] } },
    doubled: 'rate * 2',
    quadrupled: 'doubled * 2',
    share: { aux: '0.5', dimensions: ['band'] },
  },
  {},
  [{ name: 'band', elements: ['young', 'old'] }],
)

describe('the index-based run API', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('publishes its inputs once: each constant element and each graphical function, with defaults', () => {
    const compiled = compile(model)
    expect(compiled.inputs).toEqual([
      { name: 'effect', kind: 'graphical function' },
      { name: 'rate', kind: 'constant', value: 2 },
      { name: 'share[young]', kind: 'constant', value: 0.5 },
      { name: 'share[old]', kind: 'constant', value: 0.5 },
    ])
  })

  it('takes values by input index, as the by-name convenience gives them', () => {
    const compiled = compile(model)
    const byIndex = compiled.run({ inputs: [[1, 5]] })
    const byName = compiled.run({ overrides: { rate: 5 } })
    expect(compiled.inputsByName({ rate: 5, share: 1 })).toEqual([
      [1, 5],
      [2, 1],
      [3, 1],
    ])
    expect(byIndex.values).toEqual(byName.values)
    expect(series(byIndex, 'level')[10]).toBe(50)
  })

  it('returns only the outputs asked for, in the order asked', () => {
    const compiled = compile(model)
    const [level, doubled] = compiled.outputIndices(['Level', 'doubled'])
    const result = compiled.run({ outputs: [doubled, level] })
    expect(result.names).toEqual(['doubled', 'level'])
    expect(result.outputs).toEqual([doubled, level])
    expect(result.values.length).toBe(2 * result.times.length)
    expect(Array.from(series(result, 'level'))).toEqual(Array.from(series(compiled.run(), 'level')))
  })

  it('takes time series as data: no code is generated after compiling, whatever the runs give', () => {
    const compiled = compile(model)
    const generate = vi.spyOn(globalThis, 'Function')
    const rising = [
      [0, 0],
      [10, 10],
    ] as const
    const runs: Array<Record<string, Override>> = [
      { rate: rising },
      { share: rising },
      { rate: rising, 'share[old]': rising },
      { rate: 3 },
    ]
    for (const overrides of runs) compiled.run({ overrides })
    expect(generate).not.toHaveBeenCalled()
  })

  it('recomputes each step what a time series reaches through constants-only equations', () => {
    const compiled = compile(model)
    const result = compiled.run({
      inputs: [
        [
          1,
          [
            [0, 0],
            [10, 10],
          ],
        ],
      ],
    })
    expect(Array.from(series(result, 'quadrupled'))).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40])
    expect(series(result, 'level')[10]).toBe(45)
    // The next run without the series has the constant back everywhere.
    expect(Array.from(series(compiled.run(), 'quadrupled'))).toEqual(new Array(11).fill(8))
  })

  it('names what it cannot use: an unknown input, output or name, or a value of the wrong kind', () => {
    const compiled = compile(model)
    const message = (action: () => unknown) => {
      try {
        action()
      } catch (error) {
        expect(error).toBeInstanceOf(ModelError)
        return (error as Error).message
      }
      throw new Error('expected an error')
    }
    expect(message(() => compiled.run({ inputs: [[9, 1]] }))).toBe(
      'input 9 does not exist: the model has 4 inputs',
    )
    expect(message(() => compiled.run({ outputs: [99] }))).toBe(
      'output 99 does not exist: the model has 7 outputs',
    )
    expect(message(() => compiled.outputIndices(['nothing']))).toBe(
      "variable 'nothing': is not an output of this model",
    )
    expect(message(() => compiled.run({ inputs: [[0, 1]] }))).toBe(
      "variable 'effect': is a graphical function: give it x and y points",
    )
  })

  it('saves every save period the run asks for', () => {
    const result = compile(model).run({ savePeriod: 5 })
    expect(Array.from(result.times)).toEqual([0, 5, 10])
    expect(Array.from(series(result, 'level'))).toEqual([0, 10, 20])
  })

  it('refuses, before running, a run whose results would exceed the memory limit', () => {
    const long = compile(smallModel({ a: 'TIME', b: 'a * 2' }, { stop: 1_000_000 }))
    let error: unknown
    try {
      long.run({ resultBytes: 10 * 1024 ** 2 })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(LimitError)
    expect((error as LimitError).limit).toBe('resultBytes')
    expect((error as Error).message).toBe(
      'the results would take 15.3 MB (2 outputs x 1,000,001 saved times), more than the limit of 10 MB: ' +
        'save less often (a longer save period), ask for fewer outputs, or raise the limit',
    )
    expect(long.run({ resultBytes: 10 * 1024 ** 2, savePeriod: 1000 }).times.length).toBe(1001)
    expect(long.run({ resultBytes: 10 * 1024 ** 2, outputs: [0] }).values.length).toBe(1_000_001)
  })
})
