// Everything the slides are made from, gathered once from the app's state: the area, its edits and
// sources, the runs (baseline first), each scenario's settings and file, the model and the date.
import type { Scenario } from '../../model/care/types'
import type { Source } from '../../model/ir'
import type { AppState } from '../app/app-state'
import { areaEditsInWords, assumptionsFootnote, figureContext, settingsContext } from '../app/figure-context'
import { baselineKey, type ScenarioEntry } from '../app/scenario-entry'
import type { FigureContext } from '../charts/build-figures'
import { citation } from '../charts/captions'
import { baselineRun, type ChartRun, scenarioRun } from '../charts/chart-run'
import { slug } from '../format/file-names'
import type { SettingsContext } from '../results/settings-in-words'

/** Whom the slides are about: the open scenario, or the ones ticked to compare. */
export type Audience = 'open' | 'compared'

export interface ScenarioFile {
  name: string
  fileName: string
  text: string
}

export interface DeckInput {
  areaName: string
  baseYear: number
  startTime: number
  stopTime: number
  currency: string
  model: string
  /** When the pack was made. */
  date: Date
  ctx: FigureContext
  settings: SettingsContext
  baseline: ChartRun
  scenarios: ChartRun[]
  /** The scenarios as their files hold them, in the order of `scenarios`. */
  scenarioRecords: Scenario[]
  files: ScenarioFile[]
  /** The analyst's edits to the area, in words. */
  edits: string[]
  footnote: string
  /** The area's sources, each with the parameters it gives. */
  areaSources: { citation: string; parameters: string[] }[]
}

/** The scenarios an audience shows: the open one, or the ticked ones. */
export function audienceEntries(state: AppState, audience: Audience): ScenarioEntry[] {
  if (audience === 'compared') return state.compared
  return state.active ? [state.active] : []
}

function groupedSources(sources: Readonly<Record<string, readonly Source[]>>): DeckInput['areaSources'] {
  const byCitation = new Map<string, string[]>()
  for (const [parameter, list] of Object.entries(sources)) {
    for (const source of list) {
      const key = citation(source)
      byCitation.set(key, [...(byCitation.get(key) ?? []), parameter])
    }
  }
  return [...byCitation].map(([text, parameters]) => ({ citation: text, parameters }))
}

/** The deck's input, or undefined until the baseline and every chosen scenario have run. */
export function deckInput(state: AppState, audience: Audience, date = new Date()): DeckInput | undefined {
  const area = state.area
  const catalogue = state.catalogue
  const ctx = figureContext(state)
  const settings = settingsContext(state)
  const baselineView = state.baselineRun
  if (!area || !catalogue || !ctx || !settings || !baselineView) return undefined
  const entries = audienceEntries(state, audience)
  const scenarios: ChartRun[] = []
  for (const [i, entry] of entries.entries()) {
    const view = state.run(entry.id)
    if (!view) return undefined
    scenarios.push(scenarioRun(entry, i, view, state.uncertainty?.bands(entry.id)))
  }
  return {
    areaName: area.name,
    baseYear: area.baseYear,
    startTime: catalogue.startTime,
    stopTime: catalogue.stopTime,
    currency: ctx.currency,
    model: `${catalogue.modelName} ${catalogue.modelVersion}`,
    date,
    ctx,
    settings,
    baseline: { ...baselineRun(baselineView), bands: state.uncertainty?.bands(baselineKey(area.id)) },
    scenarios,
    scenarioRecords: entries.map((e) => e.scenario),
    files: entries.map((e) => ({
      name: e.scenario.name,
      fileName: `${slug(e.scenario.name)}.json`,
      text: state.exportText(e.id) ?? '',
    })),
    edits: areaEditsInWords(state),
    footnote: assumptionsFootnote(state, entries),
    areaSources: groupedSources(area.sources),
  }
}
