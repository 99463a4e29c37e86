// A long loop that shares its thread: it does steps until a time slice is used up, then yields so
// other work (interactive runs) goes first, reports progress, and stops at the next slice boundary
// once it is cancelled. The engine's worker has one thread; this is what keeps a 60-run
// uncertainty job from holding up the run a slider move asks for.

export interface SliceOptions {
  /** Work for about this long before yielding (at least one step per slice). */
  sliceMs: number
  /** Gives the thread away and resolves when it is this loop's turn again. */
  yieldControl: () => Promise<void>
  /** Checked before every slice: true stops the loop. */
  isCancelled: () => boolean
  /** Called after every slice with the steps done so far. */
  onProgress?: (done: number, total: number) => void
  now?: () => number
}

export type SlicedOutcome = { status: 'done' } | { status: 'cancelled'; done: number }

/** Calls `step(0)`, `step(1)`, ... `step(total - 1)` in slices; resolves when done or cancelled. */
export async function runInSlices(
  total: number,
  step: (index: number) => void,
  options: SliceOptions,
): Promise<SlicedOutcome> {
  const now = options.now ?? (() => performance.now())
  let done = 0
  while (done < total) {
    if (options.isCancelled()) return { status: 'cancelled', done }
    const sliceStart = now()
    do {
      step(done)
      done++
    } while (done < total && now() - sliceStart < options.sliceMs)
    options.onProgress?.(done, total)
    if (done < total) await options.yieldControl()
  }
  return { status: 'done' }
}
