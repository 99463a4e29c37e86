// The contract between a compiled model and whoever runs it (the CLI, the worker, tests).
// A model is compiled once; every run takes its own inputs and never changes the model.
//
// Like SDEverywhere's generated models, a compiled model publishes its inputs and outputs once, as
// lists; a run gives values by input index and asks for outputs by output index, and gets back only
// those. Names are a convenience on top (`inputsByName`, `outputIndices`, `RunOptions.overrides`).
import type { Problem } from './errors'
import type { GraphicalFunction, IntegrationMethod, Model } from './ir'

/** Points `[time, value]`, interpolated linearly and held flat beyond the first and last. */
export type TimeSeries = ReadonlyArray<readonly [number, number]>

/** A constant may be given a number or a time series; a graphical function another one. */
export type Override = number | TimeSeries | GraphicalFunction

/** One setting of a run: the input's index in `CompiledModel.inputs`, and its value. */
export type InputSetting = readonly [index: number, value: Override]

/** Something a run may set: one constant (or one element of an arrayed constant), or one graphical function. */
export interface ModelInput {
  /** As the model writes it; elements as `name[element]`. */
  name: string
  kind: 'constant' | 'graphical function'
  /** The model's own value, for constants. */
  value?: number
}

export interface RunOptions {
  /** Integration method; defaults to the model's sim specs. */
  method?: IntegrationMethod
  /** Values by input index: a number or time series for a constant, x and y points for a graphical function. */
  inputs?: Iterable<InputSetting>
  /**
   * Values by name, as `inputsByName` reads them (a whole arrayed constant by its name sets every
   * element). Applied before `inputs`, which win where both set one input.
   */
  overrides?: Readonly<Record<string, Override>>
  /** Indices in `CompiledModel.names` of the outputs to return, in this order; default all. */
  outputs?: readonly number[]
  /** Interval between saved results in model time (a whole number of steps); default the model's. */
  savePeriod?: number
  /** Largest size of a run's results in bytes; default DEFAULT_LIMITS.resultBytes. */
  resultBytes?: number
  /** Stop with a ModelError naming the variable and time when a saved value is NaN. Default true. */
  failOnNaN?: boolean
}

/**
 * Each run returns a new buffer the caller owns: it may be kept, changed or transferred. `values`
 * and `times` are views of that one buffer (values first), which holds nothing else.
 */
export interface RunResult {
  /** Names of the outputs returned, in the order of `values`. */
  names: readonly string[]
  /** Their indices in `CompiledModel.names`. */
  outputs: readonly number[]
  /** Saved times. */
  times: Float64Array
  /** `names.length` x `times.length` values, output by output: `values[o * times.length + t]`. */
  values: Float64Array
}

export interface CompiledModel {
  readonly model: Model
  /**
   * Every output a run can return: stocks, flows, auxiliaries and constants; array elements as
   * `name[element]`. An output's index in this list is how a run asks for it.
   */
  readonly names: readonly string[]
  /** Every input a run can set; an input's index in this list is how a run sets it. */
  readonly inputs: readonly ModelInput[]
  /** Names `overrides` accepts a number or time series for: constants, elements and whole arrays. */
  readonly constants: readonly string[]
  /** Names `overrides` accepts a graphical function for. */
  readonly graphicalFunctions: readonly string[]
  /** Problems that do not stop a run, such as unit mismatches. */
  readonly warnings: readonly Problem[]
  /** Number of integration steps in one run. */
  readonly steps: number
  /** Settings by name as settings by input index; a name that is not an input is a ModelError. */
  inputsByName(settings: Readonly<Record<string, Override>>): InputSetting[]
  /**
   * Output indices of names, matched as the model matches names; an arrayed variable's own name
   * stands for all its elements, in order. An unknown name is a ModelError.
   */
  outputIndices(names: readonly string[]): number[]
  run(options?: RunOptions): RunResult
}
