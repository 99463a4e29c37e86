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
  const { scenario, notes, areaEdits } = readScenarioFile(text, file)
  try {
    // A file exported with area edits runs on the baseline it was made with, as in the app.
    const inputs = scenarioInputs(scenario, {
      settings,
      areaEdits: areaEdits?.edits,
      confirmedOutsideRange: areaEdits?.confirmedOutsideRange,
    })
    return { model: buildCareModel(), overrides: inputs, notes }
  } catch (error) {
    if (error instanceof ModelError) throw error.inFile(file)
    throw error
  }
}
