// The run loop: initialise, then for each step compute rates, save, remember what PREVIOUS and
// DELAY need, and integrate stocks by Euler or classical fourth-order Runge-Kutta.
import type { PhaseFunctions } from '../compile/codegen'
import type { IntegrationMethod } from '../ir'
import { type PreparedOverrides, seriesValue } from './overrides'
import type { LookupTable } from './runtime'

export interface RunSetup {
  functions: PhaseFunctions
  stockSlots: Int32Array
  slotCount: number
  outputCount: number
  /** Constants' default values at their slots; zero elsewhere. */
  defaults: Float64Array
  tables: LookupTable[]
  delayCount: number
  start: number
  dt: number
  steps: number
  saveEvery: number
}

export interface RunOutput {
  times: Float64Array
  values: Float64Array
}

export function simulate(
  setup: RunSetup,
  method: IntegrationMethod,
  overrides: PreparedOverrides,
): RunOutput {
  const { functions, stockSlots, start, dt, steps, saveEvery, outputCount } = setup
  const v = Float64Array.from(setup.defaults)
  for (const { slot, value } of overrides.values) v[slot] = value
  const tables = setup.tables.map((table, i) => overrides.tables.get(i) ?? table)
  const buffers: Float64Array[] = new Array(setup.delayCount)
  const series = overrides.series
  const applySeries = (t: number) => {
    for (let i = 0; i < series.length; i++)
      v[series[i].slot] = seriesValue(series[i].times, series[i].values, t)
  }

  const savedCount = Math.floor(steps / saveEvery) + 1
  const times = new Float64Array(savedCount)
  const values = new Float64Array(outputCount * savedCount)
  const stockCount = stockSlots.length
  const dv = new Float64Array(stockCount)
  const rk4 = method === 'rk4' && stockCount > 0
  const base = new Float64Array(rk4 ? stockCount : 0)
  const k1 = new Float64Array(rk4 ? stockCount : 0)
  const k2 = new Float64Array(rk4 ? stockCount : 0)
  const k3 = new Float64Array(rk4 ? stockCount : 0)

  applySeries(start)
  functions.initialize(v, tables, buffers, start, dt, steps + 1)
  for (let step = 0; ; step++) {
    const t = start + step * dt
    if (series.length) applySeries(t)
    functions.rates(v, dv, tables, buffers, t, dt, step)
    if (step % saveEvery === 0) {
      const saved = step / saveEvery
      times[saved] = t
      for (let i = 0; i < outputCount; i++) values[i * savedCount + saved] = v[i]
    }
    if (step === steps) break
    functions.record(v, buffers, step)
    if (rk4) {
      const half = dt / 2
      for (let i = 0; i < stockCount; i++) {
        base[i] = v[stockSlots[i]]
        k1[i] = dv[i]
        v[stockSlots[i]] = base[i] + half * dv[i]
      }
      if (series.length) applySeries(t + half)
      functions.rates(v, k2, tables, buffers, t + half, dt, step)
      for (let i = 0; i < stockCount; i++) v[stockSlots[i]] = base[i] + half * k2[i]
      functions.rates(v, k3, tables, buffers, t + half, dt, step)
      for (let i = 0; i < stockCount; i++) v[stockSlots[i]] = base[i] + dt * k3[i]
      if (series.length) applySeries(t + dt)
      functions.rates(v, dv, tables, buffers, t + dt, dt, step)
      for (let i = 0; i < stockCount; i++) {
        v[stockSlots[i]] = base[i]
        dv[i] = (k1[i] + 2 * k2[i] + 2 * k3[i] + dv[i]) / 6
      }
    }
    functions.update(v, dv, dt)
  }
  return { times, values }
}
