// Collects plan entries while equations are resolved, handing out slots after the outputs for the
// synthetic values that stateful functions need.
import type { GraphicalFunction } from '../ir'
import type { Expr } from './expr'
import type { DelayEntry, Entry } from './plan'

export class PlanBuilder {
  readonly entries: Entry[] = []
  readonly tables: GraphicalFunction[] = []
  private nextSlot: number
  private delayCount = 0

  constructor(outputSlotCount: number) {
    this.nextSlot = outputSlotCount
  }

  get slotCount(): number {
    return this.nextSlot
  }

  allocateSlot(): number {
    return this.nextSlot++
  }

  add(entry: Entry): void {
    this.entries.push(entry)
  }

  addTable(table: GraphicalFunction): number {
    this.tables.push(table)
    return this.tables.length - 1
  }

  /** A slot holding `value`: the expression's own slot when it is a plain reference. */
  slotHolding(value: Expr, owner: { variable: string; label: string }): number {
    if (value.type === 'slot') return value.slot
    const slot = this.allocateSlot()
    this.add({ role: 'aux', slot, value, nonNegative: false, ...owner })
    return slot
  }

  addDelay(
    fields: Omit<DelayEntry, 'role' | 'delay' | 'stepsSlot' | 'initialSlot' | 'pendingSlot'>,
  ): DelayEntry {
    const entry: DelayEntry = {
      role: 'delay',
      delay: this.delayCount++,
      stepsSlot: this.allocateSlot(),
      initialSlot: this.allocateSlot(),
      pendingSlot: this.allocateSlot(),
      ...fields,
    }
    this.add(entry)
    return entry
  }
}
