// Serves an EngineApi over a comlink endpoint, handing each run's arrays over by transfer so a
// 20-year run crosses to the page without a copy. The worker uses it on its own global scope;
// tests use it on a MessageChannel, so the boundary the app relies on is tested in Node.
import * as Comlink from 'comlink'
import type { EngineApi, RunRequest, RunResponse, UncertaintyProgress } from './engine-api'

/** A progress callback that came over comlink is a proxy holding a port open until released. */
function releaseIfProxy(callback: unknown): void {
  const release = (callback as { [Comlink.releaseProxy]?: () => void } | undefined)?.[Comlink.releaseProxy]
  if (typeof release === 'function') release.call(callback)
}

export function transferringApi(engine: EngineApi): EngineApi {
  return {
    catalogue: () => engine.catalogue(),
    checkScenario: (text, file) => engine.checkScenario(text, file),
    checkProject: (text, file) => engine.checkProject(text, file),
    async run(request: RunRequest): Promise<RunResponse> {
      const response = await engine.run(request)
      // Times and values may share one buffer (model/simulation.ts): each buffer is listed once.
      return Comlink.transfer(response, [...new Set([response.times.buffer, response.values.buffer])])
    },
    async runUncertainty(request, onProgress) {
      // Progress is news, not a question: the job never waits for the page's answer, and a page
      // that has gone away cannot fail the job.
      const report =
        onProgress &&
        ((progress: UncertaintyProgress) => {
          Promise.resolve()
            .then(() => onProgress(progress))
            .catch(() => undefined)
        })
      try {
        const response = await engine.runUncertainty(request, report)
        if (response.status !== 'done') return response
        const buffers = [response.times, response.p10, response.p50, response.p90].map((a) => a.buffer)
        return Comlink.transfer(response, buffers)
      } finally {
        releaseIfProxy(onProgress)
      }
    },
    cancelUncertainty: (jobId) => engine.cancelUncertainty(jobId),
  }
}

export function exposeEngine(engine: EngineApi, endpoint: Comlink.Endpoint): void {
  Comlink.expose(transferringApi(engine), endpoint)
}
