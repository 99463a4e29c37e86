// Spearman's rank correlation: how closely an outcome rises (or falls) with a parameter across an
// ensemble's runs, all other parameters varying too. Unlike the tornado, it weighs each parameter by
// how it moves the outcome over its whole distribution, together with the others. Ties share their
// mean rank; runs that gave no number are left out.

/** Ranks from 1, ties given the mean of the ranks they span. */
export function ranks(values: ArrayLike<number>): Float64Array {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a] - values[b])
  const result = new Float64Array(values.length)
  let i = 0
  while (i < order.length) {
    let j = i
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++
    const rank = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) result[order[k]] = rank
    i = j + 1
  }
  return result
}

/** Spearman's rho of two paired samples; NaN when fewer than three pairs or either does not vary. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const kept: number[] = []
  for (let i = 0; i < Math.min(x.length, y.length); i++)
    if (Number.isFinite(x[i]) && Number.isFinite(y[i])) kept.push(i)
  if (kept.length < 3) return Number.NaN
  const rx = ranks(kept.map((i) => x[i]))
  const ry = ranks(kept.map((i) => y[i]))
  const n = kept.length
  const mean = (n + 1) / 2
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - mean) * (ry[i] - mean)
    sxx += (rx[i] - mean) ** 2
    syy += (ry[i] - mean) ** 2
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN
}

export interface RankedParameter {
  name: string
  rho: number
}

/** Parameters by the size of their rank correlation with the outcome, largest first. */
export function rankParameters(
  names: readonly string[],
  /** Run by run: `draws[run * names.length + p]`. */
  draws: ArrayLike<number>,
  outcome: ArrayLike<number>,
): RankedParameter[] {
  const runs = outcome.length
  return names
    .map((name, p) => {
      const column = new Float64Array(runs)
      for (let r = 0; r < runs; r++) column[r] = draws[r * names.length + p]
      return { name, rho: spearman(column, outcome) }
    })
    .filter((entry) => Number.isFinite(entry.rho))
    .sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho))
}
