// Sets up one run's state and hands it to the model's generated integration loop (Euler or RK4).
import type { PhaseFunctions } from '../compile/codegen'
import { type LookupTable, lookup } from '../compile/lookup-table'
import type { IntegrationMethod } from '../ir'
import type { PreparedOverrides } from './overrides'

export interface RunSetup {
  functions: PhaseFunctions
  stockCount: number
  outputCount: number
  /** Constants' default values at their slots; zero elsewhere. */
  defaults: Float64Array
  tables: LookupTable[]
  delayCount: number
  start: number
  dt: number
  steps: number
  saveEvery: number
  /** The saved times, copied into each run's result (the result may be transferred away). */
  times: Float64Array
}

export interface RunOutput {
  times: Float64Array
  values: Float64Array
  /** NaN when a saved value may be NaN (see driver-source.ts). */
  probe: number
}

export function savedTimes(start: number, dt: number, steps: number, saveEvery: number): Float64Array {
  const times = new Float64Array(Math.floor(steps / saveEvery) + 1)
  for (let k = 0; k < times.length; k++) times[k] = start + k * saveEvery * dt
  return times
}

export function simulate(
  setup: RunSetup,
  method: IntegrationMethod,
  overrides: PreparedOverrides,
): RunOutput {
  const { functions, start, dt, steps, saveEvery } = setup
  const v = setup.defaults.slice()
  for (const { slot, value } of overrides.values) v[slot] = value
  const tables = overrides.tables.size
    ? setup.tables.map((table, i) => overrides.tables.get(i) ?? table)
    : setup.tables
  const buffers: Float64Array[] = new Array(setup.delayCount)
  const series = overrides.series
  const applySeries = series.length
    ? (state: Float64Array, t: number) => {
        for (const { slot, table } of series) state[slot] = lookup(table, t)
      }
    : null

  const times = setup.times.slice()
  const values = new Float64Array(setup.outputCount * times.length)
  const dv = new Float64Array(setup.stockCount)
  applySeries?.(v, start)
  functions.initialize(v, tables, buffers, start, dt, steps + 1)
  const drive = method === 'rk4' && setup.stockCount > 0 ? functions.rk4 : functions.euler
  const probe = drive(v, dv, values, tables, buffers, start, dt, steps, saveEvery, applySeries)
  return { times, values, probe }
}
