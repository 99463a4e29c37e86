// The analyst's edits to each area's baseline, as this tab holds them: the values, the parameters
// confirmed outside their plausible range, the check of a new value (the same rule the worker and
// the CLI apply, with the same words), saving field by field, and other tabs' edits arriving.
import { type AreaEditRange, type AreaEdits, areaEditRangeProblem } from '../../model/care/area-edit-range'
import type { Area } from '../../model/care/types'
import { applyChanges, fieldKey } from '../storage/field-changes'
import type { ScenarioStore, StoredAreaEdits } from '../storage/scenario-store'
import type { EditedParameter } from './change-notes'

const EMPTY: StoredAreaEdits = { edits: {}, confirmed: [] }

export type EditOutcome = { ok: true } | { ok: false; problem: string; needsConfirmation: boolean }

export class AreaBaselines {
  private byArea: Record<string, StoredAreaEdits> = {}

  constructor(
    private readonly store: Pick<ScenarioStore, 'areaEdits' | 'saveAreaEdits' | 'pendingAreaChanges'>,
    private readonly ranges: () => Record<string, Record<string, AreaEditRange>>,
  ) {}

  /**
   * Reads the stored edits. `renamed` maps old parameter names to new ones: an edit stored under
   * an old name (care model 0.4 kept a lever's base-year value under the lever's own name, e.g.
   * `acute beds`; now `acute beds at start` is the base-year figure) moves to the new name, unless
   * the new one is edited too, and is saved so. Returns the names moved and the saving.
   */
  async load(
    renamed: Readonly<Record<string, string>> = {},
  ): Promise<{ moved: string[]; saving: Promise<void> }> {
    this.byArea = await this.store.areaEdits()
    const moved: string[] = []
    const savings: Promise<void>[] = []
    for (const [areaId, stored] of Object.entries(this.byArea)) {
      const old = Object.keys(stored.edits).filter(
        (name) => renamed[name] && !(renamed[name] in stored.edits),
      )
      if (!old.length) continue
      const edits = { ...stored.edits }
      const confirmed = [...stored.confirmed]
      for (const name of old) {
        edits[renamed[name]] = edits[name]
        delete edits[name]
        const at = confirmed.indexOf(name)
        if (at >= 0) confirmed[at] = renamed[name]
        moved.push(`‘${name}’ → ‘${renamed[name]}’`)
      }
      savings.push(this.replace(areaId, { edits, confirmed }))
    }
    return { moved, saving: Promise.all(savings).then(() => undefined) }
  }

  of(areaId: string): StoredAreaEdits {
    return this.byArea[areaId] ?? EMPTY
  }

  /** As files and runs carry them. */
  asAreaEdits(areaId: string): AreaEdits {
    const { edits, confirmed } = this.of(areaId)
    return { edits: { ...edits }, confirmedOutsideRange: confirmed.filter((name) => name in edits) }
  }

  range(areaId: string, name: string): AreaEditRange | undefined {
    return this.ranges()[areaId]?.[name]
  }

  /**
   * Sets one parameter (undefined: back to the sourced value), or says why not. `confirm` records
   * the analyst's "outside the sourced range, I know" for this parameter.
   */
  set(
    area: Area,
    name: string,
    value: number | undefined,
    confirm = false,
  ): { outcome: EditOutcome; saving?: Promise<void> } {
    const current = this.of(area.id)
    const edits = { ...current.edits }
    let confirmed = current.confirmed.filter((n) => n !== name)
    if (value === undefined) delete edits[name]
    else {
      const range = this.range(area.id, name)
      if (!range)
        return { outcome: { ok: false, problem: 'not a parameter of this area', needsConfirmation: false } }
      const impossible = areaEditRangeProblem(range, area, edits, value, true)
      if (impossible) return { outcome: { ok: false, problem: impossible, needsConfirmation: false } }
      const isConfirmed = confirm || current.confirmed.includes(name)
      const implausible = areaEditRangeProblem(range, area, edits, value, false)
      if (implausible && !isConfirmed)
        return { outcome: { ok: false, problem: implausible, needsConfirmation: true } }
      edits[name] = value
      // A confirmation is kept only while the value needs it.
      if (implausible) confirmed = [...confirmed, name]
    }
    return { outcome: { ok: true }, saving: this.replace(area.id, { edits, confirmed }) }
  }

  /** Puts a whole set of edits in place (an import, a reset), saving the fields that change. */
  replace(areaId: string, next: StoredAreaEdits): Promise<void> {
    const previous = this.of(areaId)
    this.byArea = { ...this.byArea, [areaId]: next }
    return this.store.saveAreaEdits(areaId, previous, next)
  }

  /** Another tab changed the area: show what is stored, this tab's unsaved changes on top. */
  hear(areaId: string, stored: StoredAreaEdits): boolean {
    const pending = this.store.pendingAreaChanges(areaId)
    const latest = new Map(pending.map((change) => [fieldKey(change.path), change]))
    const fields = applyChanges(
      { edits: stored.edits, confirmed: Object.fromEntries(stored.confirmed.map((n) => [n, true])) },
      [...latest.values()],
    )
    const next = {
      edits: fields.edits,
      confirmed: Object.keys(fields.confirmed).filter((n) => fields.confirmed[n]),
    }
    const changed = JSON.stringify(next) !== JSON.stringify(this.of(areaId))
    this.byArea = { ...this.byArea, [areaId]: next }
    return changed
  }

  /** Each edited parameter with its sourced value, for footnotes, slides and notices. */
  described(area: Area, modelDefault: (name: string) => number): EditedParameter[] {
    const { edits, confirmed } = this.of(area.id)
    return Object.keys(edits)
      .sort((a, b) => a.localeCompare(b))
      .map((name) => ({
        name,
        sourced: area.parameters[name] ?? modelDefault(name),
        edited: edits[name],
        confirmedOutside: confirmed.includes(name),
      }))
  }
}
