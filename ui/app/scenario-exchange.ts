// Work leaving the app: a scenario's file, a share link, the whole workspace as a project file,
// each carrying the edits to the area's baseline the scenarios run on, so a colleague gets the same
// numbers. (Work coming in is file-import.ts.)
import { projectFileText } from '../../model/care/project-text'
import { uniqueName } from '../storage/saved-scenario'
import { shareUrl } from '../storage/share-link'
import type { AppState } from './app-state'
import type { AreaBaselines } from './area-baselines'
import type { SavedScenarios } from './saved-scenarios'
import { scenarioFileText } from './scenario-entry'

export class ScenarioExchange {
  constructor(
    private readonly app: AppState,
    private readonly saved: SavedScenarios,
    private readonly baselines: AreaBaselines,
  ) {}

  /** The scenario's file, with the edits to its area's baseline it runs on. */
  fileText(id: string): string | undefined {
    const entry = this.app.entry(id)
    return entry
      ? scenarioFileText(entry.scenario, this.baselines.asAreaEdits(entry.scenario.area))
      : undefined
  }

  /** A link carrying the scenario and its area's baseline edits, or a notice saying it is too large. */
  shareLink(id: string, pageUrl: string): string | undefined {
    const text = this.fileText(id)
    if (text === undefined) return undefined
    const link = shareUrl(pageUrl, text)
    if (typeof link === 'string') return link
    this.app.say({ kind: 'error', text: link.problem })
    return undefined
  }

  /** The whole workspace as a project file: every area's edits and every saved scenario. */
  projectText(): string {
    const areas = this.app.catalogue?.areas ?? []
    return projectFileText({
      areaEdits: Object.fromEntries(areas.map((area) => [area.id, this.baselines.asAreaEdits(area.id)])),
      scenarios: this.saved.all.map((s) => s.scenario),
    })
  }

  /** A name not yet taken in `areaId`: the wanted one, or `Name (2)`... */
  freeName(wanted: string, areaId: string): string {
    const taken = [
      ...(this.app.catalogue?.scenarios ?? [])
        .filter((s) => s.scenario.area === areaId)
        .map((s) => s.scenario.name),
      ...this.saved.all.filter((s) => s.scenario.area === areaId).map((s) => s.scenario.name),
    ]
    return uniqueName(wanted, taken)
  }
}
