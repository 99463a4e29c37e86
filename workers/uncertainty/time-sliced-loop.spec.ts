import { describe, expect, it } from 'vitest'
import { runInSlices } from './time-sliced-loop'

/** A clock the test moves: each step "takes" `stepMs`. */
function fakeClock(stepMs: number) {
  let time = 0
  return { now: () => time, advance: () => (time += stepMs) }
}

describe('runInSlices', () => {
  it('does every step in order, yielding between slices of about sliceMs', async () => {
    const clock = fakeClock(3)
    const order: string[] = []
    const outcome = await runInSlices(
      7,
      (i) => {
        order.push(`step ${i}`)
        clock.advance()
      },
      {
        sliceMs: 5,
        now: clock.now,
        isCancelled: () => false,
        yieldControl: async () => {
          order.push('yield')
        },
        onProgress: (done, total) => order.push(`${done}/${total}`),
      },
    )
    expect(outcome).toEqual({ status: 'done' })
    // Two 3 ms steps pass 5 ms, so slices hold two steps; no yield after the last slice.
    expect(order).toEqual([
      'step 0',
      'step 1',
      '2/7',
      'yield',
      'step 2',
      'step 3',
      '4/7',
      'yield',
      'step 4',
      'step 5',
      '6/7',
      'yield',
      'step 6',
      '7/7',
    ])
  })

  it('runs at least one step per slice however slow a step is', async () => {
    const clock = fakeClock(100)
    let yields = 0
    await runInSlices(3, () => clock.advance(), {
      sliceMs: 1,
      now: clock.now,
      isCancelled: () => false,
      yieldControl: async () => {
        yields++
      },
    })
    expect(yields).toBe(2)
  })

  it('stops at the next slice once cancelled, saying how many steps were done', async () => {
    let cancelled = false
    let steps = 0
    const outcome = await runInSlices(60, () => steps++, {
      sliceMs: 0,
      isCancelled: () => cancelled,
      yieldControl: async () => {
        if (steps === 4) cancelled = true
      },
    })
    expect(outcome).toEqual({ status: 'cancelled', done: 4 })
    expect(steps).toBe(4)
  })

  it('lets work queued while a slice ran go before the next slice', async () => {
    const order: string[] = []
    await runInSlices(
      3,
      (i) => {
        order.push(`step ${i}`)
        // An interactive run arriving mid-slice, as a message would.
        if (i === 0) setImmediate(() => order.push('interactive run'))
      },
      { sliceMs: 0, isCancelled: () => false, yieldControl: () => new Promise((r) => setImmediate(r)) },
    )
    expect(order).toEqual(['step 0', 'interactive run', 'step 1', 'step 2'])
  })
})
