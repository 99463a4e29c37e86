// Builtins that remember: INIT holds a value from the start, PREVIOUS last step's value, DELAY a
// value from a fixed time ago (a ring buffer of one value per step). Each becomes slots of its own
// (see plan.ts), read in the rates phase like any other value.
import { type Expr, slotRef } from '../expr'
import type { Builtin, StatefulCall, UnitRule } from './builtin'

/** Length in steps of a fixed delay: at least one step, at most the whole run. */
function delaySteps(delayTime: number, dt: number, maxSteps: number): number {
  const steps = Math.round(delayTime / dt)
  return Math.max(1, Math.min(maxSteps, Number.isFinite(steps) ? steps : maxSteps))
}

function init({ args: [input], builder, owner }: StatefulCall): Expr {
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

function previous({ args, builder, owner }: StatefulCall): Expr {
  const slot = builder.allocateSlot()
  const recordFrom = builder.slotHolding(args[0], {
    variable: owner.variable,
    label: `PREVIOUS input in '${owner.label}'`,
  })
  builder.add({
    role: 'memory',
    slot,
    initial: args[1] ?? slotRef(recordFrom),
    recordFrom,
    pendingSlot: builder.allocateSlot(),
    label: `PREVIOUS in '${owner.label}'`,
    variable: owner.variable,
  })
  return slotRef(slot)
}

function delay({ args, builder, owner }: StatefulCall): Expr {
  const inputSlot = builder.slotHolding(args[0], {
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

/** The input's units, which an initial value (argument `initialAt`) must share. */
export const inputUnits =
  (name: string, initialAt: number, timesAt: number[] = []): UnitRule =>
  (args, u) => {
    for (const position of timesAt) {
      u.same(`${name} is given a time in {a} but the model's time is in {b}`, args[position], u.time)
    }
    return u.same(`${name} of {a} starts from {b}`, args[0], args[initialAt])
  }

export const MEMORY_BUILTINS: Builtin[] = [
  { name: 'INIT', kind: 'stateful', minArgs: 1, maxArgs: 1, desugar: init, units: ([a]) => a },
  { name: 'INITIAL', kind: 'stateful', minArgs: 1, maxArgs: 1, desugar: init, units: ([a]) => a },
  {
    name: 'PREVIOUS',
    kind: 'stateful',
    minArgs: 1,
    maxArgs: 2,
    desugar: previous,
    units: inputUnits('PREVIOUS', 1),
  },
  {
    name: 'DELAY',
    kind: 'stateful',
    minArgs: 2,
    maxArgs: 3,
    desugar: delay,
    helpers: { delaySteps },
    units: inputUnits('DELAY', 2, [1]),
  },
]
