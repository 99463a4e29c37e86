// Changes to the analyst's own scenarios: new from the baseline, copies, names, descriptions and
// lever moves. Names and descriptions are held to their limits (a refused one leaves the scenario
// as it was and says why), and each change is one undoable step that reopens its scenario.
import { textFieldProblem } from '../../model/care/scenario-limits'
import type { LeverValue, Scenario } from '../../model/care/types'
import { uniqueName } from '../storage/saved-scenario'
import type { AppState } from './app-state'
import type { SavedScenarios } from './saved-scenarios'
import { baselineScenario } from './scenario-entry'

export class ScenarioEditing {
  constructor(
    private readonly app: AppState,
    private readonly saved: SavedScenarios,
  ) {}

  /** A new scenario with every lever at the area's baseline; returns its id. */
  createFromBaseline(name: string): string {
    const area = this.app.area
    if (!area) return ''
    const scenario = baselineScenario(area.id, area.name)
    scenario.name = this.nameInArea(name)
    scenario.description = `Starts from the ${area.name} baseline.`
    return this.app.add(scenario)
  }

  duplicate(id: string): string {
    const source = this.app.entry(id)
    if (!source) return ''
    const copy = structuredClone(source.scenario)
    copy.name = this.nameInArea(`${source.scenario.name} (copy)`)
    return this.app.add(copy)
  }

  rename(id: string, name: string): void {
    const trimmed = name.trim()
    if (trimmed && this.withinLimit('name', trimmed))
      this.update(id, (s) => ({ ...s, name: trimmed }), { label: 'Rename', key: `name:${id}` })
  }

  describe(id: string, description: string): void {
    // Scenario files require a description, so an emptied one keeps a placeholder that says so.
    const text = description.trim() || 'No description yet.'
    const undo = { label: 'Edit the description', key: `text:${id}` }
    if (this.withinLimit('description', text)) this.update(id, (s) => ({ ...s, description: text }), undo)
  }

  setLever(id: string, name: string, value: LeverValue | undefined): void {
    const undo = { label: `Move ${name}`, key: `lever:${id}:${name}` }
    this.update(
      id,
      (s) => {
        const levers = { ...s.levers }
        if (value === undefined) delete levers[name]
        else levers[name] = value
        return { ...s, levers }
      },
      undo,
    )
  }

  private nameInArea(wanted: string): string {
    return uniqueName(
      wanted,
      this.app.entries.map((e) => e.scenario.name),
    )
  }

  private update(
    id: string,
    change: (scenario: Scenario) => Scenario,
    undo?: { label: string; key: string },
  ): void {
    const before = this.saved.find(id)?.scenario
    const saving = this.saved.update(id, change)
    if (!saving || !before) return
    this.app.persist(saving)
    const after = this.saved.find(id)?.scenario
    if (undo && after) {
      const restore = (scenario: Scenario) => {
        this.app.open(id)
        this.update(id, () => scenario)
      }
      const alive = () => this.saved.find(id) !== undefined
      this.app.history.recordValues(undo.label, undo.key, before, after, restore, alive)
    }
    this.app.rerun()
  }

  private withinLimit(field: 'name' | 'description', text: string): boolean {
    const problem = textFieldProblem(field, text)
    if (problem) this.app.say({ kind: 'error', text: `The ${field} was not changed: ${problem.message}.` })
    return !problem
  }
}
