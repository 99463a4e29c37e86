// Writes to one stored object (a scenario, an area's edits) go one batch at a time: while a batch
// is in flight, new changes wait, a newer change to a field replacing the waiting one, so dragging
// a slider does not pile up hundreds of writes and the last value always lands. Each batch is
// written in one transaction.

export class WriteQueue<Change> {
  private readonly waiting = new Map<string, Map<string, Change>>()
  private readonly inFlight = new Map<string, Change[]>()
  private readonly running = new Map<string, Promise<void>>()

  constructor(
    /** Writes one batch of changes to the object `key`. */
    private readonly write: (key: string, changes: Change[]) => Promise<void>,
    /** Changes with the same slot replace each other while waiting. */
    private readonly slotOf: (change: Change) => string,
  ) {}

  /** Queues `changes` for `key`; settles when they (or changes that replaced them) have landed. */
  add(key: string, changes: readonly Change[], replaceAll = false): Promise<void> {
    let waiting = this.waiting.get(key)
    if (!waiting || replaceAll) {
      waiting = new Map()
      this.waiting.set(key, waiting)
    }
    for (const change of changes) {
      const slot = this.slotOf(change)
      waiting.delete(slot)
      waiting.set(slot, change)
    }
    return this.running.get(key) ?? this.start(key)
  }

  /** Changes to `key` not yet landed, in flight or waiting. */
  pending(key: string): Change[] {
    return [...(this.inFlight.get(key) ?? []), ...(this.waiting.get(key)?.values() ?? [])]
  }

  /** Resolves when every change asked for so far has landed. */
  async flush(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()])
  }

  private start(key: string): Promise<void> {
    const run = (async () => {
      try {
        for (;;) {
          const batch = this.waiting.get(key)
          this.waiting.delete(key)
          if (!batch?.size) return
          this.inFlight.set(key, [...batch.values()])
          await this.write(key, [...batch.values()])
          this.inFlight.delete(key)
        }
      } finally {
        this.inFlight.delete(key)
        this.running.delete(key)
      }
    })()
    this.running.set(key, run)
    return run
  }
}
