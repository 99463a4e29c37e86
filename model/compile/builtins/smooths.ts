// Smooths, material delays and trends, as Stella and SDEverywhere build them: chains of synthetic
// stocks, so Euler and RK4 integrate them like any stock. SMTH1/3/N are information delays,
// DELAY1/3/N material delays; both start in equilibrium with their input unless given a value.
import { binary, type Expr, number, slotRef } from '../expr'
import type { Builtin, StatefulCall } from './builtin'
import { inputUnits } from './memory'

const divide = (left: Expr, right: Expr) => binary('/', left, right)
const times = (left: Expr, right: Expr) => binary('*', left, right)
const minus = (left: Expr, right: Expr) => binary('-', left, right)
const plus = (left: Expr, right: Expr) => binary('+', left, right)

function orderOf(call: StatefulCall, fn: string, arg: Expr): number {
  const value = arg.type === 'number' ? arg.value : Number.NaN
  if (!Number.isInteger(value) || value < 1) call.fail(`${fn}'s order must be a whole number of at least 1`)
  return value
}

/** `order` stocks in series, each with time constant `stageTime`; the input feeds the first. */
function cascade(
  { builder, owner }: StatefulCall,
  what: string,
  order: number,
  stageTime: Expr,
  input: Expr,
  initialLevel: Expr,
  /** Material delays move `stock/stageTime` between stages; smooths move `(upstream - stock)/stageTime`. */
  material: boolean,
): number[] {
  const slots: number[] = []
  for (let stage = 0; stage < order; stage++) slots.push(builder.allocateSlot())
  slots.forEach((slot, stage) => {
    const upstream =
      stage === 0
        ? input
        : material
          ? divide(slotRef(slots[stage - 1]), stageTime)
          : slotRef(slots[stage - 1])
    const derivative = material
      ? minus(upstream, divide(slotRef(slot), stageTime))
      : divide(minus(upstream, slotRef(slot)), stageTime)
    builder.add({
      role: 'stock',
      slot,
      initial: initialLevel,
      derivative,
      nonNegative: false,
      variable: owner.variable,
      label: `${what} stage ${stage + 1} in '${owner.label}'`,
    })
  })
  return slots
}

/** SMTH1, SMTH3 and SMTHN (input, time, [order,] [initial]). */
const smooth =
  (fn: 'SMTH1' | 'SMTH3' | 'SMTHN') =>
  (call: StatefulCall): Expr => {
    const { args } = call
    const order = fn === 'SMTH1' ? 1 : fn === 'SMTH3' ? 3 : orderOf(call, fn, args[2])
    const initial = (fn === 'SMTHN' ? args[3] : args[2]) ?? args[0]
    const stageTime = order === 1 ? args[1] : divide(args[1], number(order))
    const slots = cascade(call, fn, order, stageTime, args[0], initial, false)
    return slotRef(slots[slots.length - 1])
  }

/** DELAY1, DELAY3 and DELAYN (input, time, [order,] [initial outflow]). */
const materialDelay =
  (fn: 'DELAY1' | 'DELAY3' | 'DELAYN') =>
  (call: StatefulCall): Expr => {
    const { args } = call
    const order = fn === 'DELAY1' ? 1 : fn === 'DELAY3' ? 3 : orderOf(call, fn, args[2])
    const initialOutflow = (fn === 'DELAYN' ? args[3] : args[2]) ?? args[0]
    const stageTime = order === 1 ? args[1] : divide(args[1], number(order))
    const slots = cascade(call, fn, order, stageTime, args[0], times(initialOutflow, stageTime), true)
    return divide(slotRef(slots[slots.length - 1]), stageTime)
  }

/**
 * TREND (input, time, [initial trend]) and FORCST (input, time, horizon, [initial trend]): the
 * input's fractional growth per unit time, measured against an exponential average of the input
 * that starts where the initial trend implies; FORCST extrapolates the input over the horizon.
 */
const trend =
  (fn: 'TREND' | 'FORCST') =>
  (call: StatefulCall): Expr => {
    const [input, averageTime] = call.args
    const initialTrend = (fn === 'TREND' ? call.args[2] : call.args[3]) ?? number(0)
    const startingAverage = divide(input, plus(number(1), times(initialTrend, averageTime)))
    const [average] = cascade(call, fn, 1, averageTime, input, startingAverage, false)
    const growth: Expr = {
      type: 'call',
      fn: 'ZIDZ',
      args: [
        minus(input, slotRef(average)),
        times(averageTime, { type: 'call', fn: 'ABS', args: [slotRef(average)] }),
      ],
    }
    if (fn === 'TREND') return growth
    return times(input, plus(number(1), times(growth, call.args[2])))
  }

export const SMOOTH_BUILTINS: Builtin[] = [
  {
    name: 'SMTH1',
    kind: 'stateful',
    minArgs: 2,
    maxArgs: 3,
    desugar: smooth('SMTH1'),
    units: inputUnits('SMTH1', 2, [1]),
  },
  {
    name: 'SMTH3',
    kind: 'stateful',
    minArgs: 2,
    maxArgs: 3,
    desugar: smooth('SMTH3'),
    units: inputUnits('SMTH3', 2, [1]),
  },
  {
    name: 'SMTHN',
    kind: 'stateful',
    minArgs: 3,
    maxArgs: 4,
    desugar: smooth('SMTHN'),
    units: inputUnits('SMTHN', 3, [1]),
  },
  {
    name: 'DELAY1',
    kind: 'stateful',
    minArgs: 2,
    maxArgs: 3,
    desugar: materialDelay('DELAY1'),
    units: inputUnits('DELAY1', 2, [1]),
  },
  {
    name: 'DELAY3',
    kind: 'stateful',
    minArgs: 2,
    maxArgs: 3,
    desugar: materialDelay('DELAY3'),
    units: inputUnits('DELAY3', 2, [1]),
  },
  {
    name: 'DELAYN',
    kind: 'stateful',
    minArgs: 3,
    maxArgs: 4,
    desugar: materialDelay('DELAYN'),
    units: inputUnits('DELAYN', 3, [1]),
  },
  {
    name: 'TREND',
    kind: 'stateful',
    minArgs: 2,
    maxArgs: 3,
    desugar: trend('TREND'),
    units: ([, time], u) => {
      u.same("TREND is given a time in {a} but the model's time is in {b}", time, u.time)
      return u.over(u.dimensionless, u.time)
    },
  },
  {
    name: 'FORCST',
    kind: 'stateful',
    minArgs: 3,
    maxArgs: 4,
    desugar: trend('FORCST'),
    units: ([input, time, horizon], u) => {
      for (const given of [time, horizon])
        u.same("FORCST is given a time in {a} but the model's time is in {b}", given, u.time)
      return input
    },
  },
]
