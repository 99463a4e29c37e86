// What the page (or the CLI) and a pool worker say to each other: a task with an id, and a reply
// with the same id holding a result or an error message. One protocol for browser Workers and
// Node worker_threads; the arrays in results are transferred, not copied.
import type { OutcomeRequest, ScenarioRun, SeekAnswer, SeekRequest } from '../decisions-api'
import type { UncertainParameter } from '../engine-api'

export interface DrawsTask {
  kind: 'draws'
  run: ScenarioRun
  seed: number
  /** Draws `from` (inclusive) to `to` (exclusive), numbered across the whole ensemble. */
  from: number
  to: number
  /** Outputs to keep (an arrayed name stands for its elements); default the public outputs. */
  outputs?: string[]
  /** Keep every `stride`-th saved time. */
  stride: number
}

export interface DrawsResult {
  kind: 'draws'
  from: number
  to: number
  outputNames: string[]
  times: Float64Array
  /** Run by run: `values[(run - from) * outputs * times + output * times + t]`. */
  values: Float64Array
  /** Runs with a kept value that is not a finite number. */
  incompleteRuns: number
  /** Time the worker spent running the model, for the bench and the status line. */
  engineMs: number
  /** The parameters varied, and each run's values of them: `draws[(run - from) * parameters + p]`. */
  parameters: UncertainParameter[]
  draws: Float64Array
}

/** Runs of one outcome with settings on top of the scenario's inputs, one run per entry. */
export interface OutcomesTask {
  kind: 'outcomes'
  request: OutcomeRequest
  settings: Array<Record<string, number>>
}

export interface OutcomesResult {
  kind: 'outcomes'
  /** The output's name as the model spells it. */
  output: string
  outcomes: Float64Array
}

/** The uncertain parameters an ensemble of this scenario varies, with their ranges. */
export interface VariedTask {
  kind: 'varied'
  run: ScenarioRun
}

export interface VariedResult {
  kind: 'varied'
  parameters: UncertainParameter[]
}

export interface SeekTask {
  kind: 'seek'
  request: SeekRequest
}

export interface SeekResult {
  kind: 'seek'
  answer: SeekAnswer
}

export type PoolTask = DrawsTask | OutcomesTask | SeekTask | VariedTask
export type PoolResult = DrawsResult | OutcomesResult | SeekResult | VariedResult

/** The result type that answers a task of kind K. */
export type ResultOf<T extends PoolTask> = Extract<PoolResult, { kind: T['kind'] }>

export interface TaskMessage {
  id: number
  task: PoolTask
}

export type ReplyMessage =
  | { id: number; ok: true; result: PoolResult }
  | { id: number; ok: false; error: string }

/** Sent to a worker to make it close its port and end once idle. */
export const STOP = 'stop' as const
