// compile(model): layout -> resolve equations into a plan -> order -> generate code, once per model.
// Each run then reuses the generated functions with its own overrides and state.
import { ModelError, type Problem } from '../errors'
import type { IntegrationMethod, Model } from '../ir'
import { failOnNaN } from '../run/find-nan'
import { prepareOverrides } from '../run/overrides'
import { type LookupTable, RUNTIME_HELPERS, toLookupTable } from '../run/runtime'
import { type RunSetup, simulate } from '../run/simulate'
import type { CompiledModel, RunOptions, RunResult } from '../simulation'
import { buildPlan } from './build-plan'
import { generateSource, type PhaseFunctions } from './codegen'
import { layOut } from './layout'
import { orderPlan } from './order'
import type { Plan } from './plan'
import { type TimeGrid, timeGrid } from './time-spec'

export interface CompileOptions {
  /** Checks that add warnings, such as units; given by the caller so the core stays small. */
  checks?: Array<(model: Model, plan: Plan) => Problem[]>
}

interface GeneratedCode {
  functions: PhaseFunctions
  stockSlots: Int32Array
  source: string
}

function generate(plan: Plan, grid: TimeGrid, varyingConstants: ReadonlySet<number>): GeneratedCode {
  const ordering = orderPlan(plan, varyingConstants)
  const source = generateSource(ordering, { start: grid.start, stop: grid.stop })
  // The source is built only from validated Expr trees: numbers, slot indices and helper names.
  const functions = new Function('helpers', source)(RUNTIME_HELPERS) as PhaseFunctions
  return { functions, stockSlots: Int32Array.from(ordering.stocks.map((stock) => stock.slot)), source }
}

class CompiledSimulation implements CompiledModel {
  readonly names: readonly string[]
  readonly constants: readonly string[]
  readonly graphicalFunctions: readonly string[]
  readonly steps: number
  private readonly defaults: Float64Array
  private readonly tables: LookupTable[]
  private readonly delayCount: number
  /** Generated code by the set of constants given time series (which must be recomputed each step). */
  private readonly codeByVaryingConstants = new Map<string, GeneratedCode>()

  constructor(
    readonly model: Model,
    private readonly plan: Plan,
    private readonly grid: TimeGrid,
    readonly warnings: readonly Problem[],
  ) {
    this.names = plan.outputNames
    this.constants = plan.constantNames
    this.graphicalFunctions = plan.graphicalFunctionNames
    this.steps = grid.steps
    this.defaults = new Float64Array(plan.slotCount)
    for (const entry of plan.entries) if (entry.role === 'constant') this.defaults[entry.slot] = entry.value
    this.tables = plan.tables.map(toLookupTable)
    this.delayCount = plan.entries.filter((entry) => entry.role === 'delay').length
    this.codeFor(new Set())
  }

  /** The generated source, for inspection and tests. */
  get source(): string {
    return this.codeFor(new Set()).source
  }

  private codeFor(varyingConstants: ReadonlySet<number>): GeneratedCode {
    const key = [...varyingConstants].sort((a, b) => a - b).join(',')
    let code = this.codeByVaryingConstants.get(key)
    if (!code) {
      code = generate(this.plan, this.grid, varyingConstants)
      this.codeByVaryingConstants.set(key, code)
    }
    return code
  }

  run(options: RunOptions = {}): RunResult {
    const method: IntegrationMethod = options.method ?? this.model.time.method
    const overrides = prepareOverrides(options.overrides, this.plan)
    const code = this.codeFor(new Set(overrides.series.map((series) => series.slot)))
    const setup: RunSetup = {
      functions: code.functions,
      stockSlots: code.stockSlots,
      slotCount: this.plan.slotCount,
      outputCount: this.plan.outputNames.length,
      defaults: this.defaults,
      tables: this.tables,
      delayCount: this.delayCount,
      start: this.grid.start,
      dt: this.grid.dt,
      steps: this.grid.steps,
      saveEvery: this.grid.saveEvery,
    }
    const output = simulate(setup, method, overrides)
    const result: RunResult = {
      names: [...this.plan.outputNames],
      times: output.times,
      values: output.values,
    }
    if (options.failOnNaN ?? true) failOnNaN(result, this.model.file)
    return result
  }
}

export function compile(
  model: Model,
  options: CompileOptions = {},
): CompiledModel & { readonly source: string } {
  const grid = timeGrid(model)
  try {
    const plan = buildPlan(model, layOut(model))
    const warnings = (options.checks ?? []).flatMap((check) => check(model, plan))
    return new CompiledSimulation(model, plan, grid, warnings)
  } catch (error) {
    if (error instanceof ModelError && model.file) throw error.inFile(model.file)
    throw error
  }
}
