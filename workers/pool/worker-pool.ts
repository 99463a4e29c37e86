// A pool of workers, each with the care model compiled once, taking tasks from one queue: an idle
// worker takes the next task, so a slow one never holds up the rest. The same pool runs on browser
// Workers and Node worker_threads, behind PoolEndpoint. Tasks of a cancelled job are dropped
// before they start; `hold` stops handing out tasks (the page holds the pool while a lever moves, so
// interactive runs get the cores); a worker that dies fails its task and is replaced.
import type { PoolResult, PoolTask, ReplyMessage, ResultOf, TaskMessage } from './pool-protocol'

/** One worker as the pool sees it. */
export interface PoolEndpoint {
  post(message: TaskMessage): void
  /** Replies, and a failure of the worker itself (it is gone after that). */
  listen(onReply: (reply: ReplyMessage) => void, onFailure: (error: Error) => void): void
  terminate(): void
}

export class CancelledError extends Error {
  override name = 'CancelledError'
}

interface Queued {
  id: number
  task: PoolTask
  isCancelled?: () => boolean
  resolve: (result: PoolResult) => void
  reject: (error: Error) => void
}

interface Slot {
  endpoint: PoolEndpoint
  busy?: Queued
}

export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly queue: Queued[] = []
  private nextId = 1
  private held = 0
  private closed = false

  constructor(
    private readonly start: () => PoolEndpoint,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`a pool needs at least one worker, got ${size}`)
  }

  /** Runs a task on the next free worker; rejects with CancelledError if `isCancelled` is true when its turn comes. */
  run<T extends PoolTask>(task: T, isCancelled?: () => boolean): Promise<ResultOf<T>> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'))
    return new Promise<ResultOf<T>>((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        task,
        isCancelled,
        resolve: resolve as (result: PoolResult) => void,
        reject,
      })
      this.dispatch()
    })
  }

  /** Stops handing out tasks until every hold is released (tasks already running finish). */
  hold(): () => void {
    this.held++
    let released = false
    return () => {
      if (released) return
      released = true
      this.held--
      this.dispatch()
    }
  }

  /** Tasks waiting for a worker. */
  get waiting(): number {
    return this.queue.length
  }

  close(): void {
    this.closed = true
    for (const queued of this.queue.splice(0)) queued.reject(new CancelledError('the worker pool closed'))
    for (const slot of this.slots) {
      slot.busy?.reject(new CancelledError('the worker pool closed'))
      slot.endpoint.terminate()
    }
    this.slots.length = 0
  }

  private dispatch(): void {
    while (!this.closed && this.held === 0 && this.queue.length) {
      const slot = this.freeSlot()
      if (!slot) return
      const queued = this.queue.shift() as Queued
      if (queued.isCancelled?.()) {
        queued.reject(new CancelledError('cancelled'))
        continue
      }
      slot.busy = queued
      slot.endpoint.post({ id: queued.id, task: queued.task })
    }
  }

  /** An idle worker, starting one if the pool is not yet full. */
  private freeSlot(): Slot | undefined {
    const idle = this.slots.find((slot) => !slot.busy)
    if (idle) return idle
    if (this.slots.length >= this.size) return undefined
    const slot: Slot = { endpoint: this.start() }
    this.slots.push(slot)
    slot.endpoint.listen(
      (reply) => this.settle(slot, reply),
      (error) => this.fail(slot, error),
    )
    return slot
  }

  private settle(slot: Slot, reply: ReplyMessage): void {
    const queued = slot.busy
    if (!queued || queued.id !== reply.id) return
    slot.busy = undefined
    if (reply.ok) queued.resolve(reply.result)
    else queued.reject(new Error(reply.error))
    this.dispatch()
  }

  private fail(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot)
    if (index < 0) return
    this.slots.splice(index, 1)
    slot.endpoint.terminate()
    slot.busy?.reject(new Error(`a pool worker stopped: ${error.message}`))
    this.dispatch()
  }
}
