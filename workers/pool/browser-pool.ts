// The pool on browser Workers: one per core the browser reports (navigator.hardwareConcurrency).
// Vite bundles pool.worker.ts as its own chunk.
import type { ReplyMessage } from './pool-protocol'
import { type PoolEndpoint, WorkerPool } from './worker-pool'

function browserEndpoint(): PoolEndpoint {
  const worker = new Worker(new URL('./pool.worker.ts', import.meta.url), { type: 'module', name: 'pool' })
  return {
    post: (message) => worker.postMessage(message),
    listen(onReply, onFailure) {
      worker.addEventListener('message', (event: MessageEvent<ReplyMessage>) => onReply(event.data))
      worker.addEventListener('error', (event) => {
        event.preventDefault()
        onFailure(new Error(event.message || 'the pool worker could not load its code'))
      })
      worker.addEventListener('messageerror', () => onFailure(new Error('a reply could not be read')))
    },
    terminate: () => worker.terminate(),
  }
}

export function browserPool(size = navigator.hardwareConcurrency || 2): WorkerPool {
  return new WorkerPool(browserEndpoint, Math.max(1, size))
}
