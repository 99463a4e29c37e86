// "Bed occupancy in 2030": one output's value at one model time (calendar years; 2030 is
// 1 January 2030, the row `time=2030` of `carebalance run`), interpolated between saved times so a
// goal seek sees a smooth outcome. A time outside the run is an error naming the run's span.
import type { Override } from '../../model/simulation'
import type { CareEngine, OutputRun } from '../care-engine'

export interface Outcome {
  /** The output's name as the model spells it. */
  output: string
  index: number
  /** Model time, in calendar years. */
  at: number
}

export function outcomeFor(engine: CareEngine, output: string, at: number, asker = 'outcome'): Outcome {
  const positions = engine.outputs([output], asker)
  if (positions.length !== 1) {
    const elements = positions.map((p) => `'${p.name}'`).join(', ')
    throw new RangeError(`${asker}: '${output}' has several elements; name one: ${elements}`)
  }
  const { start, stop } = engine.compiled.model.time
  if (!Number.isFinite(at) || at < start || at > stop)
    throw new RangeError(`${asker}: the year must be within the run, ${start} to ${stop}; got ${at}`)
  return { output: positions[0].name, index: positions[0].index, at }
}

/** The first kept output of a run at time `at`, linear between saved times. */
export function valueAtTime(run: OutputRun, at: number): number {
  const { times, values } = run
  if (at <= times[0]) return values[0]
  for (let i = 1; i < times.length; i++) {
    if (at <= times[i]) {
      const share = (at - times[i - 1]) / (times[i] - times[i - 1])
      return values[i - 1] + share * (values[i] - values[i - 1])
    }
  }
  return values[times.length - 1]
}

/** One run with these inputs, read at the outcome's output and time. */
export function evaluateOutcome(
  engine: CareEngine,
  outcome: Outcome,
  overrides: Readonly<Record<string, Override>>,
): number {
  return valueAtTime(engine.run(overrides, { outputs: [outcome.index] }), outcome.at)
}
