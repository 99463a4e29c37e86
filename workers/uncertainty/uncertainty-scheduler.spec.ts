import { describe, expect, it } from 'vitest'
import type { UncertaintyBands, UncertaintyRequest, UncertaintyResponse } from '../engine-api'
import { UncertaintyScheduler } from './uncertainty-scheduler'

const scenario = { name: 's', description: '', area: 'a', levers: {} }

function request(label: string): UncertaintyRequest {
  return { scenario: { ...scenario, name: label } }
}

function bands(label: string): UncertaintyBands {
  return { status: 'done', outputNames: [label] } as unknown as UncertaintyBands
}

/** An engine whose jobs finish only when the test says, and which honours cancels as a worker would. */
function controlledEngine() {
  const started: { jobId: string; label: string; finish: () => void; cancelled: boolean }[] = []
  const engine = {
    runUncertainty: (req: UncertaintyRequest) =>
      new Promise<UncertaintyResponse>((resolve) => {
        const job = {
          jobId: req.jobId ?? '',
          label: req.scenario.name,
          cancelled: false,
          finish: () => resolve(job.cancelled ? { status: 'cancelled', done: 3 } : bands(req.scenario.name)),
        }
        started.push(job)
      }),
    cancelUncertainty: async (jobId: string) => {
      for (const job of started) if (job.jobId === jobId) job.cancelled = true
    },
  }
  return { started, engine }
}

describe('UncertaintyScheduler', () => {
  it('runs one job at a time, in the order asked, with an id of its own each', async () => {
    const { started, engine } = controlledEngine()
    const scheduler = new UncertaintyScheduler(engine)
    const first = scheduler.submit('a', request('a1'))
    const second = scheduler.submit('b', request('b1'))
    expect(started.map((s) => s.label)).toEqual(['a1'])
    expect(scheduler.runningKey).toBe('a')
    started[0].finish()
    await expect(first).resolves.toEqual({ status: 'done', result: bands('a1') })
    expect(started.map((s) => s.label)).toEqual(['a1', 'b1'])
    expect(new Set(started.map((s) => s.jobId)).size).toBe(2)
    started[1].finish()
    await expect(second).resolves.toMatchObject({ status: 'done' })
    expect(scheduler.runningKey).toBeUndefined()
  })

  it('stops the running job of a key when a newer request for it arrives', async () => {
    const { started, engine } = controlledEngine()
    const scheduler = new UncertaintyScheduler(engine)
    const old = scheduler.submit('a', request('a1'))
    const newer = scheduler.submit('a', request('a2'))
    await Promise.resolve()
    expect(started[0].cancelled).toBe(true)
    started[0].finish()
    await expect(old).resolves.toEqual({ status: 'superseded' })
    expect(started.map((s) => s.label)).toEqual(['a1', 'a2'])
    started[1].finish()
    await expect(newer).resolves.toEqual({ status: 'done', result: bands('a2') })
  })

  it('replaces a waiting request of the same key without ever starting it', async () => {
    const { started, engine } = controlledEngine()
    const scheduler = new UncertaintyScheduler(engine)
    scheduler.submit('a', request('a1'))
    const waiting = scheduler.submit('b', request('b1'))
    const latest = scheduler.submit('b', request('b2'))
    await expect(waiting).resolves.toEqual({ status: 'superseded' })
    started[0].finish()
    await Promise.resolve()
    await Promise.resolve()
    expect(started.map((s) => s.label)).toEqual(['a1', 'b2'])
    started[1].finish()
    await expect(latest).resolves.toMatchObject({ status: 'done' })
  })

  it('treats a job that finished before its cancel arrived as superseded', async () => {
    const { started, engine } = controlledEngine()
    const scheduler = new UncertaintyScheduler({ ...engine, cancelUncertainty: async () => undefined })
    const job = scheduler.submit('a', request('a1'))
    scheduler.cancel('a')
    started[0].finish()
    await expect(job).resolves.toEqual({ status: 'superseded' })
  })

  it('rejects a failed job and still starts the next', async () => {
    let calls = 0
    const scheduler = new UncertaintyScheduler({
      runUncertainty: async (req) => {
        calls++
        if (req.scenario.name === 'bad') throw new Error('no such area')
        return bands(req.scenario.name)
      },
      cancelUncertainty: async () => undefined,
    })
    const bad = scheduler.submit('a', request('bad'))
    const good = scheduler.submit('b', request('good'))
    await expect(bad).rejects.toThrow('no such area')
    await expect(good).resolves.toMatchObject({ status: 'done' })
    expect(calls).toBe(2)
  })
})
