// Ensembles on every core: 1,000 care-model runs of the default area's baseline with the uncertain
// parameters drawn, keeping the public outputs (as `carebalance ensemble` does by default), on a
// pool of one worker thread and on a pool of one per core, measured in the same process. Each pool
// is started and warmed (model compiled, code optimised) before it is timed; the start-up is
// reported on its own, since the app starts its pool once a session.
import { availableParallelism } from 'node:os'
import { DEFAULT_AREA_ID } from '../model/care'
import { ensemblePercentiles } from '../workers/ensemble/ensemble-percentiles'
import { runEnsemble } from '../workers/ensemble/ensemble-runs'
import { nodePool } from '../workers/pool/node-pool'

export interface EnsembleTiming {
  workers: number
  startMs: number
  runMs: number
  /** Time inside the model, summed over workers. */
  engineMs: number
}

export interface EnsembleBenchResult {
  runs: number
  timings: EnsembleTiming[]
  identical: boolean
}

const run = { scenario: { name: 'baseline', description: '', area: DEFAULT_AREA_ID, levers: {} } }

async function timeEnsemble(workers: number, runs: number) {
  const pool = nodePool(workers)
  try {
    let started = performance.now()
    // Warm-up: every worker starts, compiles the model and runs a few draws.
    await runEnsemble(pool, { run, seed: 99, from: 0, to: workers * 8, chunk: 4 })
    const startMs = performance.now() - started
    started = performance.now()
    const outcome = await runEnsemble(pool, { run, seed: 1, from: 0, to: runs })
    const runMs = performance.now() - started
    if (outcome.status !== 'done') throw new Error('the ensemble was cancelled')
    return { timing: { workers, startMs, runMs, engineMs: outcome.runs.engineMs }, runs: outcome.runs }
  } finally {
    pool.close()
  }
}

export async function runEnsembleBench(runs = 1000): Promise<EnsembleBenchResult> {
  const one = await timeEnsemble(1, runs)
  const all = await timeEnsemble(availableParallelism(), runs)
  // The two pools' percentiles must agree exactly: the point of gathering by draw number.
  const [a, b] = [ensemblePercentiles(one.runs).values, ensemblePercentiles(all.runs).values]
  const identical = a.every((values, i) => values.every((v, j) => Object.is(v, b[i][j])))
  return { runs, timings: [one.timing, all.timing], identical }
}
