// A tornado chart's bars: each uncertain parameter moved alone to the low and then the high end of
// its range, every other at its default, the outcome read each time, and the bars sorted by how
// far apart the two outcomes are (the swing). One-at-a-time, as Vensim's and Stella's sensitivity
// tables and a Green Book "switching values" check do: it says which assumption matters most, not
// how they combine (the ensemble's rank correlations say that).
import type { TornadoBar } from '../decisions-api'

export interface TornadoParameter {
  name: string
  low: number
  high: number
  units?: string
}

/** The settings of each run a tornado needs, in order: for each parameter, its low end then its high end. */
export function tornadoSettings(parameters: readonly TornadoParameter[]): Array<Record<string, number>> {
  return parameters.flatMap((p) => [{ [p.name]: p.low }, { [p.name]: p.high }])
}

/** Bars from the outcomes of `tornadoSettings`' runs, in the same order; largest swing first. */
export function tornadoBars(
  parameters: readonly TornadoParameter[],
  outcomes: ArrayLike<number>,
): TornadoBar[] {
  if (outcomes.length !== parameters.length * 2)
    throw new RangeError(
      `a tornado needs two runs a parameter: ${parameters.length * 2}, got ${outcomes.length}`,
    )
  const bars = parameters.map((p, i): TornadoBar => {
    const outcomeAtLow = outcomes[2 * i]
    const outcomeAtHigh = outcomes[2 * i + 1]
    return {
      parameter: p.name,
      units: p.units,
      low: p.low,
      high: p.high,
      outcomeAtLow,
      outcomeAtHigh,
      swing: Math.abs(outcomeAtHigh - outcomeAtLow),
    }
  })
  // Stable: equal swings keep the model's order, so the chart does not shuffle between runs.
  return bars.sort((a, b) => b.swing - a.swing)
}
