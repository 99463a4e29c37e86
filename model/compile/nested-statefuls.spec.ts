// A stateful function nested inside another must give what the same two functions give through an
// auxiliary: integration reads only values computed in the step's rates phase, never a delay buffer
// or a PREVIOUS slot already moved on to the next step.
import { describe, expect, it } from 'vitest'
import type { IntegrationMethod } from '../ir'
import { runSmall, smallModel } from '../testing/small-model'

const INPUTS = {
  ramp: 'TIME',
  wave: '10 + 3 * SIN(TIME) + STEP(5, 4)',
}

/** `outer` with `{}` where the inner function goes, e.g. `SMTH1({}, 1)`. */
const PAIRS: Array<[outer: string, inner: string]> = [
  ['SMTH1({}, 1)', 'DELAY(x, 3)'],
  ['SMTH1({}, 1)', 'PREVIOUS(x)'],
  ['SMTH3({}, 2)', 'DELAY(x, 2)'],
  ['SMTH1({}, 2)', 'SMTH1(x, 3)'],
  ['SMTH1({}, 2)', 'TREND(x, 3)'],
  ['DELAY({}, 2)', 'SMTH1(x, 3)'],
  ['DELAY({}, 3)', 'DELAY(x, 2)'],
  ['DELAY({}, 2)', 'PREVIOUS(x)'],
  ['DELAY({}, 2)', 'TREND(x, 2)'],
  ['PREVIOUS({})', 'DELAY(x, 2)'],
  ['PREVIOUS({})', 'SMTH1(x, 2)'],
  ['PREVIOUS({})', 'PREVIOUS(x)'],
  ['PREVIOUS({})', 'TREND(x, 2)'],
  ['TREND({}, 3)', 'DELAY(x, 2)'],
  ['TREND({}, 3)', 'PREVIOUS(x)'],
  ['TREND({}, 3)', 'SMTH1(x, 2)'],
  ['TREND({}, 3)', 'TREND(x, 2)'],
  ['DELAY1({}, 2)', 'DELAY(x, 2)'],
  ['DELAY3({}, 3)', 'PREVIOUS(x)'],
  ['FORCST({}, 2, 1)', 'DELAY(x, 2)'],
]

describe.each<IntegrationMethod>(['euler', 'rk4'])('nested stateful functions under %s', (method) => {
  const time = { start: 0, stop: 12, dt: 0.5, method }

  describe.each(Object.entries(INPUTS))('with x = %s', (_, input) => {
    it.each(PAIRS)('%s around %s gives what it gives through an auxiliary', (outer, inner) => {
      const nested = runSmall(smallModel({ x: input, y: outer.replace('{}', inner) }, time))('y')
      const throughAux = runSmall(smallModel({ x: input, inner, y: outer.replace('{}', 'inner') }, time))('y')
      expect(nested).toEqual(throughAux)
    })
  })

  it('SMTH1(DELAY(x, 3), 1) with x = TIME and dt 1 follows the delayed input one step behind', () => {
    const values = runSmall(smallModel({ x: 'TIME', y: 'SMTH1(DELAY(x, 3), 1)' }, { stop: 8, method }))('y')
    // The delay gives 0 until t = 3, then t - 3. Euler with dt = the smoothing time makes the smooth
    // its input one step late; RK4 moves (input - level) * 0.625 of the way per step for a constant input.
    if (method === 'euler') expect(values).toEqual([0, 0, 0, 0, 0, 1, 2, 3, 4])
    else expect(values.slice(0, 5)).toEqual([0, 0, 0, 0, 0])
  })

  it('SMTH1(PREVIOUS(x), 1) with x = TIME and dt 1 smooths last step value', () => {
    const values = runSmall(smallModel({ x: 'TIME', y: 'SMTH1(PREVIOUS(x), 1)' }, { stop: 6, method }))('y')
    // PREVIOUS gives 0, 0, 1, 2, ...; held over each step, so RK4 moves 0.625 of the way to it.
    if (method === 'euler') expect(values).toEqual([0, 0, 0, 1, 2, 3, 4])
    else expect(values.slice(0, 4)).toEqual([0, 0, 0, 0.625])
  })

  it('DELAY, PREVIOUS and their nestings shift time by whole steps', () => {
    const read = runSmall(
      smallModel(
        {
          x: 'TIME',
          delayDelay: 'DELAY(DELAY(x, 2), 3)',
          previousDelay: 'PREVIOUS(DELAY(x, 2))',
          delayPrevious: 'DELAY(PREVIOUS(x), 2)',
          previousPrevious: 'PREVIOUS(PREVIOUS(x))',
        },
        { stop: 10, method },
      ),
    )
    const shifted = (by: number) => Array.from({ length: 11 }, (_, t) => Math.max(0, t - by))
    expect(read('delayDelay')).toEqual(shifted(5))
    expect(read('previousDelay')).toEqual(shifted(3))
    expect(read('delayPrevious')).toEqual(shifted(3))
    expect(read('previousPrevious')).toEqual(shifted(2))
  })

  it('a stock whose inflow holds a nested DELAY integrates the delayed input', () => {
    const read = runSmall(
      smallModel(
        { level: { stock: '0', inflows: ['inflow'] }, inflow: { flow: 'DELAY(PREVIOUS(TIME), 1)' } },
        { stop: 5, method },
      ),
    )
    // The inflow is max(0, t - 2) and constant over each step, so both methods add it exactly.
    expect(read('inflow')).toEqual([0, 0, 0, 1, 2, 3])
    expect(read('level')).toEqual([0, 0, 0, 0, 1, 3])
  })
})
