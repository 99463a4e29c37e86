// A scenario file runs the care model set up for its area, with its levers, then any `--set`.
import { buildCareModel, findArea, parseScenario, scenarioOverrides } from '../model/care'
import { ModelError } from '../model/errors'
import type { Override } from '../model/simulation'
import { checkLeverSettings } from './check-lever-settings'
import type { LoadedModel } from './load-model'

export function loadScenario(
  file: string,
  text: string,
  settings: Record<string, Override> = {},
): LoadedModel {
  const scenario = parseScenario(text, file)
  try {
    const area = findArea(scenario.area)
    if (area) checkLeverSettings(settings, area)
    return { model: buildCareModel(), overrides: { ...scenarioOverrides(scenario), ...settings } }
  } catch (error) {
    if (error instanceof ModelError) throw error.inFile(file)
    throw error
  }
}
