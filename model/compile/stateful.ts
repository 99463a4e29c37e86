// Stateful builtins become ordinary state, as Stella and SDEverywhere do: smooths and material
// delays become chains of synthetic stocks (so Euler and RK4 integrate them like any stock),
// PREVIOUS and INIT become memory slots, and DELAY becomes a ring buffer of one value per step.
import { binary, type Expr, number, slotRef } from './expr'
import type { PlanBuilder } from './plan-builder'

export interface StatefulOwner {
  /** The model variable whose equation holds the call. */
  variable: string
  /** The output name of the element being resolved. */
  label: string
}

type Fail = (message: string) => never

const divide = (left: Expr, right: Expr) => binary('/', left, right)
const times = (left: Expr, right: Expr) => binary('*', left, right)
const minus = (left: Expr, right: Expr) => binary('-', left, right)
const plus = (left: Expr, right: Expr) => binary('+', left, right)

function orderOf(fn: string, arg: Expr, fail: Fail): number {
  const value = arg.type === 'number' ? arg.value : Number.NaN
  if (!Number.isInteger(value) || value < 1) fail(`${fn}'s order must be a whole number of at least 1`)
  return value
}

/** `n` stocks in series, each with time constant `stageTime`; the input feeds the first. */
function cascade(
  builder: PlanBuilder,
  owner: StatefulOwner,
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

export function desugarStateful(
  fn: string,
  args: Expr[],
  builder: PlanBuilder,
  owner: StatefulOwner,
  fail: Fail,
): Expr {
  const [input] = args
  switch (fn) {
    case 'INIT':
    case 'INITIAL': {
      const slot = builder.allocateSlot()
      builder.add({
        role: 'memory',
        slot,
        initial: input,
        label: `INIT in '${owner.label}'`,
        variable: owner.variable,
      })
      return slotRef(slot)
    }
    case 'PREVIOUS': {
      const slot = builder.allocateSlot()
      const recordFrom = builder.slotHolding(input, {
        variable: owner.variable,
        label: `PREVIOUS input in '${owner.label}'`,
      })
      const initial = args[1] ?? slotRef(recordFrom)
      builder.add({
        role: 'memory',
        slot,
        initial,
        recordFrom,
        pendingSlot: builder.allocateSlot(),
        label: `PREVIOUS in '${owner.label}'`,
        variable: owner.variable,
      })
      return slotRef(slot)
    }
    case 'DELAY': {
      const inputSlot = builder.slotHolding(input, {
        variable: owner.variable,
        label: `DELAY input in '${owner.label}'`,
      })
      const entry = builder.addDelay({
        inputSlot,
        delayTime: args[1],
        initial: args[2] ?? slotRef(inputSlot),
        variable: owner.variable,
        label: `DELAY in '${owner.label}'`,
      })
      // The output is read from the buffer in the rates phase, into a slot of its own, so that a
      // stateful function around the DELAY integrates this step's output, not the buffer's next.
      const output = builder.allocateSlot()
      builder.add({
        role: 'aux',
        slot: output,
        value: {
          type: 'delayed',
          delay: entry.delay,
          stepsSlot: entry.stepsSlot,
          initialSlot: entry.initialSlot,
        },
        nonNegative: false,
        variable: owner.variable,
        label: `DELAY output in '${owner.label}'`,
      })
      return slotRef(output)
    }
    case 'SMTH1':
    case 'SMTH3':
    case 'SMTHN': {
      const order = fn === 'SMTH1' ? 1 : fn === 'SMTH3' ? 3 : orderOf(fn, args[2], fail)
      const initial = (fn === 'SMTHN' ? args[3] : args[2]) ?? input
      const stageTime = order === 1 ? args[1] : divide(args[1], number(order))
      const slots = cascade(builder, owner, fn, order, stageTime, input, initial, false)
      return slotRef(slots[slots.length - 1])
    }
    case 'DELAY1':
    case 'DELAY3':
    case 'DELAYN': {
      const order = fn === 'DELAY1' ? 1 : fn === 'DELAY3' ? 3 : orderOf(fn, args[2], fail)
      const initialOutflow = (fn === 'DELAYN' ? args[3] : args[2]) ?? input
      const stageTime = order === 1 ? args[1] : divide(args[1], number(order))
      const slots = cascade(
        builder,
        owner,
        fn,
        order,
        stageTime,
        input,
        times(initialOutflow, stageTime),
        true,
      )
      return divide(slotRef(slots[slots.length - 1]), stageTime)
    }
    case 'TREND':
    case 'FORCST': {
      // The trend is the input's fractional growth rate per unit time, measured against an
      // exponential average of the input; the average starts where that initial trend implies.
      const averageTime = args[1]
      const initialTrend = (fn === 'TREND' ? args[2] : args[3]) ?? number(0)
      const startingAverage = divide(input, plus(number(1), times(initialTrend, averageTime)))
      const [average] = cascade(builder, owner, fn, 1, averageTime, input, startingAverage, false)
      const trend: Expr = {
        type: 'call',
        fn: 'ZIDZ',
        args: [
          minus(input, slotRef(average)),
          times(averageTime, { type: 'call', fn: 'ABS', args: [slotRef(average)] }),
        ],
      }
      if (fn === 'TREND') return trend
      return times(input, plus(number(1), times(trend, args[2])))
    }
    default:
      return fail(`${fn} is not a stateful function`)
  }
}
