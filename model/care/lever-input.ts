// A lever's value and the one rule for phasing any lever. A value is a number (from the first day),
// a phase-in (`{ "value": 0.2, "start": 2026, "ramp": 3 }`: the baseline until `start`, then a
// straight line to `value` over `ramp` years), or a time series `[[year, value], ...]` for any
// other shape. A phase-in becomes the time series the engine runs. Pure and small, so the app
// shows a lever's path by the same rule the engine runs it (lever-value.ts checks values).
import type { TimeSeries } from '../simulation'
import type { Area, LeverValue, PhaseIn } from './types'

/** A phase-in with no ramp changes within this fraction of a day, which any step resolves. */
const STEP_YEARS = 1e-6

export function isPhaseIn(value: unknown): value is PhaseIn {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const fields = value as Record<string, unknown>
  return typeof fields.value === 'number' && typeof fields.start === 'number'
}

/**
 * A lever's or parameter's baseline in an area: the analyst's edit, else (for a lever that starts
 * from a base-year figure, `baseYearFact`) the analyst's edit of that figure, else the area's value,
 * else the model's own default.
 */
export function baselineValue(
  name: string,
  area: Pick<Area, 'parameters'>,
  areaEdits: Readonly<Record<string, number>>,
  modelDefault: number,
  baseYearFact?: string,
): number {
  const editedFact = baseYearFact === undefined ? undefined : areaEdits[baseYearFact]
  return areaEdits[name] ?? editedFact ?? area.parameters[name] ?? modelDefault
}

/** What the engine runs for a lever value: a number, or a time series (a phase-in from `baseline`). */
export function leverInput(value: LeverValue, baseline: number): number | TimeSeries {
  if (typeof value === 'number') return value
  if (!isPhaseIn(value)) return value
  const { start, ramp } = value
  return [
    [start, baseline],
    [start + Math.max(ramp, STEP_YEARS), value.value],
  ]
}

/** The lever's value at model time `time`, for showing it beside the control. */
export function leverValueAt(value: LeverValue, baseline: number, time: number): number {
  const input = leverInput(value, baseline)
  if (typeof input === 'number') return input
  if (time <= input[0][0]) return input[0][1]
  for (let i = 1; i < input.length; i++) {
    const [t1, v1] = input[i]
    if (time <= t1) {
      const [t0, v0] = input[i - 1]
      return v0 + ((time - t0) / (t1 - t0)) * (v1 - v0)
    }
  }
  return input[input.length - 1][1]
}
