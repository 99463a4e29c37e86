// Tells screen reader users, politely, that results have been updated: once the runs they asked for
// are in and the levers have been still for a moment, never on every step of a moving slider
// (each step starts a run, and reading each out would drown the user in announcements).
import { areaCurrency } from '../format/quantity'
import { scenarioNarrative } from '../results/narrative'
import type { AppState } from './app-state'

/** How long the results must stay unchanged before they are announced. */
export const SETTLE_MS = 1000

export class RunAnnouncer {
  private key: string | undefined
  private timer?: ReturnType<typeof setTimeout>

  /** `say` receives the announcement once results have settled. */
  constructor(
    private readonly say: (text: string) => void,
    private readonly settleMs = SETTLE_MS,
  ) {}

  /**
   * Called on every change of the app: `key` names the results now shown (say, a scenario and its
   * run number), undefined while a run is pending. A new key waits `settleMs` for the next; only
   * the last key of a burst is announced, with the words `text` gives at that moment.
   */
  note(key: string | undefined, text: () => string): void {
    if (key === this.key) return
    this.key = key
    clearTimeout(this.timer)
    if (key === undefined) return
    this.timer = setTimeout(() => this.say(text()), this.settleMs)
  }

  stop(): void {
    clearTimeout(this.timer)
  }
}

function bandsReady(state: AppState): boolean {
  return Boolean(state.active && state.uncertainty?.status(state.active.id).state === 'ready')
}

/**
 * What results the app shows now, as a key for RunAnnouncer: the open scenario's run and the
 * baseline's, and whether its uncertainty bands are in (news too); undefined while a run is pending.
 */
export function resultsKey(state: AppState | undefined): string | undefined {
  const active = state?.active
  const view = active && state.run(active.id)
  const baseline = state?.baselineRun
  if (!state || !active || !view || !baseline || state.runPending(active.id)) return undefined
  return `${active.id}:${view.seq}:${baseline.seq}${bandsReady(state) ? ':bands' : ''}`
}

/** "Results updated for “Plan A”." with the first sentence of its In brief, and the bands if shown. */
export function resultsWords(state: AppState | undefined): string {
  const active = state?.active
  const view = active && state.run(active.id)
  const area = state?.area
  if (!state || !active || !view || !state.baselineRun || !area || !state.catalogue) return ''
  const [first] = scenarioNarrative(active.scenario.name, view, state.baselineRun, {
    baseYear: area.baseYear,
    startTime: state.catalogue.startTime,
    currency: areaCurrency(area as { currency?: string }),
  })
  const bands = bandsReady(state) ? ' Uncertainty bands, 10th to 90th percentile, are shown.' : ''
  return `Results updated for “${active.scenario.name}”.${first ? ` ${first.text}` : ''}${bands}`
}
