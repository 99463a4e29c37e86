// For specs: an EngineApi exposed through comlink over a Node MessageChannel, as the app reaches
// the worker, counting the runs that actually cross so a spec can check that stale ones did not.
import { MessageChannel } from 'node:worker_threads'
import * as Comlink from 'comlink'
import nodeEndpoint from 'comlink/dist/esm/node-adapter'
import type { EngineApi } from './engine-api'
import { exposeEngine } from './expose-engine'

export interface EngineOverChannel {
  remote: Comlink.Remote<EngineApi>
  /** Runs the service has started since the channel opened (a spec may reset it). */
  runsStarted: number
  close(): void
}

export function engineOverChannel(service: EngineApi): EngineOverChannel {
  const channel = new MessageChannel()
  const connection: EngineOverChannel = {
    remote: Comlink.wrap<EngineApi>(nodeEndpoint(channel.port2)),
    runsStarted: 0,
    close() {
      channel.port1.close()
      channel.port2.close()
    },
  }
  const counting: EngineApi = {
    catalogue: () => service.catalogue(),
    checkScenario: (text, file) => service.checkScenario(text, file),
    checkProject: (text, file) => service.checkProject(text, file),
    run: (request) => {
      connection.runsStarted++
      return service.run(request)
    },
    runUncertainty: (request, onProgress) => service.runUncertainty(request, onProgress),
    cancelUncertainty: (jobId) => service.cancelUncertainty(jobId),
  }
  exposeEngine(counting, nodeEndpoint(channel.port1))
  return connection
}
