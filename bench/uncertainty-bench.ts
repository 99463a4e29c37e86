// The time an uncertainty band takes in the engine service (Node): many runs of one scenario with
// the uncertain parameters drawn within their ranges, then the percentiles.
import { DEFAULT_AREA_ID } from '../model/care'
import { EngineService } from '../workers/engine-service'

export interface UncertaintyBenchResult {
  samples: number
  parameters: number
  milliseconds: number
}

export async function runUncertaintyBench(samples = 60): Promise<UncertaintyBenchResult> {
  const service = new EngineService()
  const request = {
    scenario: { name: 'baseline', description: '', area: DEFAULT_AREA_ID, levers: {} },
    samples,
  }
  await service.runUncertainty(request) // warm-up: compiles the model and the generated code
  const started = performance.now()
  const response = await service.runUncertainty(request)
  const milliseconds = performance.now() - started
  if (response.status !== 'done') throw new Error('the uncertainty job was cancelled')
  return { samples, parameters: response.parameters.length, milliseconds }
}
