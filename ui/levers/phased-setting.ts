// A lever's setting as the control shows it: an amount, reached either at once or phased in from a
// start year over a number of ramp years. Scenarios store it as the care model's LeverValue: a
// number, or a phase-in `{ value, start, ramp }`, which the model turns into the path the engine
// runs (model/care/lever-input.ts: the one phasing rule). A time series of another shape, from a
// file, is shown by its end points and flagged as custom.
import { isPhaseIn } from '../../model/care/lever-input'
import type { LeverValue } from '../../model/care/types'

export interface PhasedSetting {
  amount: number
  /** Absent when the amount applies from the start of the run. */
  phase?: {
    /** Calendar year (model time) at which the change starts. */
    start: number
    /** Years over which the lever moves linearly from the baseline value to the amount. */
    ramp: number
  }
  /** True when the stored value is a time series this form cannot show exactly (kept until edited). */
  custom?: boolean
}

export function toLeverValue(setting: PhasedSetting): LeverValue {
  if (!setting.phase) return setting.amount
  return { value: setting.amount, start: setting.phase.start, ramp: setting.phase.ramp }
}

export function fromLeverValue(value: LeverValue | undefined, baseline: number): PhasedSetting {
  if (value === undefined) return { amount: baseline }
  if (typeof value === 'number') return { amount: value }
  if (isPhaseIn(value)) return { amount: value.value, phase: { start: value.start, ramp: value.ramp } }
  const points = [...value].sort((a, b) => a[0] - b[0])
  if (points.length === 0) return { amount: baseline }
  const first = points[0]
  const last = points[points.length - 1]
  if (points.length === 1) return { amount: last[1] }
  return { amount: last[1], phase: { start: first[0], ramp: last[0] - first[0] }, custom: true }
}
