// What the compiler knows about each slot of the state vector once every equation is resolved:
// how to initialise it and how it changes. Ordering and code generation work from this alone.
import type { GraphicalFunction } from '../ir'
import type { Expr } from './expr'

interface EntryBase {
  /** Who to blame in an error: the model variable this entry comes from. */
  variable: string
  /** Human-readable name of the slot (an output name, or a description of a synthetic slot). */
  label: string
}

/** A number the runner writes before a run; overridable. */
export interface ConstantEntry extends EntryBase {
  role: 'constant'
  slot: number
  value: number
}

/** An auxiliary or flow: recomputed from its equation whenever what it reads changes. */
export interface AuxEntry extends EntryBase {
  role: 'aux'
  slot: number
  value: Expr
  nonNegative: boolean
}

/** A stock, real or synthetic (SMTH, DELAYn): integrated from its derivative. */
export interface StockEntry extends EntryBase {
  role: 'stock'
  slot: number
  initial: Expr
  derivative: Expr
  nonNegative: boolean
}

/**
 * A value set at the start and, for PREVIOUS, taken from another slot at each step: the value is
 * captured into `pendingSlot` right after the step's rates are computed and becomes the memory's
 * value only once the step is integrated, so whatever integrates reads last step's value.
 */
export interface MemoryEntry extends EntryBase {
  role: 'memory'
  slot: number
  initial: Expr
  recordFrom?: number
  pendingSlot?: number
}

/** A fixed (pipeline) delay kept in a ring buffer of one value per step. */
export interface DelayEntry extends EntryBase {
  role: 'delay'
  delay: number
  /** Slot holding the delay length in steps, fixed at the start of a run. */
  stepsSlot: number
  /** Slot holding the output before the first input has come through. */
  initialSlot: number
  /** Slot whose value goes into the buffer each step. */
  inputSlot: number
  /** Where the input is captured after the step's rates, until it is written once the step is integrated. */
  pendingSlot: number
  delayTime: Expr
  initial: Expr
}

export type Entry = ConstantEntry | AuxEntry | StockEntry | MemoryEntry | DelayEntry

/** Something a run may set: a constant's slot or a graphical function's table. */
export type PlanInput =
  | { kind: 'constant'; name: string; slot: number; value: number }
  | { kind: 'graphical function'; name: string; table: number }

export interface Plan {
  slotCount: number
  /** Output slots are 0 .. outputNames.length - 1. */
  outputNames: string[]
  entries: Entry[]
  tables: GraphicalFunction[]
  /** What a run may set, one per constant element and per graphical function table. */
  inputs: PlanInput[]
  /** Canonical name (of an element, a scalar, or a whole array) -> its inputs' indices. */
  inputsByName: Map<string, number[]>
  /** Names runs may set a constant or a graphical function by (elements and whole arrays), in model order. */
  constantNames: string[]
  graphicalFunctionNames: string[]
}
