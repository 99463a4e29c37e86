// compile(model): layout -> resolve equations into a plan -> order -> generate code, once per model.
// Each run then reuses the generated functions with its own overrides and state.
import { ModelError, type Problem } from '../errors'
import type { IntegrationMethod, Model } from '../ir'
import { failOnNaN } from '../run/find-nan'
import { prepareOverrides } from '../run/overrides'
import { type RunSetup, savedTimes, simulate } from '../run/simulate'
import type { CompiledModel, RunOptions, RunResult } from '../simulation'
import { checkUnits } from '../units/check-units'
import { buildPlan } from './build-plan'
import { RUNTIME_HELPERS } from './builtins'
import { generateSource, type PhaseFunctions } from './codegen'
import { layOut } from './layout'
import { toLookupTable } from './lookup-table'
import { orderPlan } from './order'
import type { Plan } from './plan'
import { savePeriodWarning, type TimeGrid, timeGrid } from './time-spec'

export interface CompileOptions {
  /** Checks that add warnings, run after the units check, which always runs. */
  checks?: Array<(model: Model, plan: Plan) => Problem[]>
}

interface GeneratedCode {
  functions: PhaseFunctions
  stockCount: number
  source: string
}

function generate(plan: Plan, grid: TimeGrid, varyingConstants: ReadonlySet<number>): GeneratedCode {
  const ordering = orderPlan(plan, varyingConstants)
  const source = generateSource(
    ordering,
    { start: grid.start, stop: grid.stop },
    { outputCount: plan.outputNames.length, savedCount: Math.floor(grid.steps / grid.saveEvery) + 1 },
  )
  // The source is built only from validated Expr trees: numbers, slot indices and helper names.
  const functions = new Function('helpers', source)(RUNTIME_HELPERS) as PhaseFunctions
  return { functions, stockCount: ordering.stocks.length, source }
}

class CompiledSimulation implements CompiledModel {
  readonly names: readonly string[]
  readonly constants: readonly string[]
  readonly graphicalFunctions: readonly string[]
  readonly steps: number
  /** Everything a run needs but its generated code; the same for every run. */
  private readonly baseSetup: RunSetup
  /** Generated code by the set of constants given time series (which must be recomputed each step). */
  private readonly codeByVaryingConstants = new Map<string, GeneratedCode>()

  constructor(
    readonly model: Model,
    private readonly plan: Plan,
    private readonly grid: TimeGrid,
    readonly warnings: readonly Problem[],
  ) {
    this.names = Object.freeze([...plan.outputNames])
    this.constants = plan.constantNames
    this.graphicalFunctions = plan.graphicalFunctionNames
    this.steps = grid.steps
    const defaults = new Float64Array(plan.slotCount)
    for (const entry of plan.entries) if (entry.role === 'constant') defaults[entry.slot] = entry.value
    const code = this.codeFor([])
    this.baseSetup = {
      functions: code.functions,
      stockCount: code.stockCount,
      outputCount: plan.outputNames.length,
      defaults,
      tables: plan.tables.map(toLookupTable),
      delayCount: plan.entries.filter((entry) => entry.role === 'delay').length,
      start: grid.start,
      dt: grid.dt,
      steps: grid.steps,
      saveEvery: grid.saveEvery,
      times: savedTimes(grid.start, grid.dt, grid.steps, grid.saveEvery),
    }
  }

  /** The generated source, for inspection and tests. */
  get source(): string {
    return this.codeFor([]).source
  }

  private codeFor(varyingConstants: number[]): GeneratedCode {
    const key = [...new Set(varyingConstants)].sort((a, b) => a - b).join(',')
    let code = this.codeByVaryingConstants.get(key)
    if (!code) {
      code = generate(this.plan, this.grid, new Set(varyingConstants))
      this.codeByVaryingConstants.set(key, code)
    }
    return code
  }

  run(options: RunOptions = {}): RunResult {
    const method: IntegrationMethod = options.method ?? this.model.time.method
    const overrides = prepareOverrides(options.overrides, this.plan)
    let setup = this.baseSetup
    if (overrides.series.length) {
      const code = this.codeFor(overrides.series.map((series) => series.slot))
      setup = { ...setup, functions: code.functions }
    }
    const output = simulate(setup, method, overrides)
    const result: RunResult = { names: this.names, times: output.times, values: output.values }
    if ((options.failOnNaN ?? true) && Number.isNaN(output.probe)) failOnNaN(result, this.model.file)
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
    // Units are checked on every compile, so a mismatch is never silent whoever compiles the model.
    const saving = savePeriodWarning(model, grid)
    const checks = [checkUnits, ...(options.checks ?? [])].flatMap((check) => check(model, plan))
    const warnings = saving ? [saving, ...checks] : checks
    return new CompiledSimulation(model, plan, grid, warnings)
  } catch (error) {
    if (error instanceof ModelError && model.file) throw error.inFile(model.file)
    throw error
  }
}
