// The page's side of the worker boundary: starts the engine worker, wraps it with comlink, and runs
// scenarios through a latest-wins scheduler so moving a slider never queues stale runs.
import * as Comlink from 'comlink'
import type {
  Catalogue,
  EngineApi,
  RunRequest,
  RunResponse,
  ScenarioCheck,
  UncertaintyProgress,
  UncertaintyRequest,
} from './engine-api'
import { LatestWinsScheduler, type RunOutcome } from './latest-wins-scheduler'
import { type UncertaintyOutcome, UncertaintyScheduler } from './uncertainty/uncertainty-scheduler'

export type { UncertaintyOutcome }

export class EngineClient {
  private readonly scheduler: LatestWinsScheduler<RunRequest, RunResponse>
  private readonly uncertainty: UncertaintyScheduler

  constructor(private readonly engine: Comlink.Remote<EngineApi> | EngineApi) {
    this.scheduler = new LatestWinsScheduler((_key, request) => this.engine.run(request))
    this.uncertainty = new UncertaintyScheduler({
      // A callback crosses to the worker only as a comlink proxy; called directly it is the function.
      runUncertainty: (request, onProgress) =>
        this.engine.runUncertainty(request, onProgress && Comlink.proxy(onProgress)),
      cancelUncertainty: (jobId) => this.engine.cancelUncertainty(jobId),
    })
  }

  catalogue(): Promise<Catalogue> {
    return this.engine.catalogue()
  }

  checkScenario(text: string, file: string): Promise<ScenarioCheck> {
    return this.engine.checkScenario(text, file)
  }

  /**
   * Runs a scenario, one run in flight per `key`. A request overtaken by a newer one for the same
   * key before it started settles as `superseded` and never runs.
   */
  runLatest(key: string, request: RunRequest): Promise<RunOutcome<RunResponse>> {
    return this.scheduler.submit(key, request)
  }

  /**
   * Percentile bands for a scenario, one job at a time in the worker. A newer request for the same
   * `key` stops the older job, which settles as `superseded`; ordinary runs keep going first.
   */
  runUncertaintyLatest(
    key: string,
    request: UncertaintyRequest,
    onProgress?: (progress: UncertaintyProgress) => void,
  ): Promise<UncertaintyOutcome> {
    return this.uncertainty.submit(key, request, onProgress)
  }

  /** Stops or drops the uncertainty job for `key`, if there is one. */
  cancelUncertainty(key: string): void {
    this.uncertainty.cancel(key)
  }
}

/** Starts the engine in a module worker; Vite bundles the worker as its own chunk. */
export function startEngineWorker(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  })
  return new EngineClient(Comlink.wrap<EngineApi>(worker))
}
