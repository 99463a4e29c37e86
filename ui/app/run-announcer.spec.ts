import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RunAnnouncer } from './run-announcer'

describe('RunAnnouncer', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('announces once when a burst of runs (a slider moving) has settled, not on every step', () => {
    const said: string[] = []
    const announcer = new RunAnnouncer((text) => said.push(text), 1000)
    for (let run = 1; run <= 30; run++) {
      announcer.note(undefined, () => 'pending')
      announcer.note(`s:${run}`, () => `Results updated, run ${run}.`)
      vi.advanceTimersByTime(50)
    }
    expect(said).toEqual([])
    vi.advanceTimersByTime(1000)
    expect(said).toEqual(['Results updated, run 30.'])
  })

  it('says nothing again for the same results, and nothing while a run is pending', () => {
    const said: string[] = []
    const announcer = new RunAnnouncer((text) => said.push(text), 1000)
    announcer.note('s:1', () => 'one')
    vi.advanceTimersByTime(1500)
    announcer.note('s:1', () => 'one again')
    announcer.note(undefined, () => 'pending')
    vi.advanceTimersByTime(5000)
    expect(said).toEqual(['one'])
  })
})
