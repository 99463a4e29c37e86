// Goal seek on a lever of a scenario: the lever is set to each value tried (a phase-in keeps its
// start and ramp and seeks its end value), the scenario run by the one rule and the outcome read.
// The lever's range is its range in the scenario's area, so the answer is a value the scenario
// file could hold.
import { areaOf, leverNamed, leverRangeFor } from '../../model/care/index'
import { isPhaseIn } from '../../model/care/lever-input'
import type { LeverValue } from '../../model/care/types'
import type { CareEngine } from '../care-engine'
import type { SeekAnswer, SeekRequest } from '../decisions-api'
import { goalSeek } from './goal-seek'
import { evaluateOutcome, outcomeFor } from './outcome-at'

/** The scenario's lever set to `value` the way it is already set: a number, or a phase-in's end value. */
export function withLeverValue(current: LeverValue | undefined, value: number, lever: string): LeverValue {
  if (current === undefined || typeof current === 'number') return value
  if (isPhaseIn(current)) return { ...current, value }
  throw new RangeError(
    `lever '${lever}' is set as a time series; goal seek needs a number or a phase-in {"value", "start", "ramp"}`,
  )
}

const round = (value: number) => Number(value.toPrecision(6))

export function seekLever(engine: CareEngine, request: SeekRequest): SeekAnswer {
  const lever = leverNamed(request.lever)
  if (!lever) throw new RangeError(`lever: '${request.lever}' is not a lever of the care model`)
  const area = areaOf(request.scenario)
  const range = leverRangeFor(lever, area)
  const outcome = outcomeFor(engine, request.output, request.at, 'output')
  if (!Number.isFinite(request.target))
    throw new RangeError(`target: expected a number, got ${request.target}`)
  if (Object.keys(request.settings ?? {}).some((name) => leverNamed(name)?.name === lever.name))
    throw new RangeError(`lever: '${lever.name}' is the lever sought, so it cannot also be set with --set`)
  const current = request.scenario.levers[lever.name]
  withLeverValue(current, range[0], lever.name)
  const result = goalSeek({
    low: range[0],
    high: range[1],
    target: request.target,
    // Far finer than any lever's step, so the answer rounds to the step without error.
    tolerance: Math.max((range[1] - range[0]) * 1e-7, Number.MIN_VALUE),
    evaluate: (value) => {
      const levers = { ...request.scenario.levers, [lever.name]: withLeverValue(current, value, lever.name) }
      const inputs = engine.inputs({ ...request, scenario: { ...request.scenario, levers } })
      return evaluateOutcome(engine, outcome, inputs)
    },
  })
  if (result.status === 'found') {
    return {
      status: 'found',
      lever: lever.name,
      value: result.value,
      achieved: result.achieved,
      range,
      runs: result.runs,
    }
  }
  const message =
    `no value of '${lever.name}' in its range ${range[0]} to ${range[1]}` +
    (area.leverRanges?.[lever.name] ? ` (for area '${area.id}')` : '') +
    ` brings '${outcome.output}' in ${request.at} to ${request.target}: ` +
    `across the range it goes from ${round(result.lowest.outcome)} to ${round(result.highest.outcome)} ` +
    `(${round(result.atLow.outcome)} at ${range[0]}, ${round(result.atHigh.outcome)} at ${range[1]})`
  return {
    status: 'unreachable',
    lever: lever.name,
    range,
    atMin: result.atLow.outcome,
    atMax: result.atHigh.outcome,
    lowest: result.lowest.outcome,
    highest: result.highest.outcome,
    message,
    runs: result.runs,
  }
}
