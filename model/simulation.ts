// The contract between a compiled model and whoever runs it (the CLI, the worker, tests).
// A model is compiled once; every run takes its own overrides and never changes the model.
import type { Problem } from './errors'
import type { GraphicalFunction, IntegrationMethod, Model } from './ir'

/** Points `[time, value]`, interpolated linearly and held flat beyond the first and last. */
export type TimeSeries = ReadonlyArray<readonly [number, number]>

/** A constant may be replaced by a number or a time series; a graphical function by another one. */
export type Override = number | TimeSeries | GraphicalFunction

export interface RunOptions {
  /** Integration method; defaults to the model's sim specs. */
  method?: IntegrationMethod
  /** New values for constants and graphical functions, by name (matched as the model matches names). */
  overrides?: Readonly<Record<string, Override>>
  /** Stop with a ModelError naming the variable and time when a saved value is NaN. Default true. */
  failOnNaN?: boolean
}

/** Each run returns new buffers the caller owns: they may be kept, changed or transferred. */
export interface RunResult {
  /**
   * Output names: stocks, flows, auxiliaries and constants; array elements as `name[element]`.
   * The same frozen list for every run of a model.
   */
  names: readonly string[]
  /** Saved times. */
  times: Float64Array
  /** `names.length` x `times.length` values, variable by variable: `values[v * times.length + t]`. */
  values: Float64Array
}

export interface CompiledModel {
  readonly model: Model
  /** Output names in the order of `RunResult.names`. */
  readonly names: readonly string[]
  /** Names that `RunOptions.overrides` accepts a number or time series for. */
  readonly constants: readonly string[]
  /** Names that `RunOptions.overrides` accepts a graphical function for. */
  readonly graphicalFunctions: readonly string[]
  /** Problems that do not stop a run, such as unit mismatches. */
  readonly warnings: readonly Problem[]
  /** Number of integration steps in one run. */
  readonly steps: number
  run(options?: RunOptions): RunResult
}
