// The page's side of the decision tools: ensembles (Show uncertainty), goal seek and sensitivity on
// a pool of workers, one per core, beside the engine worker that serves interactive runs. Ensembles
// queue one at a time (each uses every core) with a newer request for a scenario stopping the
// older, as the engine's uncertainty jobs did; while an interactive run is in flight the pool hands
// out no new chunk, so a lever move waits for at most one chunk of a few runs.
import { sensitivity } from './analysis/sensitivity'
import {
  DEFAULT_ENSEMBLE_RUNS,
  type EnsembleBands,
  MAX_ENSEMBLE_RUNS,
  type SeekAnswer,
  type SeekRequest,
  type SensitivityRequest,
  type SensitivityResult,
} from './decisions-api'
import { DEFAULT_UNCERTAINTY_SEED, type UncertaintyProgress, type UncertaintyRequest } from './engine-api'
import type { EngineClient, UncertaintyOutcome } from './engine-client'
import { ensemblePercentiles, FAN_PERCENTILES } from './ensemble/ensemble-percentiles'
import { runEnsemble } from './ensemble/ensemble-runs'
import { browserPool } from './pool/browser-pool'
import type { WorkerPool } from './pool/worker-pool'
import { UncertaintyScheduler } from './uncertainty/uncertainty-scheduler'

/** The app keeps every third saved month (each quarter): finely enough to draw, lightly enough for 10,000 runs. */
export const APP_ENSEMBLE_STRIDE = 3
/** Runs per chunk in the app: a few runs, so a lever move never waits long for a worker. */
const APP_CHUNK = 4

export class DecisionsClient {
  private readonly scheduler: UncertaintyScheduler
  private readonly jobs = new Map<string, { cancelled: boolean }>()

  constructor(readonly pool: WorkerPool) {
    this.scheduler = new UncertaintyScheduler({
      runUncertainty: (request, onProgress) => this.runBands(request, onProgress),
      cancelUncertainty: async (jobId) => {
        const job = this.jobs.get(jobId)
        if (job) job.cancelled = true
      },
    })
  }

  get workers(): number {
    return this.pool.size
  }

  /** An ensemble for `key`'s scenario; a newer one for the same key stops this one (superseded). */
  runUncertaintyLatest(
    key: string,
    request: UncertaintyRequest,
    onProgress?: (progress: UncertaintyProgress) => void,
  ): Promise<UncertaintyOutcome> {
    return this.scheduler.submit(key, request, onProgress)
  }

  cancelUncertainty(key: string): void {
    this.scheduler.cancel(key)
  }

  /** The smallest value of a lever at which an outcome reaches a target, worked out in a pool worker. */
  async seek(request: SeekRequest): Promise<SeekAnswer> {
    return (await this.pool.run({ kind: 'seek', request })).answer
  }

  /** The tornado for an outcome, its runs spread over the pool. */
  sensitivity(request: SensitivityRequest): Promise<SensitivityResult> {
    return sensitivity(this.pool, request)
  }

  /** Stops handing out work until released: interactive runs first. */
  hold(): () => void {
    return this.pool.hold()
  }

  private async runBands(
    request: UncertaintyRequest,
    onProgress?: (progress: UncertaintyProgress) => void,
  ): Promise<{ status: 'cancelled'; done: number } | (EnsembleBands & { status: 'done' })> {
    const started = performance.now()
    const samples = request.samples ?? DEFAULT_ENSEMBLE_RUNS
    const seed = request.seed ?? DEFAULT_UNCERTAINTY_SEED
    if (!Number.isInteger(samples) || samples < 2 || samples > MAX_ENSEMBLE_RUNS)
      throw new RangeError(`ensemble: expected 2 to ${MAX_ENSEMBLE_RUNS} runs, got ${samples}`)
    const { jobId } = request
    const job = { cancelled: false }
    if (jobId !== undefined) this.jobs.set(jobId, job)
    try {
      const { samples: _, seed: __, outputs, jobId: ___, ...run } = request
      const outcome = await runEnsemble(
        this.pool,
        {
          run,
          seed,
          from: 0,
          to: samples,
          outputs,
          stride: APP_ENSEMBLE_STRIDE,
          chunk: APP_CHUNK,
          single: true,
        },
        {
          isCancelled: () => job.cancelled,
          onProgress: onProgress && ((done, total) => onProgress({ jobId, done, total })),
        },
      )
      if (outcome.status === 'cancelled') return outcome
      const runs = outcome.runs
      const [p10, p25, p50, p75, p90] = ensemblePercentiles(runs, FAN_PERCENTILES).values
      return {
        status: 'done',
        times: runs.times,
        outputNames: runs.outputNames,
        p10,
        p25,
        p50,
        p75,
        p90,
        samples,
        seed,
        parameters: runs.parameters,
        incompleteRuns: runs.incompleteRuns,
        elapsedMs: performance.now() - started,
        engineMs: runs.engineMs,
        stride: APP_ENSEMBLE_STRIDE,
        workers: this.pool.size,
        runValues: runs.values instanceof Float32Array ? runs.values : Float32Array.from(runs.values),
        draws: runs.draws,
      }
    } finally {
      if (jobId !== undefined && this.jobs.get(jobId) === job) this.jobs.delete(jobId)
    }
  }
}

/** The decision tools on browser Workers, one per core. */
export function startDecisionsPool(): DecisionsClient {
  return new DecisionsClient(browserPool())
}

/**
 * The engine client with its uncertainty jobs run as ensembles on the pool, and every interactive
 * run holding the pool while it is in flight. Everything else is the engine client's own.
 */
export function withEnsemblePool(engine: EngineClient, decisions: DecisionsClient): EngineClient {
  const wrapped = Object.create(engine) as EngineClient
  wrapped.runLatest = (key, request) => {
    const release = decisions.hold()
    const outcome = engine.runLatest(key, request)
    outcome.then(release, release)
    return outcome
  }
  wrapped.runUncertaintyLatest = (key, request, onProgress) =>
    decisions.runUncertaintyLatest(key, request, onProgress)
  wrapped.cancelUncertainty = (key) => decisions.cancelUncertainty(key)
  return wrapped
}
