// Undo and redo for the analyst's edits: lever moves, a scenario's name and description, the
// area's baseline figures. Each change is recorded as a pair of actions (put back the state before,
// put back the state after). Changes to the same thing in quick succession (the many input events
// of one slider drag) merge into one step, so one Ctrl+Z undoes one gesture, not one pixel.

export interface Change {
  /** What the change was, for the buttons' tooltips: "Move community shift share". */
  label: string
  /** Changes with the same key within `mergeMs` of each other are one step. */
  key: string
  undo(): void
  redo(): void
  /** False once what the change was to is gone (a deleted scenario): the step is skipped. */
  alive?(): boolean
}

interface Step extends Change {
  at: number
}

export class UndoHistory {
  private readonly done: Step[] = []
  private readonly undone: Step[] = []
  private replaying = false

  constructor(
    private readonly onChange: () => void = () => undefined,
    private readonly mergeMs = 1000,
    private readonly limit = 200,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Records a change just made. Changes made while undoing or redoing are not recorded. */
  record(change: Change): void {
    if (this.replaying) return
    const at = this.now()
    const last = this.done[this.done.length - 1]
    if (last && last.key === change.key && at - last.at <= this.mergeMs && this.undone.length === 0) {
      // One gesture: keep the first step's way back, take this one's way forward.
      this.done[this.done.length - 1] = { ...last, redo: change.redo, at }
    } else {
      this.done.push({ ...change, at })
      if (this.done.length > this.limit) this.done.shift()
    }
    this.undone.length = 0
    this.onChange()
  }

  /** Records a change from `before` to `after` that `apply` can put either way. */
  recordValues<T>(
    label: string,
    key: string,
    before: T,
    after: T,
    apply: (value: T) => void,
    alive?: () => boolean,
  ): void {
    this.record({ label, key, undo: () => apply(before), redo: () => apply(after), alive })
  }

  get canUndo(): boolean {
    return this.done.some((step) => step.alive?.() ?? true)
  }

  get canRedo(): boolean {
    return this.undone.some((step) => step.alive?.() ?? true)
  }

  /** The label of the step Undo would take back, if any. */
  get undoLabel(): string | undefined {
    return [...this.done].reverse().find((step) => step.alive?.() ?? true)?.label
  }

  get redoLabel(): string | undefined {
    return [...this.undone].reverse().find((step) => step.alive?.() ?? true)?.label
  }

  /** Takes back the latest change; returns its label, or undefined if there was none. */
  undo(): string | undefined {
    const step = this.take(this.done)
    if (!step) return undefined
    this.replay(() => step.undo())
    this.undone.push(step)
    this.onChange()
    return step.label
  }

  /** Makes the latest undone change again; returns its label, or undefined if there was none. */
  redo(): string | undefined {
    const step = this.take(this.undone)
    if (!step) return undefined
    this.replay(() => step.redo())
    // A redone step never merges with what comes next.
    this.done.push({ ...step, at: Number.NEGATIVE_INFINITY })
    this.onChange()
    return step.label
  }

  private take(stack: Step[]): Step | undefined {
    while (stack.length) {
      const step = stack.pop() as Step
      if (step.alive?.() ?? true) return step
    }
    return undefined
  }

  private replay(action: () => void): void {
    this.replaying = true
    try {
      action()
    } finally {
      this.replaying = false
    }
  }
}
