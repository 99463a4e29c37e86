// The page's side of the worker boundary: starts the engine worker, wraps it with comlink, and runs
// scenarios through a latest-wins scheduler so moving a slider never queues stale runs.
import * as Comlink from 'comlink'
import type { Catalogue, EngineApi, RunRequest, RunResponse, ScenarioCheck } from './engine-api'
import { LatestWinsScheduler, type RunOutcome } from './latest-wins-scheduler'

export class EngineClient {
  private readonly scheduler: LatestWinsScheduler<RunRequest, RunResponse>

  constructor(private readonly engine: Comlink.Remote<EngineApi> | EngineApi) {
    this.scheduler = new LatestWinsScheduler((_key, request) => this.engine.run(request))
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
}

/** Starts the engine in a module worker; Vite bundles the worker as its own chunk. */
export function startEngineWorker(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  })
  return new EngineClient(Comlink.wrap<EngineApi>(worker))
}
