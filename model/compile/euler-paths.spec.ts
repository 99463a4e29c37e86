// The two Euler loops (fused over locals for small models, over the state vector for large ones)
// must give the same numbers: each is checked against the same hand-written loop.
import { describe, expect, it } from 'vitest'
import { syntheticByHand } from '../../bench/hand-written'
import { syntheticModel } from '../../bench/synthetic-model'
import { compile } from '../compile-model'
import type { Model } from '../ir'
import { CompiledSimulation } from '../run/compiled-simulation'
import { buildPlan } from './build-plan'
import { generate } from './generate'
import { layOut } from './layout'
import { timeGrid } from './time-spec'

describe('the Euler loops', () => {
  it.each([
    ['fused over locals', 10, true],
    ['over the state vector', 200, false],
  ])('%s gives the hand-written loop’s numbers exactly', (_, chains, fused) => {
    const compiled = compile(syntheticModel(chains))
    expect(compiled.source.includes('let x0 = v[0]')).toBe(fused)
    expect(Array.from(compiled.run().values)).toEqual(Array.from(syntheticByHand(chains)))
  })

  it('fused, takes time series, delays, memory and chosen outputs as the state vector loop does', () => {
    const base = syntheticModel(3)
    const model: Model = {
      ...base,
      variables: [
        ...base.variables,
        {
          kind: 'aux',
          name: 'lagged',
          equation: 'DELAY(stock_0, 2) + PREVIOUS(stock_1) + SMTH1(inflow_2, 3)',
        },
        { kind: 'aux', name: 'scaled', equation: 'target_0 * 2' },
      ],
    }
    const simulation = (fusedEuler: boolean) => {
      const generated = generate(buildPlan(model, layOut(model)), timeGrid(model), { fusedEuler })
      return new CompiledSimulation(model, generated, [])
    }
    const fused = simulation(true)
    const vector = simulation(false)
    expect(fused.source.includes('let x0 = v[0]')).toBe(true)
    expect(vector.source.includes('let x0 = v[0]')).toBe(false)
    const options = {
      inputs: fused.inputsByName({
        target_0: [
          [0, 50],
          [100, 150],
        ],
        target_2: 90,
      }),
      outputs: fused.outputIndices(['lagged', 'scaled', 'stock 2']),
    }
    const fromFused = fused.run(options)
    expect(fromFused.values).toEqual(vector.run(options).values)
    expect(fused.run().values).toEqual(vector.run().values)
    expect(fromFused.values[2 * fromFused.times.length - 1]).toBe(300)
  })
})
