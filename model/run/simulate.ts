// One run of a generated model: checks what the run asks for (outputs, save period, the memory its
// results need), sets up its state and inputs, and hands them to the generated integration loop.
import type { DriverRun } from '../compile/codegen'
import type { GeneratedModel } from '../compile/generate'
import { lookup } from '../compile/lookup-table'
import { saveEveryFor } from '../compile/time-spec'
import { ModelError } from '../errors'
import type { IntegrationMethod } from '../ir'
import { count, DEFAULT_LIMITS, LimitError, size } from '../limits'
import { type PreparedInputs, refreshListFor } from './inputs'

export interface SimulateOptions {
  method: IntegrationMethod
  inputs: PreparedInputs
  /** Output indices to save, or undefined for all. */
  outputs?: readonly number[]
  savePeriod?: number
  resultBytes?: number
}

export interface RunOutput {
  times: Float64Array
  values: Float64Array
  /** NaN when a saved value may be NaN (see driver-source.ts). */
  probe: number
}

const EMPTY = new Int32Array(0)

function checkOutputs(outputs: readonly number[], outputCount: number): void {
  const bad = outputs.find((index) => !Number.isInteger(index) || index < 0 || index >= outputCount)
  if (bad !== undefined)
    throw new ModelError({ message: `output ${bad} does not exist: the model has ${outputCount} outputs` })
}

export function simulate(generated: GeneratedModel, options: SimulateOptions): RunOutput {
  const { functions, grid } = generated
  const { start, dt, steps } = grid
  const outputCount = generated.outputNames.length
  const outputs = options.outputs ?? null
  if (outputs) checkOutputs(outputs, outputCount)
  const saveEvery = options.savePeriod === undefined ? grid.saveEvery : saveEveryFor(options.savePeriod, dt)
  const savedCount = Math.floor(steps / saveEvery) + 1
  const saved = outputs ? outputs.length : outputCount
  const bytes = saved * savedCount * 8
  const limit = options.resultBytes ?? DEFAULT_LIMITS.resultBytes
  if (bytes > limit) {
    throw new LimitError('resultBytes', {
      what: `the results would take ${size(bytes)} (${count(saved)} outputs x ${count(savedCount)} saved times), more than the limit of ${size(limit)}`,
      advice: 'save less often (a longer save period), ask for fewer outputs, or raise the limit',
    })
  }

  const { inputs } = options
  const v = generated.defaults.slice()
  for (const { slot, value } of inputs.values) v[slot] = value
  const tables = inputs.tables.size
    ? generated.tables.map((table, i) => inputs.tables.get(i) ?? table)
    : generated.tables
  const series = inputs.series.length ? inputs.series : null
  const run: DriverRun = {
    start,
    dt,
    steps,
    saveEvery,
    savedCount,
    outputSlots: outputs ? Int32Array.from(outputs) : null,
    series,
    refreshList: series ? refreshListFor(series, generated) : EMPTY,
  }

  // One allocation for the results: values, then the saved times. A typed array of this size lives
  // outside V8's heap, and allocating one costs as much as a small model's whole run.
  const buffer = new ArrayBuffer((saved + 1) * savedCount * 8)
  const values = new Float64Array(buffer, 0, saved * savedCount)
  const times = new Float64Array(buffer, saved * savedCount * 8, savedCount)
  if (saveEvery === grid.saveEvery) times.set(generated.savedTimes)
  else for (let k = 0; k < savedCount; k++) times[k] = start + k * saveEvery * dt
  const dv = new Float64Array(generated.stockCount)
  const buffers: Float64Array[] = new Array(generated.delayCount)
  if (series) for (const { slot, table } of series) v[slot] = lookup(table, start)
  functions.initialize(v, tables, buffers, start, dt, steps + 1)
  const drive = options.method === 'rk4' && generated.stockCount > 0 ? functions.rk4 : functions.euler
  const probe = drive(v, dv, values, tables, buffers, run)
  return { times, values, probe }
}
