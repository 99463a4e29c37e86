// The analyst's edits to an area's baseline figures, as the app applies them: a value the model
// cannot take is refused, one outside its sourced range waits for the analyst's confirmation, each
// accepted change is one undoable step, and every scenario of the area reruns on the new baseline.
// The stored edits themselves live in area-baselines.ts; this is what the app does with them.
import type { AreaEditRange } from '../../model/care/area-edit-range'
import { baselineValue } from '../../model/care/lever-input'
import type { AppState } from './app-state'
import type { AreaBaselines } from './area-baselines'
import { type EditedParameter, refusedEditText } from './change-notes'

interface AreaEditState {
  edits: Record<string, number>
  confirmed: string[]
}

export class AreaEditing {
  /** The area parameter edited last, to name when a run fails. */
  lastEdited?: string

  constructor(
    private readonly app: AppState,
    private readonly baselines: AreaBaselines,
  ) {}

  edits(areaId: string): Record<string, number> {
    return this.baselines.of(areaId).edits
  }

  confirmedOutsideRange(areaId: string): string[] {
    return this.baselines.of(areaId).confirmed
  }

  range(areaId: string, name: string): AreaEditRange | undefined {
    return this.baselines.range(areaId, name)
  }

  described(areaId: string): EditedParameter[] {
    const area = this.app.catalogue?.areas.find((a) => a.id === areaId)
    if (!area) return []
    return this.baselines.described(area, (name) => this.app.parameter(name)?.value ?? Number.NaN)
  }

  /** A lever's or parameter's baseline value in the current area, after the analyst's edits. */
  baselineValue(name: string): number {
    const area = this.app.area
    const modelDefault = this.app.parameter(name)?.value ?? Number.NaN
    // A lever that starts from a base-year figure follows the analyst's edit of that figure.
    const fact = this.app.catalogue?.levers.find((lever) => lever.name === name)?.baseYearFact
    return area ? baselineValue(name, area, this.edits(area.id), modelDefault, fact) : modelDefault
  }

  /** See AppState.setAreaParameter. */
  set(name: string, value: number | undefined, confirm: boolean): boolean {
    const app = this.app
    const area = app.area
    if (!area) return false
    const before = this.state(area.id)
    const { outcome, saving } = this.baselines.set(area, name, value, confirm)
    if (!outcome.ok) {
      app.refusedEdit = outcome.needsConfirmation
        ? { areaId: area.id, name, value: value as number }
        : undefined
      app.say({ kind: 'error', text: refusedEditText(name, outcome) })
      return false
    }
    if (saving) app.persist(saving)
    if (app.refusedEdit?.name === name) app.refusedEdit = undefined
    // The notice refusing an earlier value of this parameter no longer holds.
    if (app.notice?.text.startsWith(`‘${name}’:`)) app.notice = undefined
    this.lastEdited = name
    this.record(area.id, `Edit ${name}`, before)
    app.rerun()
    return true
  }

  /** Puts an area's baseline edits in place (an import, a shared link's, undo), saving them. */
  replace(areaId: string, edits: Record<string, number>, confirmed: string[], label: string): void {
    const before = this.state(areaId)
    this.app.persist(this.baselines.replace(areaId, { edits: { ...edits }, confirmed: [...confirmed] }))
    this.record(areaId, label, before)
    this.app.rerun()
  }

  private state(areaId: string): AreaEditState {
    return { edits: { ...this.edits(areaId) }, confirmed: [...this.confirmedOutsideRange(areaId)] }
  }

  /** One undoable step from `before` to the area's edits as they now are. */
  private record(areaId: string, label: string, before: AreaEditState): void {
    const restore = (state: AreaEditState) => {
      this.app.setArea(areaId)
      this.replace(areaId, state.edits, state.confirmed, label)
    }
    this.app.history.recordValues(label, `area:${areaId}:${label}`, before, this.state(areaId), restore)
  }
}
