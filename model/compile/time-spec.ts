// The run's time grid, checked once at compile time so every run can trust it.
import { ModelError, type Problem } from '../errors'
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

/**
 * Results are saved every whole number of steps: a save period that is not a multiple of dt is
 * rounded to one, which a user should hear about rather than find in the time column.
 */
export function savePeriodWarning(model: Model, grid: TimeGrid): Problem | undefined {
  const savePeriod = model.time.savePeriod
  if (savePeriod === undefined) return undefined
  const used = grid.saveEvery * grid.dt
  if (Math.abs(used - savePeriod) <= 1e-9 * savePeriod) return undefined
  return {
    file: model.file,
    message: `sim specs: save period ${savePeriod} is not a multiple of dt ${grid.dt}; results are saved every ${grid.saveEvery} steps (${used})`,
  }
}
