// A scenario file runs the care model set up for its area, with its levers, then any `--set`,
// in the one order the worker uses too (model/care/scenario-inputs.ts).
import { buildCareModel, readScenarioFile, scenarioInputs } from '../model/care'
import { ModelError } from '../model/errors'
import type { Override } from '../model/simulation'
import type { LoadedModel } from './load-model'

export function loadScenario(
  file: string,
  text: string,
  settings: Record<string, Override> = {},
): LoadedModel {
  const { scenario, notes } = readScenarioFile(text, file)
  try {
    return { model: buildCareModel(), overrides: scenarioInputs(scenario, { settings }), notes }
  } catch (error) {
    if (error instanceof ModelError) throw error.inFile(file)
    throw error
  }
}
