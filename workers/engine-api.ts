// The one typed interface between the app and the engine. The browser reaches it in a Web Worker
// through comlink (engine.worker.ts, engine-client.ts); Node tests call the same implementation
// directly (engine-service.ts). Only plain data crosses: structured-clonable objects and
// Float64Arrays whose buffers are transferred, never copied.
import type { AreaEditRange, AreaEdits } from '../model/care/area-edit-range'
import type { Area, LeverSpec, OutputSpec, Scenario } from '../model/care/types'
import type { Problem } from '../model/errors'
import type { Source } from '../model/ir'
import type { ModelInput } from '../model/simulation'

/** A model constant the app can show and edit, with what the model says about it. */
export interface ParameterInfo {
  name: string
  /** The model's own default value (before any area's parameters). */
  value: number
  units?: string
  doc?: string
  sources?: Source[]
  range?: [number, number]
}

/** A bundled `scenarios/*.json` file, already validated. */
export interface LibraryScenario {
  /** File name, e.g. `baseline.json`. */
  file: string
  scenario: Scenario
}

/** A bundled scenario file that failed validation: shown to the user, never run. */
export interface LibraryProblem {
  file: string
  message: string
}

/** Everything the app needs to draw its controls before the first run. */
export interface Catalogue {
  modelName: string
  modelVersion: string
  levers: LeverSpec[]
  /** Each area's levers by area id: the same levers with the ranges and steps that fit the place. */
  leversByArea: Record<string, LeverSpec[]>
  outputs: OutputSpec[]
  areas: Area[]
  defaultAreaId: string
  /** Numeric constants of the model with their metadata, for lever baselines and area set-up. */
  parameters: ParameterInfo[]
  /** Area id -> each parameter the area sets -> its limits and plausible range there (Area set-up). */
  areaEditRanges: Record<string, Record<string, AreaEditRange>>
  scenarios: LibraryScenario[]
  scenarioProblems: LibraryProblem[]
  /**
   * Every output a run can return, in the model's order, published once. A run returns all of them
   * or those its request names (`RunRequest.outputs`); `RunResponse.outputNames` says which.
   */
  outputNames: string[]
  /**
   * Every input a run can set, published once: the model's constants (one per element) and graphical
   * functions. An input's position in this list is its slot in the engine (`CompiledModel.inputs`).
   */
  inputs: ModelInput[]
  /** Model time of the first saved value and of the last, in years. */
  startTime: number
  stopTime: number
}

/**
 * `notes` say what was changed to bring an older file up to date (empty for a current one);
 * `areaEdits` are the edits to the area's baseline the file carries, if any.
 */
export type ScenarioCheck =
  | { ok: true; scenario: Scenario; notes: string[]; areaEdits?: AreaEdits }
  | { ok: false; message: string; problems: Problem[] }

/** A project file (a workspace: every area's edits and every scenario), checked. */
export type ProjectCheck =
  | { ok: true; areaEdits: Record<string, AreaEdits>; scenarios: Scenario[]; notes: string[] }
  | { ok: false; message: string; problems: Problem[] }

export interface RunRequest {
  scenario: Scenario
  /** The user's edits to the area's baseline parameters; a scenario's levers still win over them. */
  areaEdits?: Record<string, number>
  /**
   * The outputs to return, by name (an arrayed output's own name stands for all its elements);
   * every output when absent. A run then transfers only what the page draws.
   */
  outputs?: string[]
  /** Edited parameters the user confirmed outside their plausible range. */
  confirmedOutsideRange?: string[]
}

export interface RunResponse {
  /** Saved times (model years). */
  times: Float64Array
  /** The outputs returned, in the order of `values`: those the request named, or all of them. */
  outputNames: string[]
  /** `outputNames.length` x `times.length`, output by output, as in the engine's RunResult. */
  values: Float64Array
  /** Time the engine spent on the run, for the app's status line and the bench. */
  runMs: number
}

/** Runs in an uncertainty job unless the request says otherwise. */
export const DEFAULT_UNCERTAINTY_SAMPLES = 60
/** The sampler's seed unless the request says otherwise: the same seed, the same bands. */
export const DEFAULT_UNCERTAINTY_SEED = 1
export const MAX_UNCERTAINTY_SAMPLES = 1000

/**
 * Many runs of one scenario, each with the uncertain parameters drawn from their ranges. Which
 * vary: parameters with a plausible range that are neither levers (the analyst's choice) nor set by
 * the area or the analyst's area edits (facts of the place), and no model switch. Each is drawn
 * from a triangular distribution between the ends of its range with its mode at the default.
 */
export interface UncertaintyRequest extends RunRequest {
  /** Number of runs, 2 to MAX_UNCERTAINTY_SAMPLES; default DEFAULT_UNCERTAINTY_SAMPLES. */
  samples?: number
  /** A whole number from 0 to 2^32 - 1; default DEFAULT_UNCERTAINTY_SEED. */
  seed?: number
  /** Outputs to return percentiles for (arrayed outputs by element); default the model's public outputs. */
  outputs?: string[]
  /** The caller's name for the job, so it can cancel it with cancelUncertainty. */
  jobId?: string
}

/** A parameter an uncertainty job varies: its range and most likely value. */
export interface UncertainParameter {
  name: string
  low: number
  mode: number
  high: number
  units?: string
}

export interface UncertaintyProgress {
  jobId?: string
  /** Runs finished so far. */
  done: number
  total: number
}

export interface UncertaintyBands {
  status: 'done'
  /** Saved times (model years), as in RunResponse. */
  times: Float64Array
  /** The outputs the percentiles are for, in the order of the arrays below. */
  outputNames: string[]
  /** `outputNames.length` x `times.length` each, output by output, like RunResponse.values. */
  p10: Float64Array
  p50: Float64Array
  p90: Float64Array
  samples: number
  seed: number
  /** The parameters that were varied, in the model's order. */
  parameters: UncertainParameter[]
  /** Runs that gave a value that is not a finite number; such values are left out of the percentiles. */
  incompleteRuns: number
  /** Time from the start of the job to its end, pauses for interactive runs included. */
  elapsedMs: number
  /** Time spent in the engine alone. */
  engineMs: number
}

export type UncertaintyResponse = UncertaintyBands | { status: 'cancelled'; done: number }

export interface EngineApi {
  catalogue(): Promise<Catalogue>
  /** Validates a scenario file's text; a bad file yields a message naming file and field. */
  checkScenario(text: string, file: string): Promise<ScenarioCheck>
  /** Validates a project file's text, every scenario in it and every area edit. */
  checkProject(text: string, file: string): Promise<ProjectCheck>
  run(request: RunRequest): Promise<RunResponse>
  /**
   * Runs the scenario many times with its uncertain parameters sampled, in short slices that let
   * interactive runs go first, and returns percentile bands; `onProgress` hears after each slice.
   */
  runUncertainty(
    request: UncertaintyRequest,
    onProgress?: (progress: UncertaintyProgress) => void,
  ): Promise<UncertaintyResponse>
  /** Stops the job of that id at its next slice; it then settles as `cancelled`. */
  cancelUncertainty(jobId: string): Promise<void>
}
