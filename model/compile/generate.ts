// A plan -> the model's generated code, once: one `new Function` per compiled model, whatever its
// runs later give as inputs (numbers, time series or graphical functions are all data to it).
import { RUNTIME_HELPERS } from './builtins'
import { generateSource, type PhaseFunctions } from './codegen'
import { type LookupTable, toLookupTable } from './lookup-table'
import { orderPlan } from './order'
import type { Plan, PlanInput } from './plan'
import type { TimeGrid } from './time-spec'

/** Everything a run needs from the compiler: the same for every run of the model. */
export interface GeneratedModel {
  functions: PhaseFunctions
  /** The generated JavaScript, for inspection and tests. */
  source: string
  grid: TimeGrid
  slotCount: number
  stockCount: number
  delayCount: number
  /** Output names; output `i` is slot `i`. */
  outputNames: readonly string[]
  inputs: readonly PlanInput[]
  inputsByName: ReadonlyMap<string, readonly number[]>
  constantNames: readonly string[]
  graphicalFunctionNames: readonly string[]
  /** Constants' values at their slots; zero elsewhere. */
  defaults: Float64Array
  tables: readonly LookupTable[]
  /** Slot -> positions of the parametric auxiliaries that read it (see order.ts). */
  parametricReaders: ReadonlyMap<number, readonly number[]>
  /** The slot of each parametric auxiliary, by position. */
  parametricSlots: Int32Array
  /** The times saved at the model's own save period, copied into each run's result. */
  savedTimes: Float64Array
}

export interface GenerateOptions {
  /** Let Euler run fused over locals where the model is small enough (fused-euler.ts); default true. */
  fusedEuler?: boolean
}

export function generate(plan: Plan, grid: TimeGrid, options: GenerateOptions = {}): GeneratedModel {
  const ordering = orderPlan(plan)
  const source = generateSource(
    ordering,
    { start: grid.start, stop: grid.stop },
    {
      slotCount: plan.slotCount,
      outputCount: plan.outputNames.length,
      constantSlots: plan.inputs.flatMap((input) => (input.kind === 'constant' ? [input.slot] : [])),
      fused: options.fusedEuler ?? true,
    },
  )
  // The source is built only from validated Expr trees: numbers, slot indices and helper names.
  const functions = new Function('helpers', source)(RUNTIME_HELPERS) as PhaseFunctions
  const defaults = new Float64Array(plan.slotCount)
  for (const entry of plan.entries) if (entry.role === 'constant') defaults[entry.slot] = entry.value
  return {
    functions,
    source,
    grid,
    slotCount: plan.slotCount,
    stockCount: ordering.stocks.length,
    delayCount: plan.entries.filter((entry) => entry.role === 'delay').length,
    outputNames: Object.freeze([...plan.outputNames]),
    inputs: plan.inputs,
    inputsByName: plan.inputsByName,
    constantNames: plan.constantNames,
    graphicalFunctionNames: plan.graphicalFunctionNames,
    defaults,
    tables: plan.tables.map(toLookupTable),
    parametricReaders: ordering.parametricReaders,
    parametricSlots: Int32Array.from(ordering.parametric, (entry) => entry.slot),
    savedTimes: Float64Array.from(
      { length: Math.floor(grid.steps / grid.saveEvery) + 1 },
      (_, k) => grid.start + k * grid.saveEvery * grid.dt,
    ),
  }
}
