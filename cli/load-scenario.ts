// A scenario file runs the care model set up for its area, with its levers.
import { buildCareModel, parseScenario, scenarioOverrides } from '../model/care'
import { ModelError } from '../model/errors'
import type { LoadedModel } from './load-model'

export function loadScenario(file: string, text: string): LoadedModel {
  const scenario = parseScenario(text, file)
  try {
    return { model: buildCareModel(), overrides: scenarioOverrides(scenario) }
  } catch (error) {
    if (error instanceof ModelError) throw error.inFile(file)
    throw error
  }
}
