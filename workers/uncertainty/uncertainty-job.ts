// One uncertainty job: run the scenario `samples` times, each run with every varied parameter drawn
// from its triangular distribution, keep the chosen outputs of each run, and reduce them to the
// 10th, 50th and 90th percentile at each saved time. The runs happen in time slices so the thread
// stays free for interactive runs; the engine itself is passed in, so this file knows no model.
import { percentilesByCell } from './percentiles'
import { nameHash, seededUniform } from './seeded-uniform'
import { runInSlices, type SliceOptions } from './time-sliced-loop'
import { triangularQuantile } from './triangular'
import type { VariedParameter } from './uncertain-parameters'

export const BAND_PERCENTILES = [0.1, 0.5, 0.9] as const

export interface UncertaintyPlan {
  samples: number
  seed: number
  varied: readonly VariedParameter[]
  /** Positions of the kept outputs in a run's values (variable by variable). */
  outputIndices: readonly number[]
}

/** What one run of the engine gives back: saved times and every output, variable by variable. */
export interface SampleRun {
  times: Float64Array
  values: Float64Array
}

export interface JobBands {
  status: 'done'
  times: Float64Array
  /** Kept outputs x saved times each, output by output. */
  p10: Float64Array
  p50: Float64Array
  p90: Float64Array
  /** Runs with a value that is not finite in some kept output at some time. */
  incompleteRuns: number
  /** Time spent inside the engine, without the pauses for other work. */
  engineMs: number
}

export type JobOutcome = JobBands | { status: 'cancelled'; done: number }

/** The values of the varied parameters for run number `sample` (0-based). */
export function drawParameters(plan: Pick<UncertaintyPlan, 'seed' | 'varied'>, sample: number) {
  const draws: Record<string, number> = {}
  for (const parameter of plan.varied) {
    draws[parameter.name] = triangularQuantile(
      seededUniform(plan.seed, sample, nameHash(parameter.name)),
      parameter,
    )
  }
  return draws
}

export async function runUncertaintyJob(
  plan: UncertaintyPlan,
  runOnce: (draws: Record<string, number>) => SampleRun,
  slicing: SliceOptions,
): Promise<JobOutcome> {
  const { samples, outputIndices } = plan
  let times: Float64Array | undefined
  // Cell by cell (one output at one time), run by run, as percentilesByCell reads them.
  let byCell = new Float64Array(0)
  let incompleteRuns = 0
  let engineMs = 0
  const now = slicing.now ?? (() => performance.now())

  const step = (sample: number) => {
    const started = now()
    const run = runOnce(drawParameters(plan, sample))
    engineMs += now() - started
    if (!times) {
      // A copy: a run's times share a buffer with its values, which the bands need not keep.
      times = run.times.slice()
      byCell = new Float64Array(outputIndices.length * times.length * samples)
    }
    const count = times.length
    let complete = true
    outputIndices.forEach((outputIndex, kept) => {
      const from = outputIndex * count
      for (let t = 0; t < count; t++) {
        const value = run.values[from + t]
        if (!Number.isFinite(value)) complete = false
        byCell[(kept * count + t) * samples + sample] = value
      }
    })
    if (!complete) incompleteRuns++
  }

  const outcome = await runInSlices(samples, step, slicing)
  if (outcome.status === 'cancelled') return outcome
  if (!times) throw new Error('an uncertainty job needs at least one run')
  const [p10, p50, p90] = percentilesByCell(byCell, samples, BAND_PERCENTILES)
  return { status: 'done', times, p10, p50, p90, incompleteRuns, engineMs }
}
