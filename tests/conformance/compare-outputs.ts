// The rule that judges an engine against a canonical output (the one the SDXorg suite's users
// apply): a value passes when |expected - actual| <= absolute + relative * max(|expected|, |actual|).
// NaN matches only NaN, an infinity only the same infinity. Names match loosely (canonicalName:
// case, spaces and underscores, quotes), and only variables and times present in both are compared;
// what the canonical output has and the run lacks is reported, for the caller to judge.
import { canonicalName } from '../../model/names'
import type { OutputTable } from './output-table'

export interface Tolerance {
  absolute: number
  relative: number
}

export const CANONICAL_TOLERANCE: Tolerance = { absolute: 1e-5, relative: 1e-4 }

export interface Mismatch {
  name: string
  /** The first time the values differ, with both values there. */
  time: number
  expected: number
  actual: number
  /** How many compared times differ. */
  count: number
}

export interface Comparison {
  /** Canonical names found in the run and compared. */
  compared: string[]
  /** Canonical names the run does not have. */
  missingNames: string[]
  /** Canonical times the run does not have. */
  missingTimes: number[]
  comparedTimes: number
  mismatches: Mismatch[]
}

export function isClose(expected: number, actual: number, tolerance: Tolerance): boolean {
  if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual)
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return expected === actual
  const scale = Math.max(Math.abs(expected), Math.abs(actual))
  return Math.abs(expected - actual) <= tolerance.absolute + tolerance.relative * scale
}

export function compareOutputs(expected: OutputTable, actual: OutputTable, tolerance: Tolerance): Comparison {
  const actualColumns = new Map<string, number>()
  actual.names.forEach((name, column) => {
    const key = canonicalName(name)
    if (!actualColumns.has(key)) actualColumns.set(key, column)
  })
  const rowPairs: Array<[number, number]> = []
  const missingTimes: number[] = []
  expected.times.forEach((time, row) => {
    const match = matchingTime(actual.times, time)
    if (match < 0) missingTimes.push(time)
    else rowPairs.push([row, match])
  })

  const comparison: Comparison = {
    compared: [],
    missingNames: [],
    missingTimes,
    comparedTimes: rowPairs.length,
    mismatches: [],
  }
  expected.names.forEach((name, column) => {
    const actualColumn = actualColumns.get(canonicalName(name))
    if (actualColumn === undefined) {
      comparison.missingNames.push(name)
      return
    }
    comparison.compared.push(name)
    let first: Mismatch | undefined
    for (const [row, actualRow] of rowPairs) {
      const e = expected.columns[column][row]
      const a = actual.columns[actualColumn][actualRow]
      if (isClose(e, a, tolerance)) continue
      if (first) first.count++
      else first = { name, time: expected.times[row], expected: e, actual: a, count: 1 }
    }
    if (first) comparison.mismatches.push(first)
  })
  return comparison
}

/**
 * The run's time printed as `time` would be. Canonical times carry about six significant digits,
 * so a run time matches when it is within half a unit of the sixth digit; the nearest one wins.
 */
function matchingTime(times: readonly number[], time: number): number {
  const tolerance = 5.000001e-6 * Math.abs(time) + 1e-9
  let best = -1
  for (let i = 0; i < times.length; i++) {
    const distance = Math.abs(times[i] - time)
    if (distance <= tolerance && (best < 0 || distance < Math.abs(times[best] - time))) best = i
  }
  return best
}

/** One line per problem, for a failing test's message. */
export function describeComparison(comparison: Comparison): string {
  const lines = [`compared ${comparison.compared.length} variables at ${comparison.comparedTimes} times`]
  for (const m of comparison.mismatches) {
    lines.push(
      `'${m.name}' at t=${m.time}: expected ${m.expected}, got ${m.actual} (${m.count} times differ)`,
    )
  }
  if (comparison.missingNames.length > 0)
    lines.push(`missing variables: ${comparison.missingNames.join(' | ')}`)
  if (comparison.missingTimes.length > 0) lines.push(`missing times: ${comparison.missingTimes.join(', ')}`)
  return lines.join('\n')
}
