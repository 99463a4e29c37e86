// The scenario open and the scenarios ticked to compare, kept per area, so switching to another
// area and back finds them as the analyst left them, after a reload too.
import type { ScenarioStore } from '../storage/scenario-store'

export interface Selection {
  activeId: string
  compareIds: string[]
}

const KEY = 'selections'

export class AreaSelections {
  private byArea: Record<string, Selection> = {}

  constructor(private readonly store: Pick<ScenarioStore, 'setting' | 'saveSetting'>) {}

  /** Reads the selections; one saved before they were kept per area becomes `areaId`'s. */
  async load(areaId: string): Promise<void> {
    const saved = await this.store.setting<Record<string, Selection>>(KEY)
    if (saved) {
      this.byArea = saved
      return
    }
    const activeId = (await this.store.setting<string>('activeId')) ?? ''
    const compareIds = (await this.store.setting<string[]>('compareIds')) ?? []
    this.byArea = { [areaId]: { activeId, compareIds } }
  }

  of(areaId: string): Selection {
    return this.byArea[areaId] ?? { activeId: '', compareIds: [] }
  }

  set(areaId: string, selection: Selection): Promise<void> {
    this.byArea = {
      ...this.byArea,
      [areaId]: { activeId: selection.activeId, compareIds: [...selection.compareIds] },
    }
    return this.store.saveSetting(KEY, this.byArea)
  }
}
