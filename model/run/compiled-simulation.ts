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
  /** Canonical output name, and base name of an arrayed output -> indices; built on first use. */
  private outputsByName?: Map<string, number[]>

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
    const byName = this.outputIndex()
    const problems: Problem[] = []
    const indices: number[] = []
    for (const name of names) {
      const found = byName.get(canonicalName(name))
      if (found === undefined) problems.push({ variable: name, message: 'is not an output of this model' })
      else indices.push(...found)
    }
    if (problems.length) throw new ModelError(problems)
    return indices
  }

  /** An element's name finds the element; an arrayed variable's own name, all its elements in order. */
  private outputIndex(): Map<string, number[]> {
    if (this.outputsByName) return this.outputsByName
    const byName = new Map<string, number[]>()
    this.names.forEach((name, index) => {
      const key = canonicalName(name)
      byName.set(key, [index])
      const open = key.indexOf('[')
      if (open < 0) return
      const base = key.slice(0, open)
      const elements = byName.get(base)
      if (elements) elements.push(index)
      else byName.set(base, [index])
    })
    this.outputsByName = byName
    return byName
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
