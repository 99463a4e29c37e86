// Starts a pool worker thread: worker threads do not inherit the parent's TypeScript loader, so
// register tsx here (as bin/carebalance.mjs does) before importing the worker's TypeScript.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
