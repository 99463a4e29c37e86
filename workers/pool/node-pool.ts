// The pool on Node worker_threads, for the CLI and the bench: one thread per core unless told.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { type ReplyMessage, STOP } from './pool-protocol'
import { type PoolEndpoint, WorkerPool } from './worker-pool'

const BOOT = new URL('./node-pool-boot.mjs', import.meta.url)
const ENTRY = new URL('./node-pool-worker.ts', import.meta.url).href

function nodeEndpoint(): PoolEndpoint {
  const worker = new Worker(BOOT, { workerData: { entry: ENTRY } })
  return {
    post: (message) => worker.postMessage(message),
    listen(onReply, onFailure) {
      worker.on('message', (reply: ReplyMessage) => onReply(reply))
      worker.on('error', (error) => onFailure(error))
      worker.on('exit', (code) => onFailure(new Error(`the worker thread exited (code ${code})`)))
    },
    // Asked to stop rather than terminated: terminating a thread that runs tsx's module hooks can
    // block the main thread. It stops after any task in hand, and never keeps the process alive.
    terminate: () => {
      worker.removeAllListeners('exit')
      worker.postMessage(STOP)
      worker.unref()
    },
  }
}

export function cores(): number {
  return availableParallelism()
}

export function nodePool(size = cores()): WorkerPool {
  return new WorkerPool(nodeEndpoint, size)
}
