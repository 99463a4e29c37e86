// The engine behind EngineApi: compiles the care model once and runs scenarios on it. It holds no
// browser or worker code, so Node tests use it directly and the worker only wraps it.

import { areaEditRanges } from '../model/care/area-edits'
import {
  AREAS,
  buildCareModel,
  CARE_MODEL_VERSION,
  DEFAULT_AREA_ID,
  findArea,
  LEVERS,
  OUTPUTS,
  parseScenario,
  readScenarioFile,
  scenarioInputs,
} from '../model/care/index'
import { readProjectFile } from '../model/care/project-file'
import { compile } from '../model/compile-model'
import { ModelError, type Problem } from '../model/errors'
import type { CompiledModel, InputSetting, Override } from '../model/simulation'
import { leversForArea } from './area-levers'
import type {
  Catalogue,
  EngineApi,
  LibraryProblem,
  LibraryScenario,
  ParameterInfo,
  ProjectCheck,
  RunRequest,
  RunResponse,
  ScenarioCheck,
  UncertaintyProgress,
  UncertaintyRequest,
  UncertaintyResponse,
} from './engine-api'
import { numericConstants } from './model-parameters'
import { uncertainParameters } from './uncertainty/uncertain-parameters'
import { runUncertaintyJob } from './uncertainty/uncertainty-job'
import { checkUncertaintyRequest, outputPositions } from './uncertainty/uncertainty-request'
import { yieldToEventLoop } from './uncertainty/yield-to-event-loop'

/** Scenario files by file name (e.g. `baseline.json`) -> their text. */
export type ScenarioFiles = Record<string, string>

export interface EngineServiceOptions {
  /**
   * An uncertainty job runs for about this long before letting other work in (at least one run per
   * slice). A care-model run takes a few milliseconds, so the default yields after every run.
   */
  sliceMs?: number
  /** How a job lets other work in; the default hands the thread to waiting messages. */
  yieldControl?: () => Promise<void>
}

export class EngineService implements EngineApi {
  private compiled?: CompiledModel
  private parameterList?: ParameterInfo[]
  /** Uncertainty jobs in progress by their caller's id, each with its cancel flag. */
  private readonly jobs = new Map<string, { cancelled: boolean }>()

  constructor(
    private readonly scenarioFiles: ScenarioFiles = {},
    private readonly options: EngineServiceOptions = {},
  ) {}

  async catalogue(): Promise<Catalogue> {
    const compiled = this.model()
    const { scenarios, problems } = this.readLibrary()
    const times = compiled.model.time
    return {
      modelName: compiled.model.name,
      modelVersion: CARE_MODEL_VERSION,
      levers: LEVERS,
      leversByArea: Object.fromEntries(AREAS.map((area) => [area.id, leversForArea(area)])),
      outputs: OUTPUTS,
      areas: AREAS,
      defaultAreaId: DEFAULT_AREA_ID,
      parameters: [...this.parameters()],
      areaEditRanges: Object.fromEntries(AREAS.map((area) => [area.id, areaEditRanges(area)])),
      scenarios,
      scenarioProblems: problems,
      outputNames: [...compiled.names],
      inputs: compiled.inputs.map((input) => ({ ...input })),
      startTime: times.start,
      stopTime: times.stop,
    }
  }

  async checkScenario(text: string, file: string): Promise<ScenarioCheck> {
    try {
      const { scenario, notes, areaEdits } = readScenarioFile(text, file)
      return areaEdits ? { ok: true, scenario, notes, areaEdits } : { ok: true, scenario, notes }
    } catch (error) {
      return refusal(error, file)
    }
  }

  async checkProject(text: string, file: string): Promise<ProjectCheck> {
    try {
      return { ok: true, ...readProjectFile(text, file) }
    } catch (error) {
      return refusal(error, file)
    }
  }

  async run(request: RunRequest): Promise<RunResponse> {
    const compiled = this.model()
    const inputs = compiled.inputsByName(runOverrides(request))
    const outputs = request.outputs ? compiled.outputIndices(request.outputs) : undefined
    const started = performance.now()
    const result = compiled.run({ inputs, outputs })
    const runMs = performance.now() - started
    // Every run's buffers are new (RunResult), so they can be transferred to the page as they are.
    return { times: result.times, outputNames: [...result.names], values: result.values, runMs }
  }

  async runUncertainty(
    request: UncertaintyRequest,
    onProgress?: (progress: UncertaintyProgress) => void,
  ): Promise<UncertaintyResponse> {
    const started = performance.now()
    const { samples, seed } = checkUncertaintyRequest(request)
    const compiled = this.model()
    const base = compiled.inputsByName(runOverrides(request))
    const area = findArea(request.scenario.area)
    const varied = uncertainParameters(this.parameters(), {
      levers: LEVERS.map((lever) => lever.name),
      areaParameters: area?.parameters ?? {},
      areaEdits: request.areaEdits,
    })
    const outputs = outputPositions(compiled, request.outputs, OUTPUTS)
    // By slot: the varied parameters' inputs and the kept outputs are looked up once, not per run.
    const variedInputs = varied.map(({ name }) => compiled.inputsByName({ [name]: 0 })[0][0])
    const keptOutputs = outputs.map((output) => output.index)
    const { jobId } = request
    const job = { cancelled: false }
    if (jobId !== undefined) this.jobs.set(jobId, job)
    try {
      const outcome = await runUncertaintyJob(
        // Each run returns the kept outputs only, in order: positions 0, 1, ... of its values.
        { samples, seed, varied, outputIndices: keptOutputs.map((_, position) => position) },
        // Sampled values may push the model somewhere it yields NaN; keep the run and leave those
        // values out of the percentiles rather than fail the whole job.
        (draws) =>
          compiled.run({
            inputs: [...base, ...varied.map(({ name }, i): InputSetting => [variedInputs[i], draws[name]])],
            outputs: keptOutputs,
            failOnNaN: false,
          }),
        {
          sliceMs: this.options.sliceMs ?? 2,
          yieldControl: this.options.yieldControl ?? yieldToEventLoop,
          isCancelled: () => job.cancelled,
          onProgress: onProgress && ((done, total) => onProgress({ jobId, done, total })),
        },
      )
      if (outcome.status === 'cancelled') return outcome
      return {
        ...outcome,
        outputNames: outputs.map((o) => o.name),
        samples,
        seed,
        parameters: varied.map(({ name, low, mode, high, units }) => ({ name, low, mode, high, units })),
        elapsedMs: performance.now() - started,
      }
    } finally {
      if (jobId !== undefined && this.jobs.get(jobId) === job) this.jobs.delete(jobId)
    }
  }

  async cancelUncertainty(jobId: string): Promise<void> {
    const job = this.jobs.get(jobId)
    if (job) job.cancelled = true
  }

  private model(): CompiledModel {
    if (!this.compiled) this.compiled = compile(buildCareModel())
    return this.compiled
  }

  private parameters(): ParameterInfo[] {
    if (!this.parameterList) {
      const compiled = this.model()
      this.parameterList = numericConstants(compiled.model, compiled.constants)
    }
    return this.parameterList
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

/** A file that could not be read, as the app shows it: the message names the file and the field. */
function refusal(error: unknown, file: string): { ok: false; message: string; problems: Problem[] } {
  if (error instanceof ModelError) return { ok: false, message: error.message, problems: error.problems }
  const message = error instanceof Error ? error.message : String(error)
  return { ok: false, message: `${file}: ${message}`, problems: [{ file, message }] }
}

/**
 * The one rule (area, the analyst's edits, then the levers), checking every edit and lever again:
 * a saved scenario outside a range after a model change is a named error, not a run.
 */
function runOverrides(request: RunRequest): Record<string, Override> {
  const { areaEdits, confirmedOutsideRange } = request
  return scenarioInputs(request.scenario, { areaEdits, confirmedOutsideRange })
}
