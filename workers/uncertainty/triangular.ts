// The triangular distribution: what an analyst can defend with only a low, a most likely and a high
// value, and what Vensim's sensitivity runs offer for the same purpose. Sampled by inverting its
// cumulative distribution, so one uniform number gives one draw and the draw stays in its range.

export interface TriangularRange {
  low: number
  /** The most likely value; a mode outside [low, high] is taken at the nearer end. */
  mode: number
  high: number
}

/** The value below which a share `u` (0 to 1) of the distribution lies. */
export function triangularQuantile(u: number, { low, mode, high }: TriangularRange): number {
  const width = high - low
  if (!(width > 0)) return low
  const peak = Math.min(high, Math.max(low, mode))
  const share = Math.min(1, Math.max(0, u))
  const belowMode = (peak - low) / width
  const value =
    share < belowMode
      ? low + Math.sqrt(share * width * (peak - low))
      : high - Math.sqrt((1 - share) * width * (high - peak))
  // Rounding can leave a draw a hair outside the range; a range is a promise, so clamp.
  return Math.min(high, Math.max(low, value))
}

/** The distribution's mean, (low + mode + high) / 3: what a large sample averages to. */
export function triangularMean({ low, mode, high }: TriangularRange): number {
  return (low + Math.min(high, Math.max(low, mode)) + high) / 3
}
