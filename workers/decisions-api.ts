// The typed face of the decision tools (goal seek, sensitivity, ensembles), shared by the pool's
// workers, the page and the CLI. Only plain data crosses: structured-clonable objects and
// Float64Arrays.
import type { Scenario } from '../model/care/types'
import type { Override } from '../model/simulation'
import type { UncertaintyBands } from './engine-api'

/** A scenario as the analyst has it: the scenario, their edits to the area, any `--set` settings. */
export interface ScenarioRun {
  scenario: Scenario
  areaEdits?: Record<string, number>
  /** Edited parameters the analyst confirmed outside their plausible range. */
  confirmedOutsideRange?: string[]
  settings?: Record<string, Override>
}

/** One output at one time: what a goal seek aims at and a tornado chart measures. */
export interface OutcomeRequest extends ScenarioRun {
  /** A model output, e.g. `bed occupancy` (one element of an arrayed output, e.g. `population[age85plus]`). */
  output: string
  /** Calendar years; 2030 is 1 January 2030. */
  at: number
}

export interface SeekRequest extends OutcomeRequest {
  lever: string
  target: number
}

export type SeekAnswer =
  | {
      status: 'found'
      lever: string
      /** The smallest value of the lever in its range at which the outcome reaches the target. */
      value: number
      /** The outcome at that value. */
      achieved: number
      range: [number, number]
      runs: number
    }
  | {
      status: 'unreachable'
      lever: string
      range: [number, number]
      /** The outcome at the ends of the lever's range. */
      atMin: number
      atMax: number
      /** The lowest and highest outcomes seen across the range. */
      lowest: number
      highest: number
      /** One sentence naming the lever, its range and what it does reach. */
      message: string
      runs: number
    }

export interface SensitivityRequest extends OutcomeRequest {}

/** One bar of a tornado chart: one uncertain parameter at each end of its range, the rest at default. */
export interface TornadoBar {
  parameter: string
  units?: string
  low: number
  high: number
  outcomeAtLow: number
  outcomeAtHigh: number
  /** |outcome at high - outcome at low|. */
  swing: number
}

export interface SensitivityResult {
  output: string
  at: number
  /** The outcome with every parameter at its default. */
  base: number
  /** Sorted by swing, largest first. */
  bars: TornadoBar[]
}

/** An ensemble as the app keeps it: percentile bands for drawing, and each run for paired questions. */
export interface EnsembleBands extends UncertaintyBands {
  /** The 25th and 75th percentiles: the fan chart's inner band. */
  p25: Float64Array
  p75: Float64Array
  /** Saved times kept: every `stride`-th of the run's (3: every quarter). */
  stride: number
  /** Workers the runs were spread over. */
  workers: number
  /** Each run's kept values, cell by cell (one output at one kept time): `runValues[cell * samples + run]`. */
  runValues: Float32Array
  /** Each run's parameter values: `draws[run * parameters.length + p]`. */
  draws: Float64Array
}

export const DEFAULT_ENSEMBLE_RUNS = 1000
export const MAX_ENSEMBLE_RUNS = 10_000
/** The run counts the app offers. */
export const ENSEMBLE_RUN_CHOICES = [200, 1000, 2000, 5000, 10_000] as const
