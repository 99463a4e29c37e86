// Reading an ensemble's percentiles by output name, as RunView reads a run: each percentile arrives
// as one Float64Array, output by output, for the outputs the job was asked about. An ensemble from
// the pool (EnsembleBands) also brings the 25th and 75th percentiles for a fan chart's inner band,
// and every run's values, so a scenario can be set against its baseline run by run: the two share
// their parameter draws, so their difference is the policy's effect, not the draws'.
import type { EnsembleBands } from '../../workers/decisions-api'
import type { UncertainParameter, UncertaintyBands } from '../../workers/engine-api'
import { OutputIndex } from './run-view'

export interface PercentileSeries {
  /** 10th percentile at each saved time. */
  low: Float64Array
  median: Float64Array
  /** 90th percentile at each saved time. */
  high: Float64Array
  /** The 25th and 75th percentiles, when the ensemble has them. */
  inner?: { low: Float64Array; high: Float64Array }
}

const isEnsemble = (result: UncertaintyBands): result is EnsembleBands => 'runValues' in result

/** Linear interpolation of `values` at `from` onto `to` (held flat beyond the ends). */
export function interpolateOnto(
  from: ArrayLike<number>,
  values: ArrayLike<number>,
  to: ArrayLike<number>,
): Float64Array {
  const out = new Float64Array(to.length)
  let j = 0
  for (let i = 0; i < to.length; i++) {
    const t = to[i]
    while (j < from.length - 2 && from[j + 1] < t) j++
    if (from.length === 1 || t <= from[0]) out[i] = values[0]
    else if (t >= from[from.length - 1]) out[i] = values[from.length - 1]
    else {
      const share = (t - from[j]) / (from[j + 1] - from[j])
      out[i] = values[j] + share * (values[j + 1] - values[j])
    }
  }
  return out
}

/** The type 7 quantile of values already sorted. */
function quantile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN
  const position = (sorted.length - 1) * p
  const below = Math.floor(position)
  const above = Math.min(sorted.length - 1, below + 1)
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below)
}

export class PercentileBands {
  private readonly index: OutputIndex

  constructor(private readonly result: UncertaintyBands) {
    this.index = new OutputIndex(result.outputNames)
  }

  get times(): Float64Array {
    return this.result.times
  }

  get samples(): number {
    return this.result.samples
  }

  get seed(): number {
    return this.result.seed
  }

  get parameters(): readonly UncertainParameter[] {
    return this.result.parameters
  }

  get incompleteRuns(): number {
    return this.result.incompleteRuns
  }

  get elapsedMs(): number {
    return this.result.elapsedMs
  }

  /** Workers the runs were spread over (1 for an engine-worker job). */
  get workers(): number {
    return isEnsemble(this.result) ? this.result.workers : 1
  }

  /** True when every run is kept, so a scenario can be paired with its baseline run by run. */
  get hasRuns(): boolean {
    return isEnsemble(this.result)
  }

  has(output: string): boolean {
    return this.index.has(output)
  }

  /** The percentiles of one output at the ensemble's kept times (views, not copies). */
  series(output: string): PercentileSeries | undefined {
    const i = this.index.indexOf(output)
    if (i === undefined) return undefined
    const count = this.result.times.length
    const slice = (values: Float64Array) => values.subarray(i * count, (i + 1) * count)
    const result = this.result
    return {
      low: slice(result.p10),
      median: slice(result.p50),
      high: slice(result.p90),
      inner: isEnsemble(result) ? { low: slice(result.p25), high: slice(result.p75) } : undefined,
    }
  }

  /** The percentiles of one output at a run's saved times, drawn straight between the kept times. */
  seriesOn(output: string, times: ArrayLike<number>): PercentileSeries | undefined {
    const series = this.series(output)
    if (!series) return undefined
    if (sameTimes(this.times, times)) return series
    const onto = (values: Float64Array) => interpolateOnto(this.times, values, times)
    return {
      low: onto(series.low),
      median: onto(series.median),
      high: onto(series.high),
      inner: series.inner && { low: onto(series.inner.low), high: onto(series.inner.high) },
    }
  }

  /** Every run's value of one output at the kept time nearest `time`, in draw order (a view). */
  runsAt(output: string, time: number): Float32Array | undefined {
    const result = this.result
    const i = this.index.indexOf(output)
    if (!isEnsemble(result) || i === undefined) return undefined
    const t = nearest(this.times, time)
    const cell = i * this.times.length + t
    return result.runValues.subarray(cell * result.samples, (cell + 1) * result.samples)
  }

  /** One run's series of one output at the kept times. */
  runSeries(output: string, run: number): Float64Array | undefined {
    const result = this.result
    const i = this.index.indexOf(output)
    if (!isEnsemble(result) || i === undefined) return undefined
    const count = this.times.length
    const series = new Float64Array(count)
    for (let t = 0; t < count; t++) series[t] = result.runValues[(i * count + t) * result.samples + run]
    return series
  }

  /** Each run's parameter values: `draws[run * parameters.length + p]`. */
  get draws(): Float64Array | undefined {
    return isEnsemble(this.result) ? this.result.draws : undefined
  }

  /**
   * Percentiles of this scenario minus `baseline`, run by run (the runs share their draws), at a
   * run's saved times. Undefined unless both ensembles kept their runs with the same draws.
   */
  differenceOn(
    output: string,
    baseline: PercentileBands,
    times: ArrayLike<number>,
  ): PercentileSeries | undefined {
    if (!this.pairs(baseline) || !this.has(output) || !baseline.has(output)) return undefined
    const count = this.times.length
    const probabilities = [0.1, 0.25, 0.5, 0.75, 0.9]
    const out = probabilities.map(() => new Float64Array(count))
    const scratch = new Float64Array(this.samples)
    for (let t = 0; t < count; t++) {
      const a = this.runsAt(output, this.times[t]) as Float32Array
      const b = baseline.runsAt(output, this.times[t]) as Float32Array
      let n = 0
      for (let r = 0; r < a.length; r++) {
        const d = a[r] - b[r]
        if (Number.isFinite(d)) scratch[n++] = d
      }
      const sorted = scratch.subarray(0, n).sort()
      probabilities.forEach((p, k) => {
        out[k][t] = quantile(sorted, p)
      })
    }
    const onto = (values: Float64Array) =>
      sameTimes(this.times, times) ? values : interpolateOnto(this.times, values, times)
    return {
      low: onto(out[0]),
      median: onto(out[2]),
      high: onto(out[4]),
      inner: { low: onto(out[1]), high: onto(out[3]) },
    }
  }

  /** Whether two ensembles' runs pair up: same seed, same runs, same parameters varied, same kept times. */
  pairs(other: PercentileBands): boolean {
    return (
      this.hasRuns &&
      other.hasRuns &&
      this.seed === other.seed &&
      this.samples === other.samples &&
      sameTimes(this.times, other.times) &&
      this.parameters.map((p) => p.name).join('\n') === other.parameters.map((p) => p.name).join('\n')
    )
  }
}

function sameTimes(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 1e-9) return false
  return true
}

function nearest(times: ArrayLike<number>, time: number): number {
  let best = 0
  for (let i = 1; i < times.length; i++)
    if (Math.abs(times[i] - time) < Math.abs(times[best] - time)) best = i
  return best
}
