// Times a function the way the benchmarks report it: warm up first so the JIT has compiled the
// generated code, then the mean over many runs, in microseconds.
import { performance } from 'node:perf_hooks'

export function timeRuns(action: () => unknown, runs: number, warmUp = Math.min(200, runs)): number {
  for (let i = 0; i < warmUp; i++) action()
  const start = performance.now()
  for (let i = 0; i < runs; i++) action()
  return ((performance.now() - start) * 1000) / runs
}
