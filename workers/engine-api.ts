// The one typed interface between the app and the engine. The browser reaches it in a Web Worker
// through comlink (engine.worker.ts, engine-client.ts); Node tests call the same implementation
// directly (engine-service.ts). Only plain data crosses: structured-clonable objects and
// Float64Arrays whose buffers are transferred, never copied.
import type { Area, LeverSpec, OutputSpec, Scenario } from '../model/care/types'
import type { Problem } from '../model/errors'
import type { Source } from '../model/ir'

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
  outputs: OutputSpec[]
  areas: Area[]
  defaultAreaId: string
  /** Numeric constants of the model with their metadata, for lever baselines and area set-up. */
  parameters: ParameterInfo[]
  scenarios: LibraryScenario[]
  scenarioProblems: LibraryProblem[]
  /** Names of a run's outputs, in the order of `RunResponse.values`. Fixed for the model. */
  outputNames: string[]
  /** Model time of the first saved value and of the last, in years. */
  startTime: number
  stopTime: number
}

export type ScenarioCheck =
  | { ok: true; scenario: Scenario }
  | { ok: false; message: string; problems: Problem[] }

export interface RunRequest {
  scenario: Scenario
  /** The user's edits to the area's baseline parameters; a scenario's levers still win over them. */
  areaEdits?: Record<string, number>
}

export interface RunResponse {
  /** Saved times (model years). */
  times: Float64Array
  /** `outputNames.length` x `times.length`, variable by variable, as in the engine's RunResult. */
  values: Float64Array
  /** Time the engine spent on the run, for the app's status line and the bench. */
  runMs: number
}

export interface EngineApi {
  catalogue(): Promise<Catalogue>
  /** Validates a scenario file's text; a bad file yields a message naming file and field. */
  checkScenario(text: string, file: string): Promise<ScenarioCheck>
  run(request: RunRequest): Promise<RunResponse>
}
