// The run's time grid, checked once at compile time so every run can trust it.
import { ModelError } from '../errors'
import type { Model } from '../ir'

export interface TimeGrid {
  start: number
  stop: number
  dt: number
  steps: number
  saveEvery: number
}

export function timeGrid(model: Model): TimeGrid {
  const { start, stop, dt } = model.time
  const savePeriod = model.time.savePeriod ?? dt
  const fail = (message: string): never => {
    throw new ModelError({ file: model.file, message: `sim specs: ${message}` })
  }
  if (![start, stop, dt, savePeriod].every(Number.isFinite))
    fail('start, stop, dt and save period must be numbers')
  if (dt <= 0) fail(`dt must be positive, got ${dt}`)
  if (stop < start) fail(`stop (${stop}) is before start (${start})`)
  if (savePeriod < dt) fail(`save period (${savePeriod}) is shorter than dt (${dt})`)
  // A hair of tolerance so that, say, 0..10 by 0.1 gives 100 steps, not 99.
  const steps = Math.floor((stop - start) / dt + 1e-9)
  if (steps > 50_000_000) fail(`${steps} steps is more than this engine will run; use a larger dt`)
  return { start, stop, dt, steps, saveEvery: Math.max(1, Math.round(savePeriod / dt)) }
}
