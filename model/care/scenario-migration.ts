// Scenario files written before format 2 phased the shift with two levers of their own, `shift
// start year` and `shift ramp years` (the model's defaults were 2026 and 3 years). Phasing is now
// part of any lever's value, so an old file's shift becomes a phase-in that runs the same shift,
// and the reader is told what changed.
import { canonicalName } from '../names'
import type { TimeSeries } from '../simulation'
import { isPhaseIn, leverValueAt } from './lever-input'

const OLD_START = 'shift start year'
const OLD_RAMP = 'shift ramp years'
const SHIFT = 'community shift share'
/** The values version 1 of the model used when a file did not set them. */
const OLD_DEFAULT_START = 2026
const OLD_DEFAULT_RAMP = 3
/** A time series is multiplied by the old ramp at this spacing within the ramp (a quarter). */
const SAMPLE_YEARS = 0.25

function oldPhase(time: number, start: number, ramp: number): number {
  if (time < start) return 0
  return ramp <= 0 ? 1 : Math.min(1, (time - start) / ramp)
}

/** The old model ran `series x ramp`: the same product, sampled where the ramp bends it. */
function multipliedByRamp(series: TimeSeries, start: number, ramp: number): Array<[number, number]> {
  const times = new Set(series.map(([t]) => t))
  times.add(start)
  for (let t = start + SAMPLE_YEARS; t < start + ramp; t += SAMPLE_YEARS) times.add(t)
  times.add(start + ramp)
  return [...times]
    .sort((a, b) => a - b)
    .map((t) => [t, leverValueAt(series, Number.NaN, t) * oldPhase(t, start, ramp)] as [number, number])
}

const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback)

/**
 * Brings a format-1 file's levers to format 2; returns the new levers (the input is not changed)
 * and one note per change, or no notes when there was nothing to change.
 */
export function migrateLevers(levers: Record<string, unknown>): {
  levers: Record<string, unknown>
  notes: string[]
} {
  const keyOf = (name: string) =>
    Object.keys(levers).find((key) => canonicalName(key) === canonicalName(name))
  const startKey = keyOf(OLD_START)
  const rampKey = keyOf(OLD_RAMP)
  const shiftKey = keyOf(SHIFT)
  const shift = shiftKey === undefined ? undefined : levers[shiftKey]
  const shifted = typeof shift === 'number' ? shift > 0 : Array.isArray(shift) || isPhaseIn(shift)
  if (!shifted && startKey === undefined && rampKey === undefined) return { levers, notes: [] }
  const notes: string[] = []
  const start = numberOr(startKey === undefined ? undefined : levers[startKey], OLD_DEFAULT_START)
  const ramp = numberOr(rampKey === undefined ? undefined : levers[rampKey], OLD_DEFAULT_RAMP)
  let shiftValue = shift
  if (shifted && typeof shift === 'number') {
    shiftValue = { value: shift, start, ramp }
    notes.push(
      `'${SHIFT}' ${shift} phased in from ${start} over ${ramp} years is now written ` +
        `{"value": ${shift}, "start": ${start}, "ramp": ${ramp}}: the same shift`,
    )
  } else if (shifted && Array.isArray(shift)) {
    shiftValue = multipliedByRamp(shift as TimeSeries, start, ramp)
    notes.push(
      `'${SHIFT}' was a time series that the old model also ramped in from ${start} over ${ramp} ` +
        'years; the series now includes that ramp, so it runs the same shift',
    )
  }
  // Keep the file's order, so a migrated file diffs as little as it can.
  const migrated: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(levers)) {
    if (key === startKey || key === rampKey) continue
    migrated[key] = key === shiftKey ? shiftValue : value
  }
  if (startKey !== undefined || rampKey !== undefined) {
    notes.push(
      `'${OLD_START}' and '${OLD_RAMP}' are no longer levers: any lever can now be phased in with ` +
        '{"value": v, "start": year, "ramp": years}',
    )
  }
  return { levers: migrated, notes }
}
