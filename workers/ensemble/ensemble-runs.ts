// An ensemble: draws `from` to `to` of a scenario with its uncertain parameters sampled, spread over
// a worker pool in small chunks and gathered by draw number. Each draw's numbers depend only on the
// seed and its number, and each result lands in its draw's place, so the runs, and every percentile
// taken from them, are the same whatever the number of workers or the order chunks finish in.
import type { ScenarioRun } from '../decisions-api'
import type { UncertainParameter } from '../engine-api'
import type { DrawsResult } from '../pool/pool-protocol'
import { CancelledError, type WorkerPool } from '../pool/worker-pool'

export { DEFAULT_ENSEMBLE_RUNS, MAX_ENSEMBLE_RUNS } from '../decisions-api'

export interface EnsembleSpec {
  run: ScenarioRun
  seed: number
  /** Draws `from` (inclusive) to `to` (exclusive); a shard runs part of the ensemble's range. */
  from: number
  to: number
  outputs?: string[]
  /** Keep every `stride`-th saved time; default 1. */
  stride?: number
  /** Draws per task; default a size that gives each worker about eight tasks. */
  chunk?: number
  /** Keep the runs' values in single precision (the app, for memory); default double (the CLI). */
  single?: boolean
}

/** The kept values of every run, cell by cell (one output at one kept time): `values[cell * runs + run]`. */
export interface EnsembleRuns {
  seed: number
  from: number
  to: number
  outputNames: string[]
  times: Float64Array
  values: Float64Array | Float32Array
  incompleteRuns: number
  engineMs: number
  /** The parameters varied, and each run's values: `draws[run * parameters.length + p]`. */
  parameters: UncertainParameter[]
  draws: Float64Array
}

export interface EnsembleControl {
  onProgress?: (done: number, total: number) => void
  isCancelled?: () => boolean
}

export type EnsembleOutcome = { status: 'done'; runs: EnsembleRuns } | { status: 'cancelled'; done: number }

export function chunkSize(draws: number, workers: number): number {
  return Math.min(64, Math.max(4, Math.ceil(draws / (workers * 8))))
}

export async function runEnsemble(
  pool: WorkerPool,
  spec: EnsembleSpec,
  control: EnsembleControl = {},
): Promise<EnsembleOutcome> {
  const total = spec.to - spec.from
  if (!Number.isInteger(total) || total < 1)
    throw new RangeError(`an ensemble needs at least one run, got ${total}`)
  const chunk = spec.chunk ?? chunkSize(total, pool.size)
  let done = 0
  let gathered: EnsembleRuns | undefined
  let cellsPerRun = 0
  const gather = (result: DrawsResult) => {
    if (!gathered) {
      cellsPerRun = result.outputNames.length * result.times.length
      gathered = {
        seed: spec.seed,
        from: spec.from,
        to: spec.to,
        outputNames: result.outputNames,
        times: result.times,
        values: spec.single ? new Float32Array(cellsPerRun * total) : new Float64Array(cellsPerRun * total),
        incompleteRuns: 0,
        engineMs: 0,
        parameters: result.parameters,
        draws: new Float64Array(result.parameters.length * total),
      }
    }
    const runs = gathered
    // Run-major from the worker, cell-major here: percentiles read one cell's runs together.
    for (let draw = result.from; draw < result.to; draw++) {
      const source = (draw - result.from) * cellsPerRun
      const run = draw - spec.from
      for (let cell = 0; cell < cellsPerRun; cell++)
        runs.values[cell * total + run] = result.values[source + cell]
    }
    runs.draws.set(result.draws, (result.from - spec.from) * result.parameters.length)
    runs.incompleteRuns += result.incompleteRuns
    runs.engineMs += result.engineMs
    done += result.to - result.from
    control.onProgress?.(done, total)
  }
  // A failed chunk stops the rest before they start: the ensemble has failed either way.
  let failed = false
  const stop = () => failed || (control.isCancelled?.() ?? false)
  const tasks: Promise<void>[] = []
  for (let from = spec.from; from < spec.to; from += chunk) {
    const task = {
      kind: 'draws' as const,
      run: spec.run,
      seed: spec.seed,
      from,
      to: Math.min(spec.to, from + chunk),
      outputs: spec.outputs,
      stride: spec.stride ?? 1,
    }
    tasks.push(
      pool.run(task, stop).then(gather, (error: unknown) => {
        failed = true
        throw error
      }),
    )
  }
  const settled = await Promise.allSettled(tasks)
  if (control.isCancelled?.()) return { status: 'cancelled', done }
  const errors = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason] : []))
  const error = errors.find((e) => !(e instanceof CancelledError))
  if (error) throw error
  if (errors.length) return { status: 'cancelled', done }
  if (!gathered) throw new Error('the ensemble gave no runs')
  return { status: 'done', runs: gathered }
}
