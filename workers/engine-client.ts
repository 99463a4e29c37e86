// The page's side of the worker boundary: starts the engine worker, wraps it with comlink, and runs
// scenarios through a latest-wins scheduler so moving a slider never queues stale runs. Every call
// goes through the engine connection, which restarts a worker that was lost and runs the call again.
import * as Comlink from 'comlink'
import type {
  Catalogue,
  EngineApi,
  ProjectCheck,
  RunRequest,
  RunResponse,
  ScenarioCheck,
  UncertaintyProgress,
  UncertaintyRequest,
} from './engine-api'
import { EngineConnection, type EngineStatus, type EngineWorker, HOLDING_LOCK } from './engine-connection'
import { LatestWinsScheduler, type RunOutcome } from './latest-wins-scheduler'
import { type UncertaintyOutcome, UncertaintyScheduler } from './uncertainty/uncertainty-scheduler'

export type { EngineStatus, UncertaintyOutcome }

export class EngineClient {
  private readonly scheduler: LatestWinsScheduler<RunRequest, RunResponse>
  private readonly uncertainty: UncertaintyScheduler
  private readonly connection: EngineConnection

  /** An engine in this thread (Node, tests), or a connection to a worker that may be restarted. */
  constructor(engine: Comlink.Remote<EngineApi> | EngineApi | EngineConnection) {
    const connection = engine instanceof EngineConnection ? engine : EngineConnection.direct(engine)
    this.connection = connection
    this.scheduler = new LatestWinsScheduler((_key, request) => connection.call((api) => api.run(request)))
    this.uncertainty = new UncertaintyScheduler({
      // A callback crosses to the worker only as a comlink proxy; called directly it is the function.
      runUncertainty: (request, onProgress) =>
        connection.call((api) => api.runUncertainty(request, onProgress && Comlink.proxy(onProgress))),
      cancelUncertainty: (jobId) => connection.call((api) => api.cancelUncertainty(jobId)),
    })
  }

  /** Hears when the engine is lost, restarted, or cannot be started; returns how to stop hearing. */
  onEngineStatus(listener: (status: EngineStatus) => void): () => void {
    return this.connection.onStatus(listener)
  }

  catalogue(): Promise<Catalogue> {
    return this.connection.call((api) => api.catalogue())
  }

  checkScenario(text: string, file: string): Promise<ScenarioCheck> {
    return this.connection.call((api) => api.checkScenario(text, file))
  }

  checkProject(text: string, file: string): Promise<ProjectCheck> {
    return this.connection.call((api) => api.checkProject(text, file))
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

/** Starts the engine in a module worker, restarted if lost; Vite bundles the worker as its own chunk. */
export function startEngineWorker(): EngineClient {
  return new EngineClient(new EngineConnection(startWorker))
}

/**
 * A worker whose loss is noticed three ways: it could not load or threw (`error`), a message from
 * it could not be read (`messageerror`), or it stopped altogether (crashed, closed itself, was
 * killed), which raises no event at all but lets go of a Web Lock it holds while it lives.
 */
function startWorker(): EngineWorker {
  const lockName = `carebalance-engine-${crypto.randomUUID()}`
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: lockName,
  })
  let terminated = false
  let lose: (reason: string) => void = () => undefined
  const lost = new Promise<string>((resolve) => {
    lose = (reason) => {
      if (!terminated) resolve(reason)
    }
  })
  worker.addEventListener('error', (event) => {
    event.preventDefault()
    lose(event.message ? `stopped with an error (${event.message})` : 'could not load its code')
  })
  worker.addEventListener('messageerror', () => lose('sent a message that could not be read'))
  worker.addEventListener('message', (event: MessageEvent) => {
    // Asked only once the worker holds the lock, so the page cannot take it first.
    if (event.data !== HOLDING_LOCK) return
    navigator.locks?.request(lockName, () => lose('stopped unexpectedly')).catch(() => undefined)
  })
  return {
    api: Comlink.wrap<EngineApi>(worker),
    lost,
    terminate() {
      terminated = true
      worker.terminate()
    },
  }
}
