// The page's side of uncertainty jobs. The worker has one thread, so jobs run one at a time (two
// at once would only finish later, both); each key (a scenario) has at most one job running or
// waiting, and a newer request for a key stops the running one at its next slice instead of
// letting it finish numbers nobody will look at. Ordinary runs do not go through here: they keep
// their own latest-wins scheduler, and the worker serves them between a job's slices.
import type { EngineApi, UncertaintyBands, UncertaintyProgress, UncertaintyRequest } from '../engine-api'

export type UncertaintyOutcome = { status: 'done'; result: UncertaintyBands } | { status: 'superseded' }

type ProgressListener = (progress: UncertaintyProgress) => void

interface Job {
  key: string
  request: UncertaintyRequest
  onProgress?: ProgressListener
  resolve: (outcome: UncertaintyOutcome) => void
  reject: (error: unknown) => void
}

interface RunningJob extends Job {
  jobId: string
  stopping: boolean
}

export class UncertaintyScheduler {
  private running?: RunningJob
  private readonly waiting: Job[] = []
  private jobCount = 0

  constructor(private readonly engine: Pick<EngineApi, 'runUncertainty' | 'cancelUncertainty'>) {}

  /** Runs `request` for `key` when the worker is free of other jobs; supersedes older ones for `key`. */
  submit(
    key: string,
    request: UncertaintyRequest,
    onProgress?: ProgressListener,
  ): Promise<UncertaintyOutcome> {
    return new Promise((resolve, reject) => {
      this.cancel(key)
      this.waiting.push({ key, request, onProgress, resolve, reject })
      this.startNext()
    })
  }

  /** Drops the waiting job for `key` and stops the running one; both settle as superseded. */
  cancel(key: string): void {
    const index = this.waiting.findIndex((job) => job.key === key)
    if (index >= 0) this.waiting.splice(index, 1)[0].resolve({ status: 'superseded' })
    const running = this.running
    if (running?.key === key && !running.stopping) {
      running.stopping = true
      this.engine.cancelUncertainty(running.jobId).catch(() => undefined)
    }
  }

  /** The key whose job is running, if any. */
  get runningKey(): string | undefined {
    return this.running?.key
  }

  private startNext(): void {
    if (this.running) return
    const job = this.waiting.shift()
    if (!job) return
    const running: RunningJob = { ...job, jobId: `uncertainty-${++this.jobCount}`, stopping: false }
    this.running = running
    let call: Promise<Awaited<ReturnType<EngineApi['runUncertainty']>>>
    try {
      call = this.engine.runUncertainty({ ...job.request, jobId: running.jobId }, job.onProgress)
    } catch (error) {
      call = Promise.reject(error)
    }
    call.then(
      (response) => {
        this.running = undefined
        // A job that finished just before its cancel arrived still answers an outdated request.
        if (response.status === 'done' && !running.stopping) job.resolve({ status: 'done', result: response })
        else job.resolve({ status: 'superseded' })
        this.startNext()
      },
      (error: unknown) => {
        this.running = undefined
        job.reject(error)
        this.startNext()
      },
    )
  }
}
