// The care model's speed: the baseline 20-year run (goal: under 5 ms), and a run whose levers are
// time series (as phased scenarios are), which recomputes what depends on them every step.
import { timeRuns } from '../cli/time-runs'
import { buildCareModel, DEFAULT_AREA_ID, scenarioInputs } from '../model/care'
import { compile } from '../model/compile-model'

export interface CareBenchResult {
  variables: number
  steps: number
  compileMilliseconds: number
  baselineMilliseconds: number
  phasedMilliseconds: number
}

export function runCareBench(runs = 200): CareBenchResult {
  const model = buildCareModel()
  const started = performance.now()
  const compiled = compile(model)
  const compileMilliseconds = performance.now() - started
  const baseline = scenarioInputs({ name: 'baseline', description: '', area: DEFAULT_AREA_ID, levers: {} })
  const phased = scenarioInputs({
    name: 'phased shift',
    description: '',
    area: DEFAULT_AREA_ID,
    levers: {
      'pooled budget share': [
        [2025, 0.05],
        [2028, 0.5],
      ],
      'community shift share': [
        [2025, 0],
        [2030, 0.1],
      ],
    },
  })
  return {
    variables: compiled.names.length,
    steps: compiled.steps,
    compileMilliseconds,
    baselineMilliseconds: timeRuns(() => compiled.run({ overrides: baseline }), runs) / 1000,
    phasedMilliseconds: timeRuns(() => compiled.run({ overrides: phased }), runs) / 1000,
  }
}
