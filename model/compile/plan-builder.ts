// Collects plan entries while equations are resolved, handing out slots after the outputs for the
// synthetic values that stateful functions need.
import type { GraphicalFunction } from '../ir'
import { count, DEFAULT_LIMITS, LimitError, type Limits } from '../limits'
import type { Expr } from './expr'
import type { DelayEntry, Entry } from './plan'

export class PlanBuilder {
  readonly entries: Entry[] = []
  readonly tables: GraphicalFunction[] = []
  private nextSlot: number
  private delayCount = 0
  private nodeCount = 0

  constructor(
    outputSlotCount: number,
    private readonly limits: Pick<Limits, 'expressionNodes'> = DEFAULT_LIMITS,
  ) {
    this.nextSlot = outputSlotCount
  }

  /** Counts one node of a resolved equation, so that array expansion cannot grow without bound. */
  countNode(variable: string): void {
    if (++this.nodeCount <= this.limits.expressionNodes) return
    throw new LimitError('expressionNodes', {
      variable,
      what:
        `the model's equations, with their arrays expanded, are more than the limit of ` +
        `${count(this.limits.expressionNodes)} terms`,
      advice:
        'sum an array once into an auxiliary and use that, rather than summing it in every element of another array',
    })
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
