// The engine worker's life, as a small state machine: running, restarting after it was lost,
// failed. A worker that crashes, closes or cannot load its code is noticed (engine-worker-start.ts
// says how), a new one is started, and the calls the lost worker was answering run again on the
// new one, so the latest lever move still gets its result. A call is retried once: a request that
// kills the engine every time is reported, not run forever. Workers that die before answering
// anything, several times running, mean the engine cannot start here: the connection fails and
// every call says why.
import type * as Comlink from 'comlink'
import type { EngineApi } from './engine-api'

/**
 * One started worker: its API, and a promise that settles if the worker is lost, with what
 * happened as words that follow "The model engine": "stopped unexpectedly".
 */
export interface EngineWorker {
  api: Comlink.Remote<EngineApi> | EngineApi
  lost: Promise<string>
  terminate(): void
}

export type EngineStatus =
  | { state: 'restarting'; reason: string }
  | { state: 'restarted'; reason: string }
  | { state: 'failed'; reason: string }

/** A message a worker sends, outside comlink, once it holds the lock it keeps while it lives. */
export const HOLDING_LOCK = 'carebalance-engine-holding-lock'

/** Workers lost in a row without answering anything before the connection gives up. */
export const MAX_FAILED_STARTS = 3

class WorkerLost extends Error {
  constructor(
    readonly worker: EngineWorker,
    readonly reason: string,
  ) {
    super(reason)
  }
}

export class EngineConnection {
  private worker!: EngineWorker
  /** Workers that have answered: they loaded, so losing one later is a crash. */
  private readonly loaded = new WeakSet<EngineWorker>()
  private failedStarts = 0
  private failure?: string
  private readonly listeners = new Set<(status: EngineStatus) => void>()

  constructor(private readonly start: () => EngineWorker) {
    this.launch()
  }

  /** A connection to an engine in this thread (Node, tests), which is never lost. */
  static direct(api: Comlink.Remote<EngineApi> | EngineApi): EngineConnection {
    return new EngineConnection(() => ({ api, lost: new Promise(() => undefined), terminate() {} }))
  }

  onStatus(listener: (status: EngineStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Why the engine cannot be used, once it has failed for good. */
  get failed(): string | undefined {
    return this.failure
  }

  /**
   * Runs `use` on the engine. If the worker is lost meanwhile, runs it again on a new one: once
   * after a crash of a worker that had loaded; as often as it takes while workers fail to load,
   * until the connection gives up.
   */
  async call<T>(use: (api: EngineWorker['api']) => Promise<T>): Promise<T> {
    let crashes = 0
    for (;;) {
      try {
        return await this.attempt(use)
      } catch (error) {
        if (!(error instanceof WorkerLost)) throw error
        if (this.loaded.has(error.worker)) crashes++
        this.replace(error.worker, error.reason)
        if (this.failure) throw new Error(this.failure)
        if (crashes >= 2)
          throw new Error(
            `The model engine stopped twice while working on this; the second time it ${error.reason}.`,
          )
      }
    }
  }

  /** Stops the worker for good. */
  close(): void {
    this.failure = 'The model engine was closed.'
    this.worker.terminate()
  }

  private async attempt<T>(use: (api: EngineWorker['api']) => Promise<T>): Promise<T> {
    if (this.failure) throw new Error(this.failure)
    const worker = this.worker
    const lost = worker.lost.then((reason): never => {
      throw new WorkerLost(worker, reason)
    })
    return Promise.race([use(worker.api), lost])
  }

  /**
   * Starts a worker and asks it a question that costs nothing, to learn that it loaded; after a
   * loss, its answer is when the app can say the engine is back.
   */
  private launch(afterLoss?: string): void {
    const worker = this.start()
    this.worker = worker
    worker.lost.then((reason) => this.replace(worker, reason))
    Promise.resolve()
      .then(() => worker.api.cancelUncertainty(''))
      .then(
        () => {
          if (worker !== this.worker) return
          this.loaded.add(worker)
          this.failedStarts = 0
          if (afterLoss !== undefined) this.tell({ state: 'restarted', reason: afterLoss })
        },
        () => undefined,
      )
  }

  /** Starts a new worker in place of `lost`, unless that was done already or too often. */
  private replace(lost: EngineWorker, reason: string): void {
    if (lost !== this.worker || this.failure) return
    lost.terminate()
    this.failedStarts = this.loaded.has(lost) ? 0 : this.failedStarts + 1
    if (this.failedStarts >= MAX_FAILED_STARTS) {
      this.failure =
        `the engine ${reason}, ${MAX_FAILED_STARTS} times running. ` +
        'Reload the page to try again; your saved scenarios are kept in this browser.'
      this.tell({ state: 'failed', reason })
      return
    }
    this.tell({ state: 'restarting', reason })
    this.launch(reason)
  }

  private tell(status: EngineStatus): void {
    for (const listener of this.listeners) listener(status)
  }
}
