import { describe, expect, it } from 'vitest'
import { runSmall, smallModel } from '../testing/small-model'
import { BUILTINS } from './builtins'

/** The value of a one-equation model at every saved time (t = 0..10, dt = 1 unless given). */
function valuesOf(equation: string, time = {}) {
  return runSmall(smallModel({ x: equation }, time))('x')
}
const at0 = (equation: string) => valuesOf(equation)[0]

describe('the builtin table', () => {
  // Each record alone must be enough to use the builtin: this calls every one of them.
  it.each(BUILTINS.filter((builtin) => builtin.kind !== 'lookup').map((builtin) => [builtin.name, builtin]))(
    '%s runs from its record alone',
    (name, builtin) => {
      const args = Array.from({ length: builtin.minArgs }, () => '1').join(', ')
      const equation = builtin.kind === 'clock' || builtin.kind === 'constant' ? name : `${name}(${args})`
      expect(valuesOf(equation).every(Number.isFinite) || name === 'INF').toBe(true)
    },
  )
})

describe('pure builtins', () => {
  it.each([
    ['ABS(-3)', 3],
    ['SQRT(16)', 4],
    ['EXP(0)', 1],
    ['LN(EXP(2))', 2],
    ['LOG10(1000)', 3],
    ['LOG(8, 2)', 3],
    ['SIN(0) + COS(0) + TAN(0)', 1],
    ['ARCSIN(1)', Math.PI / 2],
    ['ARCCOS(1)', 0],
    ['ARCTAN(1)', Math.PI / 4],
    ['SINH(0) + COSH(0) + TANH(0)', 1],
    ['PI()', Math.PI],
    ['pi', Math.PI],
    ['INT(-2.5)', -3],
    ['MOD(-1, 3)', 2],
    ['7 MOD 3', 1],
    ['MIN(2, 3) + MAX(2, 3)', 5],
    ['XIDZ(1, 0, 5)', 5],
    ['ZIDZ(1, 0)', 0],
    ['SAFEDIV(6, 3)', 2],
    ['-2^2', -4],
    ['2 * -3', -6],
    ['.5 + 3e-2', 0.53],
    ['IF 1 = 1 AND NOT 0 THEN 10 ELSE 20', 10],
    ['IF 1 <> 1 or 0 THEN 10 ELSE 20', 20],
    ['if 2 > 1 then if 3 < 2 then 1 else 2 else 3', 2],
    ['(IF 1 THEN 2 ELSE 3) + 1', 3],
    ['3 > 2', 1],
    ['3 <= 2', 0],
    ['1 {a comment} + 1', 2],
  ])('%s = %d', (equation, expected) => {
    expect(at0(equation)).toBeCloseTo(expected as number, 12)
  })
})

describe('functions of time', () => {
  it('reads the clock', () => {
    expect(valuesOf('TIME', { start: 2, stop: 4, dt: 0.5 })).toEqual([2, 2.5, 3, 3.5, 4])
    expect(at0('DT + STARTTIME * 10 + STOPTIME * 100')).toBe(1001)
  })

  it('STEP rises at its time', () => {
    expect(valuesOf('STEP(2, 3)').slice(0, 5)).toEqual([0, 0, 0, 2, 2])
  })

  it('STEP is not missed when rounding puts time just below the step', () => {
    // 3 * 0.7 = 2.0999999999999996 in floating point.
    expect(valuesOf('STEP(1, 2.1)', { dt: 0.7, stop: 2.8 })).toEqual([0, 0, 0, 1, 1])
  })

  it('PULSE delivers its size over one dt, once or repeatedly', () => {
    expect(valuesOf('PULSE(5, 2)').slice(0, 5)).toEqual([0, 0, 5, 0, 0])
    expect(valuesOf('PULSE(5, 2, 3)')).toEqual([0, 0, 5, 0, 0, 5, 0, 0, 5, 0, 0])
    expect(valuesOf('PULSE(1, 1)', { dt: 0.5, stop: 2 })).toEqual([0, 0, 2, 0, 0])
  })

  it('RAMP climbs from its start to its end', () => {
    expect(valuesOf('RAMP(2, 3, 6)').slice(0, 9)).toEqual([0, 0, 0, 0, 2, 4, 6, 6, 6])
    expect(valuesOf('RAMP(1, 8)').slice(8)).toEqual([0, 1, 2])
  })
})

describe('functions with memory', () => {
  it('INIT holds the initial value', () => {
    const read = runSmall(
      smallModel({ level: { stock: '5', inflows: ['inflow'] }, inflow: { flow: '1' }, x: 'INIT(level)' }),
    )
    expect(read('x')).toEqual(new Array(11).fill(5))
    expect(read('level')[10]).toBe(15)
  })

  it('PREVIOUS gives the last step value, and its initial value first', () => {
    expect(valuesOf('PREVIOUS(TIME, -1)').slice(0, 4)).toEqual([-1, 0, 1, 2])
    expect(valuesOf('PREVIOUS(PREVIOUS(TIME, -1), -2)').slice(0, 4)).toEqual([-2, -1, 0, 1])
  })

  it('DELAY is a fixed pipeline delay, started from its input or the given value', () => {
    expect(valuesOf('DELAY(TIME, 2)').slice(0, 5)).toEqual([0, 0, 0, 1, 2])
    expect(valuesOf('DELAY(TIME + 1, 2, 99)').slice(0, 5)).toEqual([99, 99, 1, 2, 3])
  })

  it('DELAY1 is a first-order material delay', () => {
    expect(valuesOf('DELAY1(STEP(10, 1), 2)').slice(0, 5)).toEqual([0, 0, 5, 7.5, 8.75])
    expect(valuesOf('DELAY1(10, 2)')).toEqual(new Array(11).fill(10))
  })

  it('DELAY3 and DELAYN of order 3 agree, and conserve what goes in', () => {
    const time = { dt: 0.125, stop: 60 }
    const model = smallModel(
      {
        input: 'PULSE(100, 1)',
        a: 'DELAY3(input, 6)',
        b: 'DELAYN(input, 6, 3)',
        delivered: { stock: '0', inflows: ['outflow'] },
        outflow: { flow: 'a' },
      },
      time,
    )
    const read = runSmall(model)
    expect(read('a')).toEqual(read('b'))
    expect(read('delivered').at(-1)).toBeCloseTo(100, 3)
  })

  it('SMTH1 follows its input exponentially; SMTHN of order 1 and 3 match SMTH1 and SMTH3', () => {
    const read = runSmall(
      smallModel({
        input: 'STEP(10, 1)',
        s1: 'SMTH1(input, 2)',
        n1: 'SMTHN(input, 2, 1)',
        s3: 'SMTH3(input, 6, 4)',
        n3: 'SMTHN(input, 6, 3, 4)',
      }),
    )
    expect(read('s1').slice(0, 4)).toEqual([0, 0, 5, 7.5])
    expect(read('n1')).toEqual(read('s1'))
    expect(read('s3')[0]).toBe(4)
    expect(read('n3')).toEqual(read('s3'))
  })

  it('TREND measures fractional growth; FORCST extrapolates it', () => {
    const time = { dt: 1 / 64, stop: 20 }
    const read = runSmall(
      smallModel(
        { input: 'EXP(0.1 * TIME)', trend: 'TREND(input, 2, 0.1)', forecast: 'FORCST(input, 2, 5, 0.1)' },
        time,
      ),
    )
    expect(read('trend').at(-1)).toBeCloseTo(0.1, 2)
    const last = read('input').at(-1)!
    expect(read('forecast').at(-1)! / last).toBeCloseTo(1.5, 2)
  })

  it('SMTH1 of an expression and a DELAY inside a feedback loop', () => {
    const read = runSmall(
      smallModel({
        level: { stock: '100', outflows: ['drain'] },
        drain: { flow: 'DELAY(level * 0.1, 1, 0) + SMTH1(level * 0, 3)' },
      }),
    )
    expect(read('level').slice(0, 4)).toEqual([100, 100, 90, 80])
  })
})

describe('graphical functions', () => {
  const table = { kind: 'continuous' as const, xs: [0, 1, 2], ys: [0, 10, 40] }

  it('interpolates, holds flat beyond the ends, and is callable by name or LOOKUP', () => {
    const read = runSmall(
      smallModel({
        curve: { gf: table },
        a: 'curve(1.5)',
        b: 'LOOKUP(curve, -1)',
        c: 'curve(5)',
        d: { aux: '0.5', gf: table },
      }),
    )
    expect([read('a')[0], read('b')[0], read('c')[0], read('d')[0]]).toEqual([25, 0, 40, 5])
  })

  it("lets LOOKUP and calls use an auxiliary's graphical function, as Stella does", () => {
    const read = runSmall(smallModel({ a: 'LOOKUP(curve, 1.5) + curve(2)', curve: { aux: '0', gf: table } }))
    expect(read('a')[0]).toBe(65)
    expect(read('curve')[0]).toBe(0)
  })

  it('extrapolates and steps when asked to', () => {
    const read = runSmall(
      smallModel({
        straight: { gf: { ...table, kind: 'extrapolate' } },
        stairs: { gf: { ...table, kind: 'discrete' } },
        a: 'straight(3)',
        b: 'stairs(1.9)',
      }),
    )
    expect([read('a')[0], read('b')[0]]).toEqual([70, 10])
  })
})

describe('non-negative stocks and flows', () => {
  it('clamps a non-negative stock at zero and a non-negative flow at zero', () => {
    const read = runSmall(
      smallModel({
        tank: { stock: '3', outflows: ['drain'], nonNegative: true },
        drain: { flow: '1' },
        free: { stock: '3', outflows: ['drain'] },
        backwards: { flow: '-5', nonNegative: true },
      }),
    )
    expect(read('tank').slice(0, 6)).toEqual([3, 2, 1, 0, 0, 0])
    expect(read('free')[5]).toBe(-2)
    expect(read('backwards')[0]).toBe(0)
  })
})
