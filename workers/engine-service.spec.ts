import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MessageChannel } from 'node:worker_threads'
import * as Comlink from 'comlink'
import nodeEndpoint from 'comlink/dist/esm/node-adapter'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Catalogue, EngineApi, RunRequest } from './engine-api'
import { EngineClient } from './engine-client'
import { type EngineOverChannel, engineOverChannel } from './engine-over-channel'
import { EngineService } from './engine-service'

const scenarioDir = join(import.meta.dirname, '..', 'scenarios')
const scenarioFiles = Object.fromEntries(
  readdirSync(scenarioDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, readFileSync(join(scenarioDir, f), 'utf8')]),
)

const service = new EngineService(scenarioFiles)
let catalogue: Catalogue

function baseline(): RunRequest {
  return { scenario: { name: 'Baseline', description: '', area: catalogue.defaultAreaId, levers: {} } }
}

function series(values: Float64Array, times: number, name: string): Float64Array {
  const index = catalogue.outputNames.indexOf(name)
  if (index < 0) throw new Error(`no output ${name}`)
  return values.subarray(index * times, (index + 1) * times)
}

beforeAll(async () => {
  catalogue = await service.catalogue()
})

describe('EngineService', () => {
  it('describes the care model: levers in five groups, outputs, areas, parameters', () => {
    expect(catalogue.levers.length).toBeGreaterThanOrEqual(10)
    const groups = new Set(catalogue.levers.map((l) => l.group))
    expect([...groups].sort()).toEqual([
      'budget pooling',
      'capacity',
      'prevention',
      'shift to community',
      'unit costs',
    ])
    expect(catalogue.areas.length).toBeGreaterThanOrEqual(3)
    expect(catalogue.areas.map((a) => a.id)).toContain(catalogue.defaultAreaId)
    expect(catalogue.outputNames).toContain('bed occupancy')
    const parameterNames = new Set(catalogue.parameters.map((p) => p.name))
    for (const lever of catalogue.levers) expect(parameterNames.has(lever.name), lever.name).toBe(true)
    expect(catalogue.stopTime - catalogue.startTime).toBeGreaterThanOrEqual(20)
  })

  it('reads every bundled scenario file', () => {
    expect(catalogue.scenarioProblems).toEqual([])
    expect(catalogue.scenarios.length).toBe(Object.keys(scenarioFiles).length)
    expect(catalogue.scenarios.length).toBeGreaterThanOrEqual(7)
  })

  it('refuses a corrupt scenario file, naming the file', async () => {
    const check = await service.checkScenario('{"name": ', 'broken.json')
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.message).toContain('broken.json')
  })

  it('refuses a scenario with a bad field, naming the field', async () => {
    const text = JSON.stringify({
      name: 'x',
      description: 'd',
      area: catalogue.defaultAreaId,
      levers: { 'acute beds': 'many' },
    })
    const check = await service.checkScenario(text, 'bad.json')
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.message).toMatch(/acute beds/)
  })

  it('runs the baseline into one array of outputs by saved times', async () => {
    const run = await service.run(baseline())
    expect(run.values.length).toBe(catalogue.outputNames.length * run.times.length)
    expect(run.times[0]).toBe(catalogue.startTime)
    expect(run.times[run.times.length - 1]).toBeCloseTo(catalogue.stopTime)
    expect(series(run.values, run.times.length, 'bed occupancy').every(Number.isFinite)).toBe(true)
  })

  it('applies levers, and area edits except where a lever sets the same constant', async () => {
    const base = await service.run(baseline())
    const lever = catalogue.leversByArea[catalogue.defaultAreaId].find((l) => l.name === 'acute beds')
    if (!lever) throw new Error('no acute beds lever')
    const fewerBeds = (await service.run({ ...baseline(), areaEdits: { 'acute beds': lever.min } })).values
    const n = base.times.length
    expect(series(fewerBeds, n, 'bed occupancy')).not.toEqual(series(base.values, n, 'bed occupancy'))
    const request = baseline()
    request.scenario.levers = { 'acute beds': lever.max }
    const leverOnly = await service.run(request)
    const leverAndEdit = await service.run({ ...request, areaEdits: { 'acute beds': lever.min } })
    expect(leverAndEdit.values).toEqual(leverOnly.values)
  })

  it('publishes the inputs a run can set once, with their slots and defaults', () => {
    const names = catalogue.inputs.map((input) => input.name)
    for (const parameter of catalogue.parameters) expect(names, parameter.name).toContain(parameter.name)
    const beds = catalogue.inputs.find((input) => input.name === 'acute beds')
    expect(beds).toMatchObject({ kind: 'constant', value: expect.any(Number) })
  })

  it('returns only the outputs a request names, an arrayed one by its own name, in order', async () => {
    const all = await service.run(baseline())
    const some = await service.run({ ...baseline(), outputs: ['total spend', 'population', 'Bed Occupancy'] })
    const population = catalogue.outputNames.filter((name) => name.startsWith('population['))
    expect(some.outputNames).toEqual(['total spend', ...population, 'bed occupancy'])
    expect(some.values.length).toBe(some.outputNames.length * some.times.length)
    const n = some.times.length
    some.outputNames.forEach((name, i) => {
      expect(some.values.subarray(i * n, (i + 1) * n), name).toEqual(series(all.values, n, name))
    })
    expect(all.outputNames).toEqual(catalogue.outputNames)
    await expect(service.run({ ...baseline(), outputs: ['nonsense'] })).rejects.toThrow(
      /'nonsense': is not an output/,
    )
  })

  it('returns arrays of its own, so transferring them never detaches the engine’s buffers', async () => {
    const first = await service.run(baseline())
    const second = await service.run(baseline())
    expect(first.values.buffer).not.toBe(second.values.buffer)
    expect(first.values.buffer.byteLength).toBe(first.values.byteLength + first.times.byteLength)
  })
})

describe('the worker boundary (comlink over a MessageChannel)', () => {
  let engine: EngineOverChannel
  beforeAll(() => {
    engine = engineOverChannel(service)
  })
  afterAll(() => engine.close())

  it('delivers the same numbers as a direct run, as Float64Arrays', async () => {
    const direct = await service.run(baseline())
    const crossed = await engine.remote.run(baseline())
    expect(crossed.values).toBeInstanceOf(Float64Array)
    expect(crossed.values).toEqual(direct.values)
    expect(crossed.times).toEqual(direct.times)
  })

  it('moves the arrays by transfer: the sending side is left with detached buffers', async () => {
    const { transferringApi } = await import('./expose-engine')
    const sent = await service.run(baseline())
    const api = transferringApi({
      catalogue: () => service.catalogue(),
      checkScenario: (text, file) => service.checkScenario(text, file),
      checkProject: (text, file) => service.checkProject(text, file),
      run: async () => sent,
      runUncertainty: (request) => service.runUncertainty(request),
      cancelUncertainty: (jobId) => service.cancelUncertainty(jobId),
    })
    const port = new MessageChannel()
    Comlink.expose(api, nodeEndpoint(port.port1))
    const received = await Comlink.wrap<EngineApi>(nodeEndpoint(port.port2)).run(baseline())
    expect(received.values.length).toBeGreaterThan(0)
    expect(sent.values.byteLength).toBe(0)
    port.port1.close()
    port.port2.close()
  })

  it('runs a burst of slider moves as at most two runs, the last one winning', async () => {
    const client = new EngineClient(engine.remote)
    const lever = catalogue.levers[0]
    engine.runsStarted = 0
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const request = baseline()
        request.scenario.levers = { [lever.name]: lever.min + ((lever.max - lever.min) * i) / 19 }
        return client.runLatest('active', request)
      }),
    )
    expect(engine.runsStarted).toBeLessThanOrEqual(2)
    expect(outcomes[19].status).toBe('done')
    expect(outcomes.filter((o) => o.status === 'superseded').length).toBeGreaterThanOrEqual(18)
  })
})
