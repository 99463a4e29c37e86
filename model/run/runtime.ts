// Helpers called by generated code for what does not fit in one inline expression. Kept small and
// monomorphic: they run in the innermost loop.
import type { GraphicalFunction } from '../ir'

/** A graphical function in the form `lookup` reads. */
export interface LookupTable {
  xs: Float64Array
  ys: Float64Array
  kind: 0 | 1 | 2
}

const KIND_CODE = { continuous: 0, extrapolate: 1, discrete: 2 } as const

export function toLookupTable(gf: GraphicalFunction): LookupTable {
  return { xs: Float64Array.from(gf.xs), ys: Float64Array.from(gf.ys), kind: KIND_CODE[gf.kind] }
}

function lookup(table: LookupTable, x: number): number {
  const { xs, ys, kind } = table
  const last = xs.length - 1
  if (Number.isNaN(x)) return Number.NaN
  if (x <= xs[0]) {
    if (kind === 1 && last > 0) return ys[0] + ((x - xs[0]) * (ys[1] - ys[0])) / (xs[1] - xs[0])
    return ys[0]
  }
  if (x >= xs[last]) {
    if (kind === 1 && last > 0)
      return ys[last] + ((x - xs[last]) * (ys[last] - ys[last - 1])) / (xs[last] - xs[last - 1])
    return ys[last]
  }
  let low = 0
  let high = last
  while (high - low > 1) {
    const middle = (low + high) >> 1
    if (xs[middle] <= x) low = middle
    else high = middle
  }
  if (kind === 2) return ys[low]
  return ys[low] + ((x - xs[low]) * (ys[high] - ys[low])) / (xs[high] - xs[low])
}

/** Remainder with the sign of the divisor, as in Stella: MOD(-1, 3) = 2. */
function mod(a: number, b: number): number {
  return a - b * Math.floor(a / b)
}

function xidz(a: number, b: number, otherwise: number): number {
  return b === 0 ? otherwise : a / b
}

function zidz(a: number, b: number): number {
  return b === 0 ? 0 : a / b
}

// Times are computed as start + n*dt, so a step time may be missed by rounding: allow a sliver of dt.
const TIME_TOLERANCE = 1e-6

function step(t: number, dt: number, height: number, at: number): number {
  return t >= at - dt * TIME_TOLERANCE ? height : 0
}

/** XMILE PULSE: `size` spread over one dt at `first` and every `interval` after (0 = once). */
function pulse(t: number, dt: number, size: number, first: number, interval: number): number {
  if (t < first - dt / 2) return 0
  const pulseTime = interval > 0 ? first + Math.round((t - first) / interval) * interval : first
  const offset = t - pulseTime
  return offset > -dt / 2 && offset <= dt / 2 ? size / dt : 0
}

function ramp(t: number, dt: number, slope: number, start: number, end: number): number {
  if (t < start - dt * TIME_TOLERANCE) return 0
  return slope * (Math.min(t, end) - start)
}

/** Length in steps of a fixed delay: at least one step, at most the whole run. */
function delaySteps(delayTime: number, dt: number, maxSteps: number): number {
  const steps = Math.round(delayTime / dt)
  return Math.max(1, Math.min(maxSteps, Number.isFinite(steps) ? steps : maxSteps))
}

export const RUNTIME_HELPERS = { lookup, mod, xidz, zidz, step, pulse, ramp, delaySteps }
