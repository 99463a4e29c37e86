// The care model compiled once per thread (the page's engine worker, each pool worker, the CLI),
// with what every decision tool needs from it: a scenario's inputs by the one rule
// (model/care/scenario-inputs.ts), the parameters an ensemble varies for it, and runs that hand
// back only the outputs asked for, at every saved time or every `stride`-th one.
import {
  buildCareModel,
  findArea,
  LEVERS,
  OUTPUTS,
  type Scenario,
  type ScenarioInputOptions,
  scenarioInputs,
} from '../model/care/index'
import { compile } from '../model/compile-model'
import { canonicalName } from '../model/names'
import type { CompiledModel, InputSetting, Override } from '../model/simulation'
import type { ParameterInfo } from './engine-api'
import { numericConstants } from './model-parameters'
import { uncertainParameters, type VariedParameter } from './uncertainty/uncertain-parameters'
import { type OutputPosition, outputPositions } from './uncertainty/uncertainty-request'

/** A scenario as a run needs it: the analyst's area edits and any `--set` settings with it. */
export interface ScenarioRequest {
  scenario: Scenario
  areaEdits?: Record<string, number>
  /** Edited parameters the analyst confirmed outside their plausible range. */
  confirmedOutsideRange?: string[]
  settings?: Record<string, Override>
}

/** Some outputs of one run, output by output: `values[o * times.length + t]`. */
export interface OutputRun {
  times: Float64Array
  values: Float64Array
}

export interface RunShape {
  /** Positions of the outputs among the model's, in the order wanted. */
  outputs: readonly number[]
  /** Keep every `stride`-th saved time (1: all of them). */
  stride?: number
  /** Throw a ModelError naming the variable and time when a kept value is NaN; default false. */
  failOnNaN?: boolean
}

export class CareEngine {
  readonly compiled: CompiledModel
  private parameterList?: ParameterInfo[]

  constructor(compiled?: CompiledModel) {
    this.compiled = compiled ?? compile(buildCareModel())
  }

  /** The model's numeric constants with their ranges and sources. */
  parameters(): ParameterInfo[] {
    this.parameterList ??= numericConstants(this.compiled.model, this.compiled.constants)
    return this.parameterList
  }

  /** The run's inputs for a scenario; a bad lever value is a ModelError naming it. */
  inputs(request: ScenarioRequest): Record<string, Override> {
    const { areaEdits, confirmedOutsideRange, settings } = request
    const options: ScenarioInputOptions = { areaEdits, confirmedOutsideRange, settings }
    return scenarioInputs(request.scenario, options)
  }

  /**
   * The uncertain parameters for a scenario: ranged, and neither a lever nor set by its area or the
   * analyst's edits. The same for every scenario of an area with the same edits, so their draws pair.
   */
  varied(request: Pick<ScenarioRequest, 'scenario' | 'areaEdits'>): VariedParameter[] {
    return uncertainParameters(this.parameters(), {
      levers: LEVERS.map((lever) => lever.name),
      areaParameters: findArea(request.scenario.area)?.parameters ?? {},
      areaEdits: request.areaEdits,
    })
  }

  /** Where named outputs sit (an arrayed name stands for its elements); default the public outputs. */
  outputs(names: readonly string[] | undefined, asker = 'outputs'): OutputPosition[] {
    return outputPositions(this.compiled, names, OUTPUTS, asker)
  }

  /** Settings by name as settings by input slot: resolved once, then used for many runs. */
  slots(settings: Readonly<Record<string, Override>>): InputSetting[] {
    return this.compiled.inputsByName(settings)
  }

  run(overrides: Readonly<Record<string, Override>>, shape: RunShape): OutputRun {
    return this.runSlots(this.slots(overrides), shape)
  }

  /** A run by input slot, returning only the outputs asked for, saved every `stride`-th month. */
  runSlots(inputs: readonly InputSetting[], shape: RunShape): OutputRun {
    const stride = shape.stride ?? 1
    const savePeriod = this.compiled.model.time.savePeriod
    const result = this.compiled.run({
      inputs,
      outputs: shape.outputs,
      savePeriod: stride > 1 && savePeriod !== undefined ? savePeriod * stride : undefined,
      failOnNaN: shape.failOnNaN ?? false,
    })
    return { times: result.times, values: result.values }
  }
}

/** An OutputRun read by name, as the appraisal reads a run. */
export function outputReader(run: OutputRun, names: readonly string[]) {
  const count = run.times.length
  const index = new Map(names.map((name, i) => [canonicalName(name), i]))
  return {
    times: run.times,
    series(name: string): Float64Array {
      const i = index.get(canonicalName(name))
      if (i === undefined) throw new Error(`the run did not keep '${name}'`)
      return run.values.subarray(i * count, (i + 1) * count)
    },
  }
}
