// Hands the thread back between chunks of a long job so waiting messages (an interactive run the
// page asked for while a slider moves) are handled first. In a browser worker the job continues as
// a background-priority task, which the scheduler runs only when no ordinary task is waiting; in
// Node, setImmediate runs after pending I/O, message ports included. setTimeout is the last resort
// because nested timers are clamped to 4 ms, which would idle the job between chunks.

interface BackgroundScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>
}

export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<BackgroundScheduler> }).scheduler
  if (typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(() => undefined, { priority: 'background' })
  }
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve))
  return new Promise((resolve) => setTimeout(resolve, 0))
}
