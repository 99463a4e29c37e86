// The uncertainty call of the worker API, in Node: through EngineService directly, then across the
// comlink boundary the app uses, where it must share the worker with interactive runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BANDS } from '../model/care'
import type {
  Catalogue,
  RunRequest,
  UncertaintyBands,
  UncertaintyProgress,
  UncertaintyRequest,
} from './engine-api'
import { EngineClient } from './engine-client'
import { type EngineOverChannel, engineOverChannel } from './engine-over-channel'
import { EngineService } from './engine-service'

const service = new EngineService()
let catalogue: Catalogue

const OUTPUTS = ['emergency admissions', 'bed occupancy', 'population']

function request(extra: Partial<UncertaintyRequest> = {}): UncertaintyRequest {
  return {
    scenario: { name: 'Baseline', description: '', area: catalogue.defaultAreaId, levers: {} },
    outputs: OUTPUTS,
    samples: 12,
    ...extra,
  }
}

async function bands(req: UncertaintyRequest): Promise<UncertaintyBands> {
  const response = await service.runUncertainty(req)
  if (response.status !== 'done') throw new Error('the job was cancelled')
  return response
}

function at(b: UncertaintyBands, array: Float64Array, output: string, timeIndex: number): number {
  return array[b.outputNames.indexOf(output) * b.times.length + timeIndex]
}

beforeAll(async () => {
  catalogue = await service.catalogue()
})

describe('EngineService.runUncertainty', () => {
  it('gives the same bands for the same request and seed, and other bands for another seed', async () => {
    const first = await bands(request())
    const again = await bands(request())
    expect(again.p10).toEqual(first.p10)
    expect(again.p50).toEqual(first.p50)
    expect(again.p90).toEqual(first.p90)
    const reseeded = await bands(request({ seed: 2 }))
    expect(reseeded.p90).not.toEqual(first.p90)
    expect(first.seed).toBe(1)
    expect(reseeded.seed).toBe(2)
  })

  it('returns the 10th, 50th and 90th percentile of each output at each saved time, in order', async () => {
    const run = await service.run(request())
    const b = await bands(request())
    expect(b.times).toEqual(run.times)
    expect(b.outputNames.slice(0, 2)).toEqual(['emergency admissions', 'bed occupancy'])
    expect(b.outputNames.filter((n) => n.startsWith('population['))).toHaveLength(BANDS.length)
    for (const array of [b.p10, b.p50, b.p90]) {
      expect(array).toBeInstanceOf(Float64Array)
      expect(array.length).toBe(b.outputNames.length * b.times.length)
      expect(array.byteLength).toBe(array.buffer.byteLength)
    }
    for (let i = 0; i < b.p10.length; i++) {
      expect(b.p10[i]).toBeLessThanOrEqual(b.p50[i])
      expect(b.p50[i]).toBeLessThanOrEqual(b.p90[i])
    }
    const last = b.times.length - 1
    expect(at(b, b.p90, 'emergency admissions', last)).toBeGreaterThan(
      at(b, b.p10, 'emergency admissions', last),
    )
    // The starting population is a fact of the area, so every run starts from the same people.
    expect(at(b, b.p90, 'population[age90plus]', 0)).toBe(at(b, b.p10, 'population[age90plus]', 0))
    expect(b.samples).toBe(12)
    expect(b.incompleteRuns).toBe(0)
    expect(b.engineMs).toBeGreaterThan(0)
    expect(b.elapsedMs).toBeGreaterThanOrEqual(b.engineMs)
  })

  it('varies only ranged parameters that are not levers, the area’s or the analyst’s edits', async () => {
    const area = catalogue.areas.find((a) => a.id === catalogue.defaultAreaId)
    if (!area) throw new Error('no default area')
    const b = await bands(request({ samples: 2 }))
    const names = b.parameters.map((p) => p.name)
    expect(names.length).toBeGreaterThan(10)
    const levers = new Set(catalogue.levers.map((l) => l.name))
    const ranged = new Map(catalogue.parameters.map((p) => [p.name, p.range]))
    for (const p of b.parameters) {
      expect(levers.has(p.name), p.name).toBe(false)
      expect(p.name in area.parameters, p.name).toBe(false)
      expect(ranged.get(p.name)).toEqual([p.low, p.high])
      expect(p.mode).toBeGreaterThanOrEqual(p.low)
      expect(p.mode).toBeLessThanOrEqual(p.high)
    }
    const edited = names[0]
    const withEdit = await bands(request({ samples: 2, areaEdits: { [edited]: b.parameters[0].mode } }))
    expect(withEdit.parameters.map((p) => p.name)).toEqual(names.slice(1))
  })

  it('defaults to 60 runs and the model’s public outputs', async () => {
    const b = await bands({ scenario: request().scenario })
    expect(b.samples).toBe(60)
    for (const output of catalogue.outputs) {
      expect(
        b.outputNames.some((n) => n === output.name || n.startsWith(`${output.name}[`)),
        output.name,
      ).toBe(true)
    }
  })

  it('refuses a bad request naming the field, before running anything', async () => {
    await expect(service.runUncertainty(request({ samples: 1 }))).rejects.toThrow(/'samples'/)
    await expect(service.runUncertainty(request({ seed: -1 }))).rejects.toThrow(/'seed'/)
    await expect(service.runUncertainty(request({ outputs: ['bogus'] }))).rejects.toThrow(/'bogus'/)
  })

  it('reports progress and stops when cancelled, saying how far it got', async () => {
    const progress: UncertaintyProgress[] = []
    const job = service.runUncertainty(request({ samples: 60, jobId: 'j1' }), (p) => {
      progress.push(p)
      if (p.done >= 3) void service.cancelUncertainty('j1')
    })
    const outcome = await job
    expect(outcome.status).toBe('cancelled')
    if (outcome.status === 'cancelled') expect(outcome.done).toBeLessThan(60)
    expect(progress[0]).toMatchObject({ jobId: 'j1', total: 60 })
  })
})

describe('uncertainty across the worker boundary', () => {
  let engine: EngineOverChannel
  beforeAll(() => {
    engine = engineOverChannel(service)
  })
  afterAll(() => engine.close())

  function baselineRun(): RunRequest {
    return { scenario: request().scenario }
  }

  it('delivers the bands as Float64Arrays with progress along the way', async () => {
    const client = new EngineClient(engine.remote)
    const progress: number[] = []
    const outcome = await client.runUncertaintyLatest('a', request(), (p) => progress.push(p.done))
    expect(outcome.status).toBe('done')
    if (outcome.status !== 'done') return
    expect(outcome.result.p50).toBeInstanceOf(Float64Array)
    expect(outcome.result.p50).toEqual((await bands(request())).p50)
    // Progress crosses as messages of its own; give the last one a moment to land.
    await new Promise((r) => setTimeout(r, 20))
    expect(progress.at(-1)).toBe(12)
  })

  it('serves an interactive run between slices instead of after the whole job', async () => {
    const client = new EngineClient(engine.remote)
    let latest = 0
    let jobFinished = false
    const job = client
      .runUncertaintyLatest('a', request({ samples: 60 }), (p) => {
        latest = p.done
      })
      .then((outcome) => {
        jobFinished = true
        return outcome
      })
    await new Promise((r) => setTimeout(r, 30))
    const run = await client.runLatest('active', baselineRun())
    expect(run.status).toBe('done')
    expect(jobFinished).toBe(false)
    expect(latest).toBeLessThan(60)
    expect((await job).status).toBe('done')
  })

  it('keeps latest-wins for a burst of slider moves during a job, with the job’s numbers unchanged', async () => {
    const client = new EngineClient(engine.remote)
    const undisturbed = await bands(request({ samples: 30 }))
    let jobFinished = false
    const job = client.runUncertaintyLatest('a', request({ samples: 30 })).then((o) => {
      jobFinished = true
      return o
    })
    await new Promise((r) => setTimeout(r, 10))
    engine.runsStarted = 0
    const lever = catalogue.levers[0]
    const moves = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const req = baselineRun()
        req.scenario.levers = { [lever.name]: lever.min + ((lever.max - lever.min) * i) / 19 }
        return client.runLatest('active', req)
      }),
    )
    expect(jobFinished).toBe(false)
    expect(engine.runsStarted).toBeLessThanOrEqual(2)
    expect(moves[19].status).toBe('done')
    const outcome = await job
    expect(outcome.status === 'done' && outcome.result.p90).toEqual(undisturbed.p90)
  })

  it('stops a job when a newer request for the same scenario comes', async () => {
    const client = new EngineClient(engine.remote)
    const progress: number[] = []
    const old = client.runUncertaintyLatest('a', request({ samples: 60 }), (p) => progress.push(p.done))
    await new Promise((r) => setTimeout(r, 20))
    const newer = client.runUncertaintyLatest('a', request({ samples: 4, seed: 9 }))
    await expect(old).resolves.toEqual({ status: 'superseded' })
    expect(Math.max(...progress)).toBeLessThan(60)
    await expect(newer).resolves.toMatchObject({ status: 'done', result: { seed: 9, samples: 4 } })
  })
})
