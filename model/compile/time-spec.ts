// The run's time grid, checked once at compile time so every run can trust it.
import { ModelError, type Problem } from '../errors'
import type { Model } from '../ir'
import { count, DEFAULT_LIMITS, LimitError, type Limits } from '../limits'

export interface TimeGrid {
  start: number
  stop: number
  dt: number
  steps: number
  saveEvery: number
}

export function timeGrid(model: Model, limits: Pick<Limits, 'steps'> = DEFAULT_LIMITS): TimeGrid {
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
  if (steps > limits.steps) {
    throw new LimitError('steps', {
      file: model.file,
      what: `sim specs: ${count(steps)} steps of dt ${dt} are more than the limit of ${count(limits.steps)} steps`,
      advice: 'use a larger dt or a shorter run',
    })
  }
  return { start, stop, dt, steps, saveEvery: saveEveryFor(savePeriod, dt) }
}

/** Steps between saved results for a save period: a whole number of steps, at least one. */
export function saveEveryFor(savePeriod: number, dt: number): number {
  if (!(savePeriod > 0) || !Number.isFinite(savePeriod))
    throw new ModelError({ message: `the save period must be a positive number, got ${savePeriod}` })
  return Math.max(1, Math.round(savePeriod / dt))
}

/**
 * Results are saved every whole number of steps: a save period that is not a multiple of dt is
 * rounded to one, which a user should hear about rather than find in the time column.
 */
export function savePeriodWarning(savePeriod: number, dt: number, file?: string): Problem | undefined {
  const saveEvery = saveEveryFor(savePeriod, dt)
  const used = saveEvery * dt
  if (Math.abs(used - savePeriod) <= 1e-9 * savePeriod) return undefined
  return {
    file,
    message: `sim specs: save period ${savePeriod} is not a multiple of dt ${dt}; results are saved every ${saveEvery} steps (${used})`,
  }
}
