import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type {
  RunRequest,
  UncertaintyBands,
  UncertaintyProgress,
  UncertaintyRequest,
} from '../../workers/engine-api'
import type { UncertaintyOutcome } from '../../workers/engine-client'
import { BAND_OUTPUTS, UncertaintyCoordinator } from './uncertainty-coordinator'

function runRequest(levers: Record<string, number> = {}): RunRequest {
  return { scenario: { name: 's', description: '', area: 'a', levers } }
}

function result(): UncertaintyBands {
  return {
    status: 'done',
    times: Float64Array.from([0, 1]),
    outputNames: ['bed occupancy'],
    p10: Float64Array.from([0.8, 0.8]),
    p50: Float64Array.from([0.85, 0.86]),
    p90: Float64Array.from([0.9, 0.92]),
    samples: 60,
    seed: 1,
    parameters: [],
    incompleteRuns: 0,
    elapsedMs: 300,
    engineMs: 250,
  }
}

/** An engine client whose jobs the test finishes, recording what was asked and cancelled. */
function fakeEngine() {
  const jobs: {
    key: string
    request: UncertaintyRequest
    progress?: (p: UncertaintyProgress) => void
    settle: (o: UncertaintyOutcome) => void
    fail: (e: Error) => void
  }[] = []
  const cancelled: string[] = []
  return {
    jobs,
    cancelled,
    engine: {
      runUncertaintyLatest: (
        key: string,
        request: UncertaintyRequest,
        progress?: (p: UncertaintyProgress) => void,
      ) =>
        new Promise<UncertaintyOutcome>((resolve, reject) => {
          jobs.push({ key, request, progress, settle: resolve, fail: reject })
        }),
      cancelUncertainty: (key: string) => {
        cancelled.push(key)
      },
    },
  }
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('UncertaintyCoordinator', () => {
  it('runs nothing until uncertainty is shown, then asks at once for the charted outputs', () => {
    const { jobs, engine } = fakeEngine()
    const coordinator = new UncertaintyCoordinator(engine, () => undefined)
    coordinator.want(new Map([['s1', runRequest()]]))
    vi.runAllTimers()
    expect(jobs).toHaveLength(0)
    expect(coordinator.status('s1')).toEqual({ state: 'off' })
    coordinator.setEnabled(true)
    vi.advanceTimersByTime(0)
    expect(jobs.map((j) => j.key)).toEqual(['s1'])
    expect(jobs[0].request.outputs).toEqual(BAND_OUTPUTS)
    expect(BAND_OUTPUTS).toContain('bed occupancy')
  })

  it('shows a band only for the settings it was run with, whatever the scenario is called', async () => {
    const { jobs, engine } = fakeEngine()
    let changes = 0
    const coordinator = new UncertaintyCoordinator(engine, () => changes++)
    coordinator.setEnabled(true)
    coordinator.want(new Map([['s1', runRequest()]]))
    vi.advanceTimersByTime(0)
    jobs[0].settle({ status: 'done', result: result() })
    await vi.waitFor(() => expect(coordinator.bands('s1')).toBeDefined())
    expect(coordinator.status('s1')).toEqual({ state: 'ready' })
    expect(coordinator.bands('s1')?.series('bed occupancy')?.high[1]).toBe(0.92)
    const renamed = runRequest()
    renamed.scenario.name = 'A better name'
    coordinator.want(new Map([['s1', renamed]]))
    expect(coordinator.bands('s1')).toBeDefined()
    coordinator.want(new Map([['s1', runRequest({ 'acute beds': 900 })]]))
    expect(coordinator.bands('s1')).toBeUndefined()
    expect(changes).toBeGreaterThan(0)
  })

  it('stops the job of settings left behind at once and starts the next when the levers are still', () => {
    const { jobs, cancelled, engine } = fakeEngine()
    const coordinator = new UncertaintyCoordinator(engine, () => undefined, 400)
    coordinator.setEnabled(true)
    coordinator.want(new Map([['s1', runRequest()]]))
    vi.advanceTimersByTime(0)
    for (let beds = 900; beds < 1000; beds += 10) {
      coordinator.want(new Map([['s1', runRequest({ 'acute beds': beds })]]))
      vi.advanceTimersByTime(50)
    }
    expect(cancelled).toEqual(['s1'])
    expect(jobs).toHaveLength(1)
    expect(coordinator.status('s1')).toEqual({ state: 'waiting' })
    vi.advanceTimersByTime(400)
    expect(jobs).toHaveLength(2)
    expect(jobs[1].request.scenario.levers).toEqual({ 'acute beds': 990 })
  })

  it('does not ask again for unchanged settings, and cancels when hidden or no longer shown', () => {
    const { jobs, cancelled, engine } = fakeEngine()
    const coordinator = new UncertaintyCoordinator(engine, () => undefined)
    coordinator.setEnabled(true)
    coordinator.want(new Map([['s1', runRequest()]]))
    coordinator.want(new Map([['s1', runRequest()]]))
    vi.runAllTimers()
    expect(jobs).toHaveLength(1)
    coordinator.setEnabled(false)
    expect(cancelled).toEqual(['s1'])
    coordinator.setEnabled(true)
    vi.runAllTimers()
    expect(jobs).toHaveLength(2)
    coordinator.want(new Map())
    expect(cancelled).toEqual(['s1', 's1'])
  })

  it('reports progress and failures per scenario', async () => {
    const { jobs, engine } = fakeEngine()
    const coordinator = new UncertaintyCoordinator(engine, () => undefined)
    coordinator.setEnabled(true)
    coordinator.want(
      new Map([
        ['s1', runRequest()],
        ['s2', runRequest({ 'acute beds': 900 })],
      ]),
    )
    vi.runAllTimers()
    jobs[0].progress?.({ done: 12, total: 60 })
    expect(coordinator.status('s1')).toEqual({ state: 'running', done: 12, total: 60 })
    jobs[1].fail(new Error('no such area'))
    await vi.waitFor(() =>
      expect(coordinator.status('s2')).toEqual({ state: 'failed', message: 'no such area' }),
    )
  })
})
