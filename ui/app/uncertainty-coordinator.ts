// Keeps the percentile bands of the open and compared scenarios while "Show uncertainty" is on.
// A band is shown only for the exact settings it was run with: when a lever moves, the old job is
// stopped at once and its band hidden, and a new job starts only once the analyst pauses, so a
// dragged slider never has to share the worker with uncertainty runs for settings already left.
import type { RunRequest, UncertaintyProgress } from '../../workers/engine-api'
import type { EngineClient } from '../../workers/engine-client'
import { OUTCOME_CHARTS } from '../charts/outcome-charts'
import { PercentileBands } from '../results/percentile-bands'

/** A pause this long after the last change starts a new job. */
export const SETTLE_MS = 400
/** Progress redraws the page at most this often. */
const PROGRESS_EVERY_MS = 150

/** The outputs the app draws as lines: the ones a band can be drawn behind. */
export const BAND_OUTPUTS = OUTCOME_CHARTS.flatMap((chart) => (chart.kind === 'line' ? [chart.output] : []))

export type BandStatus =
  | { state: 'off' | 'ready' }
  | { state: 'waiting' }
  | { state: 'running'; done: number; total: number }
  | { state: 'failed'; message: string }

interface Wanted {
  request: RunRequest
  signature: string
}

/** What a band depends on: the area, the levers and the area edits, not the scenario's name or notes. */
function signatureOf({ scenario, areaEdits }: RunRequest): string {
  return JSON.stringify([scenario.area, scenario.levers, areaEdits ?? {}])
}

export class UncertaintyCoordinator {
  private on = false
  private readonly wanted = new Map<string, Wanted>()
  private readonly results = new Map<string, { signature: string; bands: PercentileBands }>()
  /** The settings of the job asked for (or about to be, once the levers are still) per key. */
  private readonly asked = new Map<string, string>()
  /** The settings of the job the engine is working on per key. */
  private readonly inFlight = new Map<string, string>()
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>()
  private readonly progress = new Map<string, UncertaintyProgress>()
  private readonly errors = new Map<string, string>()
  private lastProgressNote = 0
  /** Runs per job; undefined leaves it to the engine (60 in the engine worker, 1,000 on the pool). */
  private runCount?: number

  constructor(
    private readonly engine: Pick<EngineClient, 'runUncertaintyLatest' | 'cancelUncertainty'>,
    private readonly onChange: () => void,
    private readonly settleMs = SETTLE_MS,
  ) {}

  get enabled(): boolean {
    return this.on
  }

  setEnabled(on: boolean): void {
    if (on === this.on) return
    this.on = on
    for (const key of this.wanted.keys()) {
      if (on) this.schedule(key, 0)
      else this.stop(key)
    }
    this.onChange()
  }

  get samples(): number | undefined {
    return this.runCount
  }

  /** Runs per job from now on: every band is worked out again with that many. */
  setSamples(samples: number): void {
    if (samples === this.runCount) return
    this.runCount = samples
    for (const [key, wanted] of this.wanted) {
      this.wanted.set(key, { ...wanted, signature: this.signatureOf(wanted.request) })
      if (this.on) this.schedule(key, 0)
    }
    this.onChange()
  }

  /** What a band depends on: the area, the levers, the area edits and the number of runs. */
  private signatureOf(request: RunRequest): string {
    return `${signatureOf(request)}|${this.runCount ?? ''}`
  }

  /** The scenarios the page shows, with their current settings: called after every change. */
  want(requests: ReadonlyMap<string, RunRequest>): void {
    for (const key of [...this.wanted.keys()]) {
      if (requests.has(key)) continue
      this.stop(key)
      this.wanted.delete(key)
      this.results.delete(key)
    }
    for (const [key, request] of requests) {
      const signature = this.signatureOf(request)
      if (this.wanted.get(key)?.signature === signature) continue
      const first = !this.wanted.has(key)
      this.wanted.set(key, { request, signature })
      if (this.on) this.schedule(key, first ? 0 : this.settleMs)
    }
  }

  /** The bands for `key`'s current settings, while uncertainty is shown and they are ready. */
  bands(key: string): PercentileBands | undefined {
    if (!this.on) return undefined
    const result = this.results.get(key)
    return result && result.signature === this.wanted.get(key)?.signature ? result.bands : undefined
  }

  status(key: string): BandStatus {
    if (!this.on || !this.wanted.has(key)) return { state: 'off' }
    const error = this.errors.get(key)
    if (error) return { state: 'failed', message: error }
    if (this.bands(key)) return { state: 'ready' }
    const progress = this.progress.get(key)
    return progress ? { state: 'running', done: progress.done, total: progress.total } : { state: 'waiting' }
  }

  private schedule(key: string, delayMs: number): void {
    const wanted = this.wanted.get(key)
    if (!wanted || this.results.get(key)?.signature === wanted.signature) return
    if (this.asked.get(key) === wanted.signature) return
    // Settings changed: the job for the old ones is of no use now.
    this.stop(key)
    this.asked.set(key, wanted.signature)
    this.errors.delete(key)
    this.timers.set(
      key,
      setTimeout(() => this.submit(key, wanted), delayMs),
    )
  }

  private submit(key: string, wanted: Wanted): void {
    this.timers.delete(key)
    this.inFlight.set(key, wanted.signature)
    const request = { ...wanted.request, outputs: BAND_OUTPUTS, samples: this.runCount }
    this.engine
      .runUncertaintyLatest(key, request, (progress) => this.noteProgress(key, wanted, progress))
      .then(
        (outcome) => {
          if (outcome.status !== 'done' || this.asked.get(key) !== wanted.signature) return
          this.inFlight.delete(key)
          this.asked.delete(key)
          this.progress.delete(key)
          this.results.set(key, { signature: wanted.signature, bands: new PercentileBands(outcome.result) })
          this.onChange()
        },
        (error: unknown) => {
          if (this.asked.get(key) !== wanted.signature) return
          this.inFlight.delete(key)
          this.asked.delete(key)
          this.progress.delete(key)
          this.errors.set(key, error instanceof Error ? error.message : String(error))
          this.onChange()
        },
      )
  }

  private noteProgress(key: string, wanted: Wanted, progress: UncertaintyProgress): void {
    if (this.asked.get(key) !== wanted.signature) return
    this.progress.set(key, progress)
    const now = performance.now()
    if (now - this.lastProgressNote < PROGRESS_EVERY_MS) return
    this.lastProgressNote = now
    this.onChange()
  }

  private stop(key: string): void {
    const timer = this.timers.get(key)
    if (timer !== undefined) clearTimeout(timer)
    this.timers.delete(key)
    if (this.inFlight.has(key)) this.engine.cancelUncertainty(key)
    this.inFlight.delete(key)
    this.asked.delete(key)
    this.progress.delete(key)
  }
}
