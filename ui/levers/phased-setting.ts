// A lever's setting as the analyst thinks of it: an amount, reached either at once or phased in
// from a start year over a number of ramp years. Scenario files store it as the care model's
// LeverValue: a number, or a time series that ramps linearly from the baseline value to the amount.
import type { LeverValue } from '../../model/care/types'

export interface PhasedSetting {
  amount: number
  /** Absent when the amount applies from the start of the run. */
  phase?: {
    /** Model time (years) at which the change starts. */
    start: number
    /** Years over which the lever moves linearly from the baseline value to the amount. */
    ramp: number
  }
  /** True when the stored value is a time series this form cannot show exactly (kept until edited). */
  custom?: boolean
}

/** A step (ramp of 0) still needs two distinct times for linear interpolation: use one week. */
const STEP_RAMP_YEARS = 1 / 52

export function toLeverValue(setting: PhasedSetting, baseline: number): LeverValue {
  if (!setting.phase) return setting.amount
  const { start, ramp } = setting.phase
  return [
    [start, baseline],
    [start + Math.max(ramp, STEP_RAMP_YEARS), setting.amount],
  ]
}

export function fromLeverValue(value: LeverValue | undefined, baseline: number): PhasedSetting {
  if (value === undefined) return { amount: baseline }
  if (typeof value === 'number') return { amount: value }
  const points = [...value].sort((a, b) => a[0] - b[0])
  if (points.length === 0) return { amount: baseline }
  const first = points[0]
  const last = points[points.length - 1]
  if (points.length === 1) return { amount: last[1] }
  const ramp = last[0] - first[0]
  return {
    amount: last[1],
    phase: { start: first[0], ramp: ramp <= STEP_RAMP_YEARS + 1e-12 ? 0 : ramp },
    custom: points.length > 2 || first[1] !== baseline,
  }
}

/** The value a setting gives the lever at model time `time`, for showing it beside the control. */
export function settingValueAt(setting: PhasedSetting, baseline: number, time: number): number {
  if (!setting.phase) return setting.amount
  const { start, ramp } = setting.phase
  if (time <= start) return baseline
  if (ramp <= 0 || time >= start + ramp) return setting.amount
  return baseline + ((time - start) / ramp) * (setting.amount - baseline)
}
