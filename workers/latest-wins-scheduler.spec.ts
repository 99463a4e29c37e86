import { describe, expect, it } from 'vitest'
import { LatestWinsScheduler } from './latest-wins-scheduler'

/** A runner whose runs finish only when the test says so, recording what was started. */
function controlledRunner() {
  const started: {
    key: string
    request: number
    finish: (value: string) => void
    fail: (e: Error) => void
  }[] = []
  const runner = (key: string, request: number) =>
    new Promise<string>((resolve, reject) => {
      started.push({ key, request, finish: resolve, fail: reject })
    })
  return { started, runner }
}

describe('LatestWinsScheduler', () => {
  it('runs a request at once when nothing is in flight', async () => {
    const { started, runner } = controlledRunner()
    const scheduler = new LatestWinsScheduler(runner)
    const outcome = scheduler.submit('a', 1)
    expect(started.map((s) => s.request)).toEqual([1])
    expect(scheduler.isRunning('a')).toBe(true)
    started[0].finish('one')
    await expect(outcome).resolves.toEqual({ status: 'done', result: 'one' })
    expect(scheduler.isRunning('a')).toBe(false)
  })

  it('keeps one run in flight and lets only the latest waiting request run next', async () => {
    const { started, runner } = controlledRunner()
    const scheduler = new LatestWinsScheduler(runner)
    const first = scheduler.submit('a', 1)
    const second = scheduler.submit('a', 2)
    const third = scheduler.submit('a', 3)
    expect(started.map((s) => s.request)).toEqual([1])
    await expect(second).resolves.toEqual({ status: 'superseded' })
    started[0].finish('one')
    await expect(first).resolves.toEqual({ status: 'done', result: 'one' })
    expect(started.map((s) => s.request)).toEqual([1, 3])
    started[1].finish('three')
    await expect(third).resolves.toEqual({ status: 'done', result: 'three' })
  })

  it('schedules each key independently', () => {
    const { started, runner } = controlledRunner()
    const scheduler = new LatestWinsScheduler(runner)
    scheduler.submit('a', 1)
    scheduler.submit('b', 2)
    expect(started.map((s) => `${s.key}${s.request}`)).toEqual(['a1', 'b2'])
  })

  it('rejects a failed run and still starts the waiting one', async () => {
    const { started, runner } = controlledRunner()
    const scheduler = new LatestWinsScheduler(runner)
    const first = scheduler.submit('a', 1)
    const second = scheduler.submit('a', 2)
    started[0].fail(new Error('NaN at t=3'))
    await expect(first).rejects.toThrow('NaN at t=3')
    expect(started.map((s) => s.request)).toEqual([1, 2])
    started[1].finish('two')
    await expect(second).resolves.toEqual({ status: 'done', result: 'two' })
  })

  it('frees the key when the runner throws synchronously', async () => {
    const scheduler = new LatestWinsScheduler<number, number>(() => {
      throw new Error('boom')
    })
    await expect(scheduler.submit('a', 1)).rejects.toThrow('boom')
    expect(scheduler.isRunning('a')).toBe(false)
  })

  it('runs 100 rapid requests as at most two runs', async () => {
    let runs = 0
    const scheduler = new LatestWinsScheduler(async (_key: string, request: number) => {
      runs++
      await new Promise((r) => setTimeout(r, 5))
      return request
    })
    const outcomes = Array.from({ length: 100 }, (_, i) => scheduler.submit('a', i))
    const settled = await Promise.all(outcomes)
    expect(runs).toBe(2)
    expect(settled[0]).toEqual({ status: 'done', result: 0 })
    expect(settled[99]).toEqual({ status: 'done', result: 99 })
    expect(settled.filter((o) => o.status === 'superseded')).toHaveLength(98)
  })
})
