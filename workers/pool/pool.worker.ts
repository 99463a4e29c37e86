// A pool worker in the browser: the care model compiled once here, and ensemble chunks, tornado
// runs and goal seeks answered as they come (pool-tasks.ts). The page starts one per core.
import type { ReplyMessage, TaskMessage } from './pool-protocol'
import { poolTaskServer } from './serve-pool-tasks'

const scope = self as unknown as {
  postMessage(message: ReplyMessage, transfer: ArrayBuffer[]): void
  addEventListener(type: 'message', listener: (event: MessageEvent<TaskMessage>) => void): void
}
const serve = poolTaskServer((message, transfer) => scope.postMessage(message, transfer))
scope.addEventListener('message', (event) => serve(event.data))
