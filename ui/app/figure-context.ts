// What every figure and export needs to say about where its numbers come from.
import type { FigureContext } from '../charts/build-figures'
import type { AppState } from './app-state'
import { editedParametersText } from './change-notes'
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
  }
}

/**
 * The assumptions line under a slide or an exported chart: area (with every edited baseline
 * parameter, sourced and edited value), scenarios, model version.
 */
export function assumptionsFootnote(state: AppState, scenarios: readonly ScenarioEntry[]): string {
  const area = state.area
  const catalogue = state.catalogue
  if (!area || !catalogue) return ''
  const edited = state.editedParameters()
  const editText = edited.length ? `; baseline edited: ${editedParametersText(edited)}` : ''
  const areaText = `Area: ${area.name}, base year ${area.baseYear}${editText}`
  const names = scenarios.map((s) => `“${s.scenario.name}”`).join(', ')
  const scenarioText = names
    ? `Scenario${scenarios.length === 1 ? '' : 's'}: ${names} against the baseline`
    : 'Baseline'
  return `${areaText}. ${scenarioText}. Model: ${catalogue.modelName} ${catalogue.modelVersion}.`
}
