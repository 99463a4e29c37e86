// Reading an uncertainty job's percentiles by output name, as RunView reads a run: each percentile
// arrives as one Float64Array, output by output, for the outputs the job was asked about.
import type { UncertainParameter, UncertaintyBands } from '../../workers/engine-api'
import { OutputIndex } from './run-view'

export interface PercentileSeries {
  /** 10th percentile at each saved time. */
  low: Float64Array
  median: Float64Array
  /** 90th percentile at each saved time. */
  high: Float64Array
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

  has(output: string): boolean {
    return this.index.has(output)
  }

  /** The three percentiles of one output (views, not copies), or undefined if it was not asked for. */
  series(output: string): PercentileSeries | undefined {
    const i = this.index.indexOf(output)
    if (i === undefined) return undefined
    const count = this.result.times.length
    const slice = (values: Float64Array) => values.subarray(i * count, (i + 1) * count)
    return { low: slice(this.result.p10), median: slice(this.result.p50), high: slice(this.result.p90) }
  }
}
