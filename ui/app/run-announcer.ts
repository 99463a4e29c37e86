// Tells screen reader users, politely, that results have been updated: once the runs they asked for
// are in and the levers have been still for a moment, never on every step of a moving slider
// (each step starts a run, and reading each out would drown the user in announcements).

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
