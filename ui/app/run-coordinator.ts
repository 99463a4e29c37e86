// Keeps the runs the page shows up to date: asks the engine to run a scenario only when its inputs
// changed, numbers every request so a chart can say which lever move it shows, and keeps the
// newest result (or error) per run key. The engine client's scheduler drops stale requests.

import type { RunRequest } from '../../workers/engine-api'
import type { EngineClient } from '../../workers/engine-client'
import { OutputIndex, RunView } from '../results/run-view'

export class RunCoordinator {
  private readonly views = new Map<string, RunView>()
  private readonly errors = new Map<string, string>()
  private readonly inputs = new Map<string, string>()
  private readonly requested = new Map<string, number>()
  private seq = 0
  /** The index of the outputs runs return: the same list every time, so indexed once. */
  private index?: OutputIndex

  constructor(
    private readonly engine: Pick<EngineClient, 'runLatest'>,
    /** The outputs the page draws: the only ones a run transfers. */
    private readonly outputs: readonly string[],
    /** Called whenever a result or an error arrives. */
    private readonly onChange: (key: string) => void,
  ) {}

  private indexOf(names: readonly string[]): OutputIndex {
    const same = this.index?.names.length === names.length && this.index.names.every((n, i) => n === names[i])
    if (!same) this.index = new OutputIndex(names)
    return this.index as OutputIndex
  }

  view(key: string): RunView | undefined {
    return this.views.get(key)
  }

  error(key: string): string | undefined {
    return this.errors.get(key)
  }

  /** The number of the newest request for `key`, or 0 if none was made. */
  latestRequest(key: string): number {
    return this.requested.get(key) ?? 0
  }

  /** True while the newest request for `key` has not been answered. */
  pending(key: string): boolean {
    const latest = this.requested.get(key)
    return latest !== undefined && (this.views.get(key)?.seq ?? 0) < latest && !this.errors.has(key)
  }

  /** Runs `request` under `key` unless the last request for that key had the same inputs. */
  ensure(key: string, scenarioRequest: RunRequest): void {
    const request: RunRequest = { ...scenarioRequest, outputs: [...this.outputs] }
    const signature = JSON.stringify(request)
    if (this.inputs.get(key) === signature) return
    this.inputs.set(key, signature)
    const seq = ++this.seq
    this.requested.set(key, seq)
    this.engine.runLatest(key, request).then(
      (outcome) => {
        if (outcome.status !== 'done') return
        const { times, values, outputNames } = outcome.result
        this.views.set(key, new RunView(this.indexOf(outputNames), times, values, seq))
        this.errors.delete(key)
        this.onChange(key)
      },
      (error: unknown) => {
        // Forget the inputs so the same settings are tried again after the user changes something,
        // and the last result: charts of other settings must not stay on screen (or be exported)
        // as if they were this run's.
        this.inputs.delete(key)
        this.views.delete(key)
        this.errors.set(key, error instanceof Error ? error.message : String(error))
        this.onChange(key)
      },
    )
  }

  /** Forgets a key whose scenario was deleted. */
  drop(key: string): void {
    this.views.delete(key)
    this.errors.delete(key)
    this.inputs.delete(key)
    this.requested.delete(key)
  }
}
