// Ensembles on every core: 1,000 care-model runs of the default area's baseline with the uncertain
// parameters drawn, keeping the public outputs (as `carebalance ensemble` does by default), on a
// pool of one worker thread and on a pool of one per core, measured in the same process. Each pool
// is started and warmed (model compiled, code optimised) before it is timed; the start-up is
// reported on its own, since the app starts its pool once a session. The two pools then take turns,
// round after round, so a change in the machine's load falls on both alike; the speed-up is taken
// within each round.
import { availableParallelism, loadavg } from 'node:os'
import { DEFAULT_AREA_ID } from '../model/care'
import { ensemblePercentiles } from '../workers/ensemble/ensemble-percentiles'
import { type EnsembleRuns, runEnsemble } from '../workers/ensemble/ensemble-runs'
import { nodePool } from '../workers/pool/node-pool'
import type { WorkerPool } from '../workers/pool/worker-pool'
import { fixed, formatTable } from './format-table'
import { formatSpread, type Spread, spread } from './rounds'

export interface EnsembleTiming {
  workers: number
  startMs: number
  /** Wall-clock ms for the runs, over the rounds. */
  runMs: Spread
  /** Time inside the model per run, summed over workers, over the rounds. */
  engineMsPerRun: Spread
}

export interface EnsembleBenchResult {
  runs: number
  rounds: number
  timings: EnsembleTiming[]
  /** One worker's time over all cores' time, round by round. */
  speedUp: Spread
  /** The percentiles of every timed ensemble, on either pool, agree to the last bit. */
  identical: boolean
  /** The machine's one-minute load average before and after. */
  load: [number, number]
}

const run = { scenario: { name: 'baseline', description: '', area: DEFAULT_AREA_ID, levers: {} } }

async function warm(pool: WorkerPool): Promise<number> {
  const started = performance.now()
  // Every worker starts, compiles the model and runs a few draws.
  await runEnsemble(pool, { run, seed: 99, from: 0, to: pool.size * 8, chunk: 4 })
  return performance.now() - started
}

async function timeOnce(pool: WorkerPool, runs: number): Promise<{ ms: number; runs: EnsembleRuns }> {
  const started = performance.now()
  const outcome = await runEnsemble(pool, { run, seed: 1, from: 0, to: runs })
  const ms = performance.now() - started
  if (outcome.status !== 'done') throw new Error('the ensemble was cancelled')
  return { ms, runs: outcome.runs }
}

function samePercentiles(a: Float64Array[], b: Float64Array[]): boolean {
  return a.length === b.length && a.every((values, i) => values.every((v, j) => Object.is(v, b[i][j])))
}

export async function runEnsembleBench(runs = 1000, rounds = 3): Promise<EnsembleBenchResult> {
  const loadBefore = loadavg()[0]
  const sizes = [1, availableParallelism()]
  const pools = sizes.map((size) => nodePool(size))
  try {
    const startMs: number[] = []
    for (const pool of pools) startMs.push(await warm(pool))
    const wall = sizes.map((): number[] => [])
    const engine = sizes.map((): number[] => [])
    const ratios: number[] = []
    let reference: Float64Array[] | undefined
    let identical = true
    for (let round = 0; round < rounds; round++) {
      const times: number[] = []
      for (const [i, pool] of pools.entries()) {
        const timed = await timeOnce(pool, runs)
        times.push(timed.ms)
        wall[i].push(timed.ms)
        engine[i].push(timed.runs.engineMs / runs)
        // Gathered by draw number: the same percentiles whatever the pool and the round.
        const percentiles = ensemblePercentiles(timed.runs).values
        reference ??= percentiles
        identical &&= samePercentiles(reference, percentiles)
      }
      ratios.push(times[0] / times[times.length - 1])
    }
    return {
      runs,
      rounds,
      timings: sizes.map((workers, i) => ({
        workers,
        startMs: startMs[i],
        runMs: spread(wall[i]),
        engineMsPerRun: spread(engine[i]),
      })),
      speedUp: spread(ratios),
      identical,
      load: [loadBefore, loadavg()[0]],
    }
  } finally {
    for (const pool of pools) pool.close()
  }
}

/** The report's section, as `npm run bench` prints it. */
export async function printEnsembleBench(): Promise<void> {
  const ensemble = await runEnsembleBench()
  console.log(
    `\nEnsemble: ${ensemble.runs.toLocaleString('en-GB')} care-model runs (baseline, uncertain parameters drawn, public outputs kept) ` +
      `on a pool of worker threads; ms, median and range over ${ensemble.rounds} interleaved rounds\n`,
  )
  console.log(
    formatTable(
      [
        'workers',
        'ms for the runs (goal with all cores: under 2,000)',
        'ms per run',
        'engine ms per run',
        'start-up ms (once)',
      ],
      ensemble.timings.map((t) => [
        t.workers,
        formatSpread(t.runMs, 0),
        fixed(t.runMs.median / ensemble.runs, 2),
        formatSpread(t.engineMsPerRun, 2),
        fixed(t.startMs, 0),
      ]),
    ),
  )
  const all = ensemble.timings[ensemble.timings.length - 1]
  const met = all.runMs.median < 2000 ? 'met' : 'NOT met'
  console.log(
    `speed-up with ${all.workers} workers: ${formatSpread(ensemble.speedUp, 2)}x; ` +
      `goal: ${ensemble.runs.toLocaleString('en-GB')} runs under 2 s with all cores, ${met}; ` +
      `percentiles identical on both pools: ${ensemble.identical}; ` +
      `load average ${fixed(ensemble.load[0], 1)} before, ${fixed(ensemble.load[1], 1)} after`,
  )
}
