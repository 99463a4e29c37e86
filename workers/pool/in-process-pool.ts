// A pool whose "workers" run in this thread, for specs: the same protocol and dispatch as real
// workers, with replies delayed by a given rule so chunks finish out of order as they do on cores.
import { CareEngine } from '../care-engine'
import type { ReplyMessage, TaskMessage } from './pool-protocol'
import { poolTaskServer } from './serve-pool-tasks'
import { type PoolEndpoint, WorkerPool } from './worker-pool'

let shared: CareEngine | undefined

export function inProcessPool(size: number, delayMs: (id: number) => number = () => 0): WorkerPool {
  return new WorkerPool((): PoolEndpoint => {
    let onReply: (reply: ReplyMessage) => void = () => undefined
    let alive = true
    const serve = poolTaskServer(
      (reply) => {
        setTimeout(() => alive && onReply(reply), delayMs(reply.id))
      },
      () => {
        shared ??= new CareEngine()
        return shared
      },
    )
    return {
      post: (message: TaskMessage) => {
        // Structured clone, as postMessage does, so no task shares objects with the caller.
        serve(structuredClone(message))
      },
      listen: (reply) => {
        onReply = reply
      },
      terminate: () => {
        alive = false
      },
    }
  }, size)
}
