// What every figure and export needs to say about where its numbers come from.
import type { FigureContext } from '../charts/build-figures'
import { areaCurrency } from '../format/quantity'
import { assumptionsText } from '../results/footnote'
import { areaEditsText, type SettingsContext, scenarioSettingsSentence } from '../results/settings-in-words'
import type { AppState } from './app-state'
import type { ScenarioEntry } from './scenario-entry'

export function figureContext(state: AppState): FigureContext | undefined {
  const area = state.area
  const catalogue = state.catalogue
  if (!area || !catalogue) return undefined
  return {
    areaName: area.name,
    baseYear: area.baseYear,
    startTime: catalogue.startTime,
    outputs: catalogue.outputs,
    currency: areaCurrency(area as { currency?: string }),
    areaSources: area.sources,
    sourcesOf: (parameter) => area.sources[parameter] ?? state.parameter(parameter)?.sources ?? [],
  }
}

/** What saying a scenario's settings in words needs: the area's levers, baselines and currency. */
export function settingsContext(state: AppState): SettingsContext | undefined {
  const area = state.area
  const catalogue = state.catalogue
  if (!area || !catalogue) return undefined
  return {
    levers: catalogue.leversByArea[area.id] ?? catalogue.levers,
    baselineValue: (name) => state.baselineValue(name),
    currency: areaCurrency(area as { currency?: string }),
    calendarYear: (time) => area.baseYear + (time - catalogue.startTime),
  }
}

/** The analyst's edits to the area, in words against the sourced values. */
export function areaEditsInWords(state: AppState): string[] {
  const area = state.area
  if (!area) return []
  const edits = state
    .editedParameters()
    .map((edit) => ({ ...edit, units: state.parameter(edit.name)?.units }))
  return areaEditsText(edits, areaCurrency(area as { currency?: string }))
}

/** The assumptions footnote under a slide or an exported chart: area, edits, settings, model. */
export function assumptionsFootnote(state: AppState, scenarios: readonly ScenarioEntry[]): string {
  const area = state.area
  const catalogue = state.catalogue
  const settings = settingsContext(state)
  if (!area || !catalogue || !settings) return ''
  return assumptionsText({
    areaName: area.name,
    baseYear: area.baseYear,
    edits: areaEditsInWords(state),
    scenarios: scenarios.map((s) => scenarioSettingsSentence(s.scenario, settings)),
    model: `${catalogue.modelName} ${catalogue.modelVersion}`,
  })
}
