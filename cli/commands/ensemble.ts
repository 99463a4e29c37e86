// `carebalance ensemble`: N runs of a scenario with its uncertain parameters drawn (seeded), on
// every core; prints the 10th, 50th and 90th percentile of each output at each saved time. With
// --shard I/N it runs only shard I's draws and writes them, for `carebalance merge`.
import { CARE_MODEL_VERSION } from '../../model/care/index'
import { CareEngine } from '../../workers/care-engine'
import { DEFAULT_UNCERTAINTY_SEED } from '../../workers/engine-api'
import { ensemblePercentiles } from '../../workers/ensemble/ensemble-percentiles'
import { DEFAULT_ENSEMBLE_RUNS, MAX_ENSEMBLE_RUNS, runEnsemble } from '../../workers/ensemble/ensemble-runs'
import { cores, nodePool } from '../../workers/pool/node-pool'
import { type ParsedCommand, UsageError } from '../arguments'
import { ENSEMBLE_PERCENTILES, ensembleCsv } from '../ensemble-csv'
import { type EnsembleIdentity, encodeShard, parseShard, shardRange } from '../ensemble-shard'
import type { BytesOutput, Output } from '../main'
import { readScenarioRequest, wholeNumberOption } from '../scenario-request'

/** Runs across all shards of one ensemble, and in any one shard: a shard of 100,000 runs of three outputs holds 580 MB. */
const MAX_SHARDED_RUNS = 10_000_000
const MAX_RUNS_PER_PROCESS = 100_000
const MAX_WORKERS = 64

export async function ensembleCommand(
  command: ParsedCommand,
  write: Output,
  warn: Output,
  writeBytes: BytesOutput,
): Promise<void> {
  if (!command.target) throw new UsageError('ensemble needs a SCENARIO.json file')
  const { options } = command
  const runs = command.runs ?? DEFAULT_ENSEMBLE_RUNS
  const sharded = options.shard !== undefined
  const maxRuns = sharded ? MAX_SHARDED_RUNS : MAX_ENSEMBLE_RUNS
  if (runs < 2 || runs > maxRuns)
    throw new UsageError(`--runs must be from 2 to ${maxRuns}${sharded ? ' across shards' : ''}, got ${runs}`)
  const seed = wholeNumberOption('seed', options.seed, 0, 2 ** 32 - 1) ?? DEFAULT_UNCERTAINTY_SEED
  const workers = wholeNumberOption('workers', options.workers, 1, MAX_WORKERS) ?? cores()
  const shard = options.shard === undefined ? undefined : parseShard(options.shard, runs)
  const { from, to } = shard ? shardRange(shard.index, shard.count, runs) : { from: 0, to: runs }
  if (to - from > MAX_RUNS_PER_PROCESS)
    throw new UsageError(
      `--shard: ${to - from} runs in one shard; use more shards (at most ${MAX_RUNS_PER_PROCESS} each)`,
    )

  // Check everything before any worker starts: the file, its levers, the output names.
  const engine = new CareEngine()
  const { request } = readScenarioRequest(engine, command.target, command.overrides, warn)
  try {
    engine.outputs(options.output, '--output')
  } catch (error) {
    throw new UsageError((error as Error).message)
  }

  const pool = nodePool(Math.min(workers, to - from))
  try {
    const outcome = await runEnsemble(pool, { run: request, seed, from, to, outputs: options.output })
    if (outcome.status !== 'done') throw new Error('the ensemble was cancelled')
    const result = outcome.runs
    if (result.incompleteRuns)
      warn(
        `warning: ${result.incompleteRuns} of ${to - from} runs gave a value that is not a number; those values are left out\n`,
      )
    if (shard) {
      const ensemble: EnsembleIdentity = {
        modelVersion: CARE_MODEL_VERSION,
        scenario: request,
        seed,
        runs,
        outputs: options.output ?? null,
        shards: shard.count,
      }
      const header = {
        format: 1 as const,
        ensemble,
        shard: shard.index,
        from,
        to,
        outputNames: result.outputNames,
        times: Array.from(result.times),
        incompleteRuns: result.incompleteRuns,
      }
      await writeBytes(encodeShard(header, result.values))
      return
    }
    const [p10, p50, p90] = ensemblePercentiles(result, ENSEMBLE_PERCENTILES).values
    await write(ensembleCsv({ times: result.times, outputNames: result.outputNames, p10, p50, p90 }))
  } finally {
    pool.close()
  }
}
