// The run's clock (TIME, DT, STARTTIME, STOPTIME) and functions of time (STEP, PULSE, RAMP).
// Functions of time are given TIME and DT as their first two arguments by resolve, so dependency
// analysis sees them vary and their code needs nothing else from its surroundings.
import { numberLiteral } from '../number-literal'
import type { Builtin, UnitRule } from './builtin'

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

const timeUnit: UnitRule = (_, u) => u.time

/** Arguments at these positions (after TIME and DT) must be times in the model's time unit. */
const timesAt =
  (name: string, positions: number[], result: UnitRule): UnitRule =>
  (args, u) => {
    for (const position of positions) {
      u.same(`${name} is given a time in {a} but the model's time is in {b}`, args[position], u.time)
    }
    return result(args, u)
  }

export const TIME_BUILTINS: Builtin[] = [
  { name: 'TIME', kind: 'clock', minArgs: 0, maxArgs: 0, clock: 'time', code: () => 't', units: timeUnit },
  { name: 'DT', kind: 'clock', minArgs: 0, maxArgs: 0, clock: 'dt', code: () => 'dt', units: timeUnit },
  {
    name: 'STARTTIME',
    kind: 'clock',
    minArgs: 0,
    maxArgs: 0,
    clock: 'starttime',
    code: (_, clock) => numberLiteral(clock.start),
    units: timeUnit,
  },
  {
    name: 'STOPTIME',
    kind: 'clock',
    minArgs: 0,
    maxArgs: 0,
    clock: 'stoptime',
    code: (_, clock) => numberLiteral(clock.stop),
    units: timeUnit,
  },
  {
    name: 'STEP',
    kind: 'time',
    minArgs: 2,
    maxArgs: 2,
    code: ([t, dt, height, at]) => `step(${t}, ${dt}, ${height}, ${at})`,
    helpers: { step },
    units: timesAt('STEP', [3], (args) => args[2]),
  },
  {
    name: 'PULSE',
    kind: 'time',
    minArgs: 1,
    maxArgs: 3,
    code: ([t, dt, size, first, interval], clock) =>
      `pulse(${t}, ${dt}, ${size}, ${first ?? numberLiteral(clock.start)}, ${interval ?? 0})`,
    helpers: { pulse },
    units: timesAt('PULSE', [3, 4], (args, u) => u.over(args[2], u.time)),
  },
  {
    name: 'RAMP',
    kind: 'time',
    minArgs: 2,
    maxArgs: 3,
    code: ([t, dt, slope, start, end]) => `ramp(${t}, ${dt}, ${slope}, ${start}, ${end ?? 'Infinity'})`,
    helpers: { ramp },
    units: timesAt('RAMP', [3, 4], (args, u) => u.times(args[2], u.time)),
  },
]
