// Runs requests so that a fast-moving slider never builds a queue of stale runs. Each key (a
// scenario) has at most one run in flight and at most one waiting: a new request replaces the
// waiting one, which is settled as superseded without ever being run. When the run in flight
// finishes, its result is still delivered (it is the newest finished answer, so charts keep moving
// while the slider does), then the waiting request starts.

export type RunOutcome<Result> = { status: 'done'; result: Result } | { status: 'superseded' }

interface Waiting<Request, Result> {
  request: Request
  resolve: (outcome: RunOutcome<Result>) => void
  reject: (error: unknown) => void
}

interface KeyState<Request, Result> {
  running: boolean
  waiting?: Waiting<Request, Result>
}

export class LatestWinsScheduler<Request, Result> {
  private readonly keys = new Map<string, KeyState<Request, Result>>()

  constructor(private readonly runner: (key: string, request: Request) => Promise<Result>) {}

  /**
   * Runs `request` for `key` now if nothing runs for that key, otherwise after the current run.
   * Settles `superseded` if a newer request for the same key arrives before this one starts.
   */
  submit(key: string, request: Request): Promise<RunOutcome<Result>> {
    const state = this.stateOf(key)
    return new Promise((resolve, reject) => {
      const entry = { request, resolve, reject }
      if (!state.running) {
        this.start(key, state, entry)
        return
      }
      state.waiting?.resolve({ status: 'superseded' })
      state.waiting = entry
    })
  }

  /** True while a run for `key` is in flight. */
  isRunning(key: string): boolean {
    return this.keys.get(key)?.running ?? false
  }

  private stateOf(key: string): KeyState<Request, Result> {
    let state = this.keys.get(key)
    if (!state) {
      state = { running: false }
      this.keys.set(key, state)
    }
    return state
  }

  private start(key: string, state: KeyState<Request, Result>, entry: Waiting<Request, Result>): void {
    state.running = true
    // The runner may throw synchronously; treat that like a rejected run so the key is freed.
    let run: Promise<Result>
    try {
      run = this.runner(key, entry.request)
    } catch (error) {
      run = Promise.reject(error)
    }
    run.then(
      (result) => {
        this.finish(key, state)
        entry.resolve({ status: 'done', result })
      },
      (error: unknown) => {
        this.finish(key, state)
        entry.reject(error)
      },
    )
  }

  private finish(key: string, state: KeyState<Request, Result>): void {
    state.running = false
    const next = state.waiting
    state.waiting = undefined
    if (next) this.start(key, state, next)
    else this.keys.delete(key)
  }
}
