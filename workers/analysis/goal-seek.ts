// Goal seek, as Excel's and Vensim's users know it: the value of one input, within its range, at
// which an outcome reaches a target. A coarse scan from the low end finds the first interval where
// the outcome crosses the target (so a lever whose effect is not monotone still gives the smallest
// value that works), then the Illinois method (regula falsi that halves the stale end's weight, so
// it keeps bracketing and converges superlinearly) narrows it down. Pure: the runs are a callback.

export interface SeekProblem {
  low: number
  high: number
  target: number
  /** The outcome for an input value: one run of the model. */
  evaluate: (value: number) => number
  /** Stop when the bracket is narrower than this; default a millionth of the range. */
  tolerance?: number
  /** Intervals of the first scan; default 8 (9 runs). */
  scanIntervals?: number
  /** At most this many runs in all; default 60. */
  maxRuns?: number
}

export interface SeekPoint {
  value: number
  outcome: number
}

export type SeekResult =
  /** `value` is the smallest in the range at which the outcome reaches the target, to the tolerance. */
  | { status: 'found'; value: number; achieved: number; runs: number }
  /** No value tried reached it: the outcomes at the ends and the extremes seen. */
  | {
      status: 'unreachable'
      atLow: SeekPoint
      atHigh: SeekPoint
      lowest: SeekPoint
      highest: SeekPoint
      runs: number
    }

export class SeekError extends Error {
  override name = 'SeekError'
}

export function goalSeek(problem: SeekProblem): SeekResult {
  const { low, high, target } = problem
  if (!(high >= low)) throw new SeekError(`the range ${low} to ${high} is empty`)
  const tolerance = problem.tolerance ?? Math.max((high - low) * 1e-6, Number.EPSILON)
  const intervals = Math.max(1, Math.floor(problem.scanIntervals ?? 8))
  const maxRuns = problem.maxRuns ?? 60
  let runs = 0
  const at = (value: number): SeekPoint => {
    runs++
    const outcome = problem.evaluate(value)
    if (!Number.isFinite(outcome)) throw new SeekError(`the model gave no number for the outcome at ${value}`)
    return { value, outcome }
  }
  const gap = (p: SeekPoint) => p.outcome - target

  const scan: SeekPoint[] = [at(low)]
  if (gap(scan[0]) === 0 || high === low) {
    return gap(scan[0]) === 0
      ? { status: 'found', value: low, achieved: scan[0].outcome, runs }
      : unreachable(scan, runs)
  }
  const startSign = Math.sign(gap(scan[0]))
  let before = scan[0]
  let after: SeekPoint | undefined
  for (let i = 1; i <= intervals; i++) {
    const point = at(i === intervals ? high : low + ((high - low) * i) / intervals)
    scan.push(point)
    if (Math.sign(gap(point)) !== startSign) {
      after = point
      break
    }
    before = point
  }
  if (!after) return unreachable(scan, runs)
  if (gap(after) === 0) return { status: 'found', value: after.value, achieved: after.outcome, runs }

  // Illinois: `before` keeps the start's sign, `after` has reached the target.
  let weightBefore = 1
  let weightAfter = 1
  let side: 'before' | 'after' | undefined
  while (after.value - before.value > tolerance && runs < maxRuns) {
    const gb = gap(before) * weightBefore
    const ga = gap(after) * weightAfter
    let value = before.value - (gb * (after.value - before.value)) / (ga - gb)
    // Keep the guess strictly inside the bracket, else halve it.
    if (!(value > before.value && value < after.value)) value = (before.value + after.value) / 2
    const point = at(value)
    const g = gap(point)
    if (g === 0) return { status: 'found', value: point.value, achieved: point.outcome, runs }
    if (Math.sign(g) === startSign) {
      before = point
      weightBefore = 1
      if (side === 'before') weightAfter /= 2
      side = 'before'
    } else {
      after = point
      weightAfter = 1
      if (side === 'after') weightBefore /= 2
      side = 'after'
    }
  }
  return { status: 'found', value: after.value, achieved: after.outcome, runs }
}

function unreachable(scan: SeekPoint[], runs: number): SeekResult {
  const byOutcome = [...scan].sort((a, b) => a.outcome - b.outcome)
  return {
    status: 'unreachable',
    atLow: scan[0],
    atHigh: scan[scan.length - 1],
    lowest: byOutcome[0],
    highest: byOutcome[byOutcome.length - 1],
    runs,
  }
}
