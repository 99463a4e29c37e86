// The Web Worker that runs the engine off the page's thread: the care model is compiled here once
// and every run happens here, so the page never blocks while a slider moves.
import { HOLDING_LOCK } from './engine-connection'
import { EngineService } from './engine-service'
import { exposeEngine } from './expose-engine'

// Vite bundles the scenario files into the worker as text; the service validates each one.
const bundledScenarios = import.meta.glob<string>('../scenarios/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
})

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

const service = new EngineService(
  Object.fromEntries(Object.entries(bundledScenarios).map(([path, text]) => [fileName(path), text])),
)

// The worker global scope is a comlink endpoint; the DOM typings only know it as a Window.
exposeEngine(service, self as unknown as Worker)

// The page learns that this worker has stopped (crashed, closed, killed: no event says so) when
// the lock named after it, held here for the worker's whole life, is let go.
navigator.locks
  ?.request(self.name, () => {
    self.postMessage(HOLDING_LOCK)
    return new Promise<never>(() => undefined)
  })
  .catch(() => undefined)
