// compile(model): the engine's entry point. Lays the model out, resolves its equations into a plan,
// checks its units, and generates its code, once; each run then reuses the generated code with its
// own inputs. The layers it joins depend one way: compile/ knows neither units/ nor run/, and
// units/ and run/ know compile/ but not each other (tests/architecture.test.ts).
import { buildPlan } from './compile/build-plan'
import { generate } from './compile/generate'
import { layOut } from './compile/layout'
import type { Plan } from './compile/plan'
import { savePeriodWarning, timeGrid } from './compile/time-spec'
import { ModelError, type Problem } from './errors'
import type { Model } from './ir'
import { DEFAULT_LIMITS, type Limits } from './limits'
import { CompiledSimulation } from './run/compiled-simulation'
import { checkUnits } from './units/check-units'

export interface CompileOptions {
  /** Checks that add warnings, run after the units check, which always runs. */
  checks?: Array<(model: Model, plan: Plan) => Problem[]>
  /** Limits other than the defaults (model/limits.ts). */
  limits?: Partial<Limits>
}

export function compile(model: Model, options: CompileOptions = {}): CompiledSimulation {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits }
  try {
    const grid = timeGrid(model, limits)
    const plan = buildPlan(model, layOut(model, limits), limits)
    // Units are checked on every compile, so a mismatch is never silent whoever compiles the model.
    const saving =
      model.time.savePeriod === undefined
        ? undefined
        : savePeriodWarning(model.time.savePeriod, grid.dt, model.file)
    const checks = [checkUnits, ...(options.checks ?? [])].flatMap((check) => check(model, plan))
    const warnings = saving ? [saving, ...checks] : checks
    return new CompiledSimulation(model, generate(plan, grid), warnings)
  } catch (error) {
    if (error instanceof ModelError && model.file) throw error.inFile(model.file)
    throw error
  }
}
