import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_AREA_ID } from '../../model/care'
import { inProcessPool } from '../pool/in-process-pool'
import type { WorkerPool } from '../pool/worker-pool'
import { ensemblePercentiles } from './ensemble-percentiles'
import { runEnsemble } from './ensemble-runs'

const run = {
  scenario: {
    name: 'shift',
    description: '',
    area: DEFAULT_AREA_ID,
    levers: { 'community shift share': 0.1, 'pooled budget share': 0.5 },
  },
}
const outputs = ['bed occupancy', 'total spend']
const pools: WorkerPool[] = []
const pool = (size: number, delay?: (id: number) => number) => {
  const p = inProcessPool(size, delay)
  pools.push(p)
  return p
}
afterEach(() => {
  for (const p of pools.splice(0)) p.close()
})

describe('runEnsemble', { timeout: 60_000 }, () => {
  it('gives the same runs and percentiles for any number of workers and any finishing order', async () => {
    const spec = { run, seed: 7, from: 0, to: 24, outputs, stride: 12 }
    const one = await runEnsemble(pool(1), spec)
    // Three workers, chunks of 2, later chunks finishing first.
    const three = await runEnsemble(
      pool(3, (id) => 40 - id * 3),
      { ...spec, chunk: 2 },
    )
    expect(one.status).toBe('done')
    expect(three.status).toBe('done')
    if (one.status !== 'done' || three.status !== 'done') return
    expect(three.runs.outputNames).toEqual(['bed occupancy', 'total spend'])
    expect(Array.from(three.runs.values)).toEqual(Array.from(one.runs.values))
    expect(ensemblePercentiles(three.runs).values).toEqual(ensemblePercentiles(one.runs).values)
    // Yearly points (every 12th month) over 2024-2044; the runs really differ.
    expect(one.runs.times).toHaveLength(21)
    const occupancy2030 = Array.from({ length: 24 }, (_, r) => one.runs.values[6 * 24 + r])
    expect(new Set(occupancy2030).size).toBe(24)
  })

  it('draws run i the same whether it is in this range or a wider one (shards)', async () => {
    const whole = await runEnsemble(pool(2), { run, seed: 3, from: 0, to: 12, outputs, stride: 60 })
    const part = await runEnsemble(pool(2), { run, seed: 3, from: 8, to: 12, outputs, stride: 60 })
    if (whole.status !== 'done' || part.status !== 'done') throw new Error('not done')
    const cells = whole.runs.values.length / 12
    for (let cell = 0; cell < cells; cell++) {
      for (let r = 8; r < 12; r++)
        expect(part.runs.values[cell * 4 + (r - 8)]).toBe(whole.runs.values[cell * 12 + r])
    }
  })

  it('reports progress and stops handing out chunks once cancelled', async () => {
    let cancelled = false
    const progress: number[] = []
    const outcome = await runEnsemble(
      pool(1),
      { run, seed: 1, from: 0, to: 40, outputs, stride: 60, chunk: 4 },
      {
        onProgress: (done) => {
          progress.push(done)
          if (done >= 8) cancelled = true
        },
        isCancelled: () => cancelled,
      },
    )
    // The chunk handed out as the eighth run came back still finishes; nothing after it starts.
    expect(outcome).toEqual({ status: 'cancelled', done: 12 })
    expect(progress).toEqual([4, 8, 12])
  })

  it('fails with the worker’s message for a scenario the model refuses', async () => {
    const bad = { scenario: { ...run.scenario, levers: { 'community shift share': 3 } } }
    await expect(runEnsemble(pool(2), { run: bad, seed: 1, from: 0, to: 8, outputs })).rejects.toThrow(
      /levers\.community shift share/,
    )
  })
})

describe('the draws an ensemble reports', { timeout: 60_000 }, () => {
  it('gives each run’s parameter values, within their ranges, the same for any worker count', async () => {
    const spec = { run, seed: 5, from: 0, to: 6, outputs, stride: 120 }
    const one = await runEnsemble(pool(1), spec)
    const two = await runEnsemble(pool(2), { ...spec, chunk: 1 })
    if (one.status !== 'done' || two.status !== 'done') throw new Error('not done')
    const { parameters, draws } = one.runs
    expect(parameters.length).toBeGreaterThan(20)
    expect(parameters.map((p) => p.name)).not.toContain('community shift share')
    expect(draws).toHaveLength(parameters.length * 6)
    expect(Array.from(two.runs.draws)).toEqual(Array.from(draws))
    parameters.forEach((p, i) => {
      for (let r = 0; r < 6; r++) {
        expect(draws[r * parameters.length + i]).toBeGreaterThanOrEqual(p.low)
        expect(draws[r * parameters.length + i]).toBeLessThanOrEqual(p.high)
      }
    })
  })
})
