// The care model's speed: its 20-year run, with constant levers and with phased ones (which the
// engine follows as time series inputs), returning every output or only the ones the app draws.
import { buildCareModel, DEFAULT_AREA_ID, type Scenario, scenarioInputs } from '../model/care'
import { compile } from '../model/compile-model'
import type { InputSetting } from '../model/simulation'
import { DRAWN_OUTPUTS } from '../ui/app/drawn-outputs'
import { type Spread, spread, timeInRounds } from './rounds'

export interface CareBenchResult {
  outputs: number
  drawnOutputs: number
  steps: number
  compileMilliseconds: number
  /** Milliseconds per run, by case. */
  runs: Record<string, Spread>
}

const CONSTANT: Scenario = {
  name: 'constant levers',
  description: '',
  area: DEFAULT_AREA_ID,
  levers: { 'pooled budget share': 0.5, 'community shift share': 0.1 },
}

const PHASED: Scenario = {
  ...CONSTANT,
  name: 'phased levers',
  levers: {
    'pooled budget share': { value: 0.5, start: 2025, ramp: 3 },
    'community shift share': { value: 0.1, start: 2025, ramp: 5 },
  },
}

export function runCareBench(rounds = 7, runsPerRound = 30): CareBenchResult {
  const model = buildCareModel()
  const started = performance.now()
  const compiled = compile(model)
  const compileMilliseconds = performance.now() - started
  const constant = compiled.inputsByName(scenarioInputs(CONSTANT))
  const phased = compiled.inputsByName(scenarioInputs(PHASED))
  if (!phased.some(([, value]) => Array.isArray(value)))
    throw new Error('the phased levers are not time series')
  const drawn = compiled.outputIndices([...DRAWN_OUTPUTS])
  const run = (inputs: InputSetting[], outputs?: number[]) => ({
    action: () => compiled.run({ inputs, outputs }),
    runs: runsPerRound,
  })
  const times = timeInRounds(
    {
      'constant levers, every output': run(constant),
      'phased levers, every output': run(phased),
      'constant levers, outputs the app draws': run(constant, drawn),
      'phased levers, outputs the app draws': run(phased, drawn),
    },
    rounds,
  )
  const runs = Object.fromEntries(
    Object.entries(times).map(([name, values]) => [name, spread(values.map((us) => us / 1000))]),
  )
  return {
    outputs: compiled.names.length,
    drawnOutputs: drawn.length,
    steps: compiled.steps,
    compileMilliseconds,
    runs,
  }
}
