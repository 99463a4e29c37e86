// A pool worker's work: each task against the care model compiled once in that worker. The draws
// of run i depend only on the seed, i and the parameter's name (workers/uncertainty/), so any
// worker running any share of the draws gives the numbers any other would.

import type { InputSetting } from '../../model/simulation'
import { seekLever } from '../analysis/lever-seek'
import { evaluateOutcome, outcomeFor } from '../analysis/outcome-at'
import type { CareEngine } from '../care-engine'
import { drawParameters } from '../uncertainty/uncertainty-job'
import type {
  DrawsResult,
  DrawsTask,
  OutcomesResult,
  OutcomesTask,
  PoolResult,
  PoolTask,
} from './pool-protocol'

export interface Handled {
  result: PoolResult
  /** Buffers to transfer with the reply. */
  transfer: ArrayBuffer[]
}

export function handleTask(engine: CareEngine, task: PoolTask): Handled {
  switch (task.kind) {
    case 'draws': {
      const result = runDraws(engine, task)
      const buffers = [result.times, result.values, result.draws].map((a) => a.buffer as ArrayBuffer)
      return { result, transfer: buffers }
    }
    case 'outcomes': {
      const result = runOutcomes(engine, task)
      return { result, transfer: [result.outcomes.buffer as ArrayBuffer] }
    }
    case 'seek':
      return { result: { kind: 'seek', answer: seekLever(engine, task.request) }, transfer: [] }
    case 'varied': {
      const parameters = engine
        .varied(task.run)
        .map(({ name, low, mode, high, units }) => ({ name, low, mode, high, units }))
      return { result: { kind: 'varied', parameters }, transfer: [] }
    }
  }
}

export function runDraws(engine: CareEngine, task: DrawsTask): DrawsResult {
  // By slot: the scenario's inputs and each varied parameter's slot are resolved once, not per run.
  const inputs = engine.slots(engine.inputs(task.run))
  const varied = engine.varied(task.run)
  const variedSlots = varied.map((p) => engine.slots({ [p.name]: 0 })[0][0])
  const positions = engine.outputs(task.outputs, 'outputs')
  const shape = { outputs: positions.map((p) => p.index), stride: task.stride }
  let times: Float64Array = new Float64Array(0)
  let values = new Float64Array(0)
  let perRun = 0
  let incompleteRuns = 0
  let engineMs = 0
  const draws = new Float64Array(varied.length * (task.to - task.from))
  for (let draw = task.from; draw < task.to; draw++) {
    const drawn = drawParameters({ seed: task.seed, varied }, draw)
    varied.forEach((p, i) => {
      draws[(draw - task.from) * varied.length + i] = drawn[p.name]
    })
    const started = performance.now()
    // Sampled values may take the model where it gives NaN: keep the run, and leave those
    // values out of the percentiles rather than fail the ensemble.
    const run = engine.runSlots(
      [...inputs, ...varied.map((p, i): InputSetting => [variedSlots[i], drawn[p.name]])],
      shape,
    )
    engineMs += performance.now() - started
    if (draw === task.from) {
      times = run.times
      perRun = run.values.length
      values = new Float64Array(perRun * (task.to - task.from))
    }
    values.set(run.values, (draw - task.from) * perRun)
    if (!run.values.every(Number.isFinite)) incompleteRuns++
  }
  return {
    kind: 'draws',
    from: task.from,
    to: task.to,
    outputNames: positions.map((p) => p.name),
    times,
    values,
    incompleteRuns,
    engineMs,
    parameters: varied.map(({ name, low, mode, high, units }) => ({ name, low, mode, high, units })),
    draws,
  }
}

export function runOutcomes(engine: CareEngine, task: OutcomesTask): OutcomesResult {
  const outcome = outcomeFor(engine, task.request.output, task.request.at, 'output')
  const inputs = engine.inputs(task.request)
  const outcomes = new Float64Array(task.settings.length)
  task.settings.forEach((settings, i) => {
    outcomes[i] = evaluateOutcome(engine, outcome, { ...inputs, ...settings })
  })
  return { kind: 'outcomes', output: outcome.output, outcomes }
}
