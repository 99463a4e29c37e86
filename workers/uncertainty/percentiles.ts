// Percentiles across runs, time by time. Interpolated between the two nearest ordered values
// (Hyndman & Fan's type 7, the default of R, NumPy and d3.quantile), so 60 runs give smooth bands
// and the 50th percentile of an even count is the mean of the middle two.

/** The `p` quantile (0 to 1) of the first `count` values of `sorted`, which are in ascending order. */
export function quantileOfSorted(sorted: ArrayLike<number>, count: number, p: number): number {
  if (count <= 0) return Number.NaN
  const position = (count - 1) * Math.min(1, Math.max(0, p))
  const below = Math.floor(position)
  const above = Math.min(count - 1, below + 1)
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below)
}

/**
 * Runs arranged cell by cell: `values[cell * runs + run]`, a cell being one output at one saved
 * time. Returns, for each probability, one array with a value per cell. Values that are not finite
 * (a run the model could not complete at that time) are left out of that cell.
 */
export function percentilesByCell(
  values: Float64Array | Float32Array,
  runs: number,
  probabilities: readonly number[],
): Float64Array[] {
  const cells = runs > 0 ? Math.floor(values.length / runs) : 0
  const results = probabilities.map(() => new Float64Array(cells))
  const scratch = new Float64Array(runs)
  for (let cell = 0; cell < cells; cell++) {
    let count = 0
    for (let run = 0; run < runs; run++) {
      const value = values[cell * runs + run]
      if (Number.isFinite(value)) scratch[count++] = value
    }
    const sorted = scratch.subarray(0, count).sort()
    probabilities.forEach((p, i) => {
      results[i][cell] = quantileOfSorted(sorted, count, p)
    })
  }
  return results
}
