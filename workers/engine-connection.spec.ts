import { describe, expect, it } from 'vitest'
import type { EngineApi } from './engine-api'
import {
  EngineConnection,
  type EngineStatus,
  type EngineWorker,
  MAX_FAILED_STARTS,
} from './engine-connection'

/** A worker the spec can kill; its `run` answers with the worker's number, or never if `hangs`. */
interface FakeWorker extends EngineWorker {
  number: number
  kill(reason?: string): void
  terminated: boolean
}

function fakeWorkers(behaviour: { loads?: (n: number) => boolean; hangs?: (n: number) => boolean } = {}) {
  const started: FakeWorker[] = []
  const start = (): EngineWorker => {
    const number = started.length + 1
    let kill: (reason: string) => void = () => undefined
    const lost = new Promise<string>((resolve) => {
      kill = resolve
    })
    const loads = behaviour.loads?.(number) ?? true
    const never = new Promise<never>(() => undefined)
    const api = {
      cancelUncertainty: async () => (loads ? undefined : never),
      run: async () => (loads && !behaviour.hangs?.(number) ? { number } : never),
    } as unknown as EngineApi
    const worker: FakeWorker = {
      number,
      api,
      lost,
      terminated: false,
      kill: (reason = 'stopped unexpectedly') => kill(reason),
      terminate() {
        worker.terminated = true
      },
    }
    started.push(worker)
    if (!loads) queueMicrotask(() => kill('could not load its code'))
    return worker
  }
  return { started, start }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))
const run = (connection: EngineConnection) =>
  connection.call((api) => api.run({ scenario: { name: '', description: '', area: '', levers: {} } }))

describe('EngineConnection', () => {
  it('runs a call again on a new worker when the worker answering it is lost, and says so', async () => {
    const { started, start } = fakeWorkers({ hangs: (n) => n === 1 })
    const connection = new EngineConnection(start)
    const statuses: EngineStatus[] = []
    connection.onStatus((s) => statuses.push(s))
    const pending = run(connection)
    await tick()
    started[0].kill()
    expect(await pending).toEqual({ number: 2 })
    await tick()
    expect(started[0].terminated).toBe(true)
    expect(statuses).toEqual([
      { state: 'restarting', reason: 'stopped unexpectedly' },
      { state: 'restarted', reason: 'stopped unexpectedly' },
    ])
  })

  it('replaces a worker lost while idle, so the next call finds a live one', async () => {
    const { started, start } = fakeWorkers()
    const connection = new EngineConnection(start)
    await tick()
    started[0].kill()
    await tick()
    expect(started.length).toBe(2)
    expect(await run(connection)).toEqual({ number: 2 })
  })

  it('reports a request that loses the engine twice instead of running it for ever', async () => {
    const { started, start } = fakeWorkers({ hangs: () => true })
    const connection = new EngineConnection(start)
    const pending = run(connection)
    pending.catch(() => undefined)
    await tick()
    started[0].kill()
    await tick()
    await tick()
    started[1].kill()
    await expect(pending).rejects.toThrow(
      'The model engine stopped twice while working on this; the second time it stopped unexpectedly.',
    )
    // The engine itself is fine: a third worker is up for the next request.
    expect(started.length).toBe(3)
  })

  it('gives up when workers cannot load, and every call then says why', async () => {
    const { started, start } = fakeWorkers({ loads: () => false })
    const connection = new EngineConnection(start)
    const statuses: EngineStatus[] = []
    connection.onStatus((s) => statuses.push(s))
    const pending = run(connection).catch((error: Error) => error)
    for (let i = 0; i < 10; i++) await tick()
    expect(started.length).toBe(MAX_FAILED_STARTS)
    expect(((await pending) as Error).message).toBe(
      'the engine could not load its code, 3 times running. Reload the page to try again; your saved scenarios are kept in this browser.',
    )
    expect(statuses.at(-1)).toEqual({ state: 'failed', reason: 'could not load its code' })
    await expect(run(connection)).rejects.toThrow('could not load its code')
  })
})
