// Timing in rounds: each round times every case once, in turn, so that changes in the machine's
// load fall on all of them alike; a figure is then reported as the range over the rounds.
import { timeRuns } from '../cli/time-runs'

export interface Spread {
  min: number
  median: number
  max: number
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] }
}

/** µs per call of each case, over `rounds` interleaved rounds of `runs` calls each (after a warm-up). */
export function timeInRounds(
  cases: Record<string, { action: () => unknown; runs: number }>,
  rounds: number,
): Record<string, number[]> {
  const times: Record<string, number[]> = {}
  for (const [name, { action, runs }] of Object.entries(cases)) {
    timeRuns(action, runs)
    times[name] = []
  }
  for (let round = 0; round < rounds; round++) {
    for (const [name, { action, runs }] of Object.entries(cases)) times[name].push(timeRuns(action, runs, 0))
  }
  return times
}

/** `3.1 (2.9-4.0)`: the median, and the range in brackets. */
export function formatSpread(value: Spread, digits = 1): string {
  return `${value.median.toFixed(digits)} (${value.min.toFixed(digits)}-${value.max.toFixed(digits)})`
}
