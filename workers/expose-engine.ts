// Serves an EngineApi over a comlink endpoint, handing each run's arrays over by transfer so a
// 20-year run crosses to the page without a copy. The worker uses it on its own global scope;
// tests use it on a MessageChannel, so the boundary the app relies on is tested in Node.
import * as Comlink from 'comlink'
import type { EngineApi, RunRequest, RunResponse } from './engine-api'

export function transferringApi(engine: EngineApi): EngineApi {
  return {
    catalogue: () => engine.catalogue(),
    checkScenario: (text, file) => engine.checkScenario(text, file),
    async run(request: RunRequest): Promise<RunResponse> {
      const response = await engine.run(request)
      return Comlink.transfer(response, [response.times.buffer, response.values.buffer])
    },
  }
}

export function exposeEngine(engine: EngineApi, endpoint: Comlink.Endpoint): void {
  Comlink.expose(transferringApi(engine), endpoint)
}
