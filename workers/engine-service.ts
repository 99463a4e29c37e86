// The engine behind EngineApi: compiles the care model once and runs scenarios on it. It holds no
// browser or worker code, so Node tests use it directly and the worker only wraps it.
import {
  AREAS,
  buildCareModel,
  CARE_MODEL_VERSION,
  DEFAULT_AREA_ID,
  LEVERS,
  OUTPUTS,
  parseScenario,
  scenarioOverrides,
} from '../model/care/index'
import { compile } from '../model/compile/compile'
import { ModelError } from '../model/errors'
import type { Model, Variable } from '../model/ir'
import type { CompiledModel, Override } from '../model/simulation'
import type {
  Catalogue,
  EngineApi,
  LibraryProblem,
  LibraryScenario,
  ParameterInfo,
  RunRequest,
  RunResponse,
  ScenarioCheck,
} from './engine-api'

/** Scenario files by file name (e.g. `baseline.json`) -> their text. */
export type ScenarioFiles = Record<string, string>

export class EngineService implements EngineApi {
  private compiled?: CompiledModel

  constructor(private readonly scenarioFiles: ScenarioFiles = {}) {}

  async catalogue(): Promise<Catalogue> {
    const compiled = this.model()
    const { scenarios, problems } = this.readLibrary()
    const times = compiled.model.time
    return {
      modelName: compiled.model.name,
      modelVersion: CARE_MODEL_VERSION,
      levers: LEVERS,
      outputs: OUTPUTS,
      areas: AREAS,
      defaultAreaId: DEFAULT_AREA_ID,
      parameters: numericConstants(compiled.model, compiled.constants),
      scenarios,
      scenarioProblems: problems,
      outputNames: [...compiled.names],
      startTime: times.start,
      stopTime: times.stop,
    }
  }

  async checkScenario(text: string, file: string): Promise<ScenarioCheck> {
    try {
      return { ok: true, scenario: parseScenario(text, file) }
    } catch (error) {
      if (error instanceof ModelError) return { ok: false, message: error.message, problems: error.problems }
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, message: `${file}: ${message}`, problems: [{ file, message }] }
    }
  }

  async run(request: RunRequest): Promise<RunResponse> {
    const compiled = this.model()
    const overrides: Record<string, Override> = { ...scenarioOverrides(request.scenario) }
    // Edited area parameters replace the area's defaults but never a lever the scenario sets.
    for (const [name, value] of Object.entries(request.areaEdits ?? {})) {
      if (!(name in request.scenario.levers)) overrides[name] = value
    }
    const started = performance.now()
    const result = compiled.run({ overrides })
    const runMs = performance.now() - started
    // Every run's buffers are new (RunResult), so they can be transferred to the page as they are.
    return { times: result.times, values: result.values, runMs }
  }

  private model(): CompiledModel {
    if (!this.compiled) this.compiled = compile(buildCareModel())
    return this.compiled
  }

  private readLibrary(): { scenarios: LibraryScenario[]; problems: LibraryProblem[] } {
    const scenarios: LibraryScenario[] = []
    const problems: LibraryProblem[] = []
    for (const file of Object.keys(this.scenarioFiles).sort()) {
      try {
        scenarios.push({ file, scenario: parseScenario(this.scenarioFiles[file], file) })
      } catch (error) {
        problems.push({ file, message: error instanceof Error ? error.message : String(error) })
      }
    }
    return { scenarios, problems }
  }
}

/** Constants whose equation is a plain number: what levers and area parameters can set. */
function numericConstants(model: Model, overridable: readonly string[]): ParameterInfo[] {
  const allowed = new Set(overridable)
  const parameters: ParameterInfo[] = []
  for (const variable of model.variables) {
    if (!allowed.has(variable.name) || variable.dimensions?.length) continue
    const value = numericEquation(variable)
    if (value === undefined) continue
    parameters.push({
      name: variable.name,
      value,
      units: variable.units,
      doc: variable.doc,
      sources: variable.meta?.sources,
      range: variable.meta?.range,
    })
  }
  return parameters
}

function numericEquation(variable: Variable): number | undefined {
  if (variable.kind === 'gf' || variable.graphicalFunction || variable.equation === undefined)
    return undefined
  const text = variable.equation.trim()
  if (text === '') return undefined
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}
