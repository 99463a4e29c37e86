// What every figure and export needs to say about where its numbers come from.
import type { FigureContext } from '../charts/build-figures'
import { areaCurrency } from '../format/quantity'
import type { SettingsContext } from '../results/settings-in-words'
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

/** The assumptions line under a slide or an exported chart: area, scenarios, model version. */
export function assumptionsFootnote(state: AppState, scenarios: readonly ScenarioEntry[]): string {
  const area = state.area
  const catalogue = state.catalogue
  if (!area || !catalogue) return ''
  const edits = Object.keys(state.edits()).length
  const areaText = `Area: ${area.name}${edits ? ` (${edits} baseline parameter${edits === 1 ? '' : 's'} edited)` : ''}, base year ${area.baseYear}`
  const names = scenarios.map((s) => `“${s.scenario.name}”`).join(', ')
  const scenarioText = names
    ? `Scenario${scenarios.length === 1 ? '' : 's'}: ${names} against the baseline`
    : 'Baseline'
  return `${areaText}. ${scenarioText}. Model: ${catalogue.modelName} ${catalogue.modelVersion}.`
}
