// What one app run sends from the worker to the page: every output, as before issue 9, or only the
// outputs the page draws (RunRequest.outputs). Sizes are of the structured-clone serialisation
// postMessage makes (v8.serialize), with the time of the run in the engine service.
import { serialize } from 'node:v8'
import { DEFAULT_AREA_ID } from '../model/care'
import { DRAWN_OUTPUTS } from '../ui/app/drawn-outputs'
import type { RunRequest } from '../workers/engine-api'
import { EngineService } from '../workers/engine-service'

export interface TransferRow {
  request: string
  outputs: number
  bytes: number
  runMilliseconds: number
}

export async function runTransferBench(runs = 100): Promise<TransferRow[]> {
  const service = new EngineService()
  const scenario = { name: 'baseline', description: '', area: DEFAULT_AREA_ID, levers: {} }
  const requests: Array<[string, RunRequest]> = [
    ['every output', { scenario }],
    ['the outputs the app draws', { scenario, outputs: [...DRAWN_OUTPUTS] }],
  ]
  const rows: TransferRow[] = []
  for (const [label, request] of requests) {
    const response = await service.run(request)
    for (let i = 0; i < 20; i++) await service.run(request)
    let total = 0
    for (let i = 0; i < runs; i++) total += (await service.run(request)).runMs
    rows.push({
      request: label,
      outputs: response.outputNames.length,
      bytes: serialize(response).length,
      runMilliseconds: total / runs,
    })
  }
  return rows
}
