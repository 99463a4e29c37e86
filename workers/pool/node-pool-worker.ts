// A pool worker in Node (worker_threads), started by node-pool-boot.mjs.
import { parentPort } from 'node:worker_threads'
import { STOP, type TaskMessage } from './pool-protocol'
import { poolTaskServer } from './serve-pool-tasks'

const port = parentPort
if (!port) throw new Error('node-pool-worker.ts runs only as a worker thread')
const serve = poolTaskServer((message, transfer) => port.postMessage(message, transfer))
port.on('message', (message: TaskMessage | typeof STOP) => {
  if (message === STOP) port.close()
  else serve(message)
})
