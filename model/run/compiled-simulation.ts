// A compiled model as its callers see it (simulation.ts): the generated code and what it publishes
// (outputs, inputs, names), and runs that each take their own inputs and never change the model.
import type { GeneratedModel } from '../compile/generate'
import { ModelError, type Problem } from '../errors'
import type { IntegrationMethod, Model } from '../ir'
import { canonicalName } from '../names'
import type { CompiledModel, InputSetting, ModelInput, Override, RunOptions, RunResult } from '../simulation'
import { failOnNaN } from './find-nan'
import { inputsByName, NO_INPUTS, prepareInputs } from './inputs'
import { simulate } from './simulate'

export class CompiledSimulation implements CompiledModel {
  readonly names: readonly string[]
  readonly inputs: readonly ModelInput[]
  readonly constants: readonly string[]
  readonly graphicalFunctions: readonly string[]
  readonly steps: number
  /** Every output's index, in order: what a run returns unless it asks for fewer. */
  private readonly allOutputs: readonly number[]
  /** Canonical output name -> index, built on first use of `outputIndices`. */
  private outputsByName?: Map<string, number>

  constructor(
    readonly model: Model,
    private readonly generated: GeneratedModel,
    readonly warnings: readonly Problem[],
  ) {
    this.names = generated.outputNames
    this.inputs = Object.freeze(
      generated.inputs.map(
        (input): ModelInput =>
          input.kind === 'constant'
            ? { name: input.name, kind: input.kind, value: input.value }
            : { name: input.name, kind: input.kind },
      ),
    )
    this.constants = generated.constantNames
    this.graphicalFunctions = generated.graphicalFunctionNames
    this.steps = generated.grid.steps
    this.allOutputs = Object.freeze(this.names.map((_, index) => index))
  }

  /** The generated source, for inspection and tests. */
  get source(): string {
    return this.generated.source
  }

  inputsByName(settings: Readonly<Record<string, Override>>): InputSetting[] {
    return inputsByName(settings, this.generated)
  }

  outputIndices(names: readonly string[]): number[] {
    this.outputsByName ??= new Map(this.names.map((name, index) => [canonicalName(name), index]))
    const problems: Problem[] = []
    const indices: number[] = []
    for (const name of names) {
      const index = this.outputsByName.get(canonicalName(name))
      if (index === undefined) problems.push({ variable: name, message: 'is not an output of this model' })
      else indices.push(index)
    }
    if (problems.length) throw new ModelError(problems)
    return indices
  }

  run(options: RunOptions = {}): RunResult {
    const method: IntegrationMethod = options.method ?? this.model.time.method
    const byName = options.overrides ? this.inputsByName(options.overrides) : []
    const settings = options.inputs ? [...byName, ...options.inputs] : byName
    const inputs = settings.length ? prepareInputs(settings, this.generated) : NO_INPUTS
    const outputs = options.outputs
    const output = simulate(this.generated, {
      method,
      inputs,
      outputs,
      savePeriod: options.savePeriod,
      resultBytes: options.resultBytes,
    })
    const names = outputs ? outputs.map((index) => this.names[index]) : this.names
    const result: RunResult = {
      names,
      outputs: outputs ? [...outputs] : this.allOutputs,
      times: output.times,
      values: output.values,
    }
    if ((options.failOnNaN ?? true) && Number.isNaN(output.probe)) failOnNaN(result, this.model.file)
    return result
  }
}
