// Puts plan entries in evaluation order. At the start of a run everything is computed once from
// the initial equations; during a run only the auxiliaries that can change are recomputed, after
// stocks, memory and delays, which is what breaks feedback loops. A loop that no stock breaks is an
// algebraic loop, reported with the names of the variables in it.
import { ModelError } from '../errors'
import { type Expr, references } from './expr'
import type { AuxEntry, DelayEntry, Entry, Plan, StockEntry } from './plan'

export interface Ordering {
  /** Every non-constant entry, in an order where each comes after what its initial value reads. */
  initial: Entry[]
  /** The auxiliaries that change during a run and that the dynamics read, in dependency order. */
  rates: AuxEntry[]
  /**
   * The auxiliaries that change during a run but that nothing integrated or remembered reads (totals,
   * ratios, copies of other values): computed only at the steps whose results are saved.
   */
  reports: AuxEntry[]
  /**
   * Slots whose auxiliary is a plain copy of another slot (`a = b`), read as that slot: the copy is
   * then needed only when results are saved.
   */
  readAs: Map<number, number>
  stocks: StockEntry[]
  /** PREVIOUS slots and delay buffers: their inputs are captured and committed at each step. */
  records: Entry[]
  /**
   * Auxiliaries computed once at the start because they read only constants (and each other), in
   * dependency order. A run that gives some constants time series recomputes, each step, those of
   * them that read such a constant (see `parametricReaders`).
   */
  parametric: AuxEntry[]
  /** Slot of a constant or of a parametric auxiliary -> positions in `parametric` that read it. */
  parametricReaders: Map<number, number[]>
}

function initialExpressions(entry: Entry): Expr[] {
  switch (entry.role) {
    case 'aux':
      return [entry.value]
    case 'stock':
    case 'memory':
      return [entry.initial]
    case 'delay':
      return [entry.delayTime, entry.initial]
    default:
      return []
  }
}

/**
 * Depth-first topological sort, with an explicit stack so that a chain of any length (200,000
 * variables, written in any order) sorts without recursion. A back edge is a loop, reported by the
 * labels on it.
 */
function sortByDependencies(
  nodes: Entry[],
  dependenciesOf: (entry: Entry) => Entry[],
  what: string,
): Entry[] {
  const sorted: Entry[] = []
  const state = new Map<Entry, 'visiting' | 'done'>()
  const stack: Array<{ entry: Entry; dependencies: Entry[]; next: number }> = []
  const enter = (entry: Entry) => {
    state.set(entry, 'visiting')
    stack.push({ entry, dependencies: dependenciesOf(entry), next: 0 })
  }
  for (const root of nodes) {
    if (state.has(root)) continue
    enter(root)
    while (stack.length) {
      const top = stack[stack.length - 1]
      if (top.next === top.dependencies.length) {
        stack.pop()
        state.set(top.entry, 'done')
        sorted.push(top.entry)
        continue
      }
      const dependency = top.dependencies[top.next++]
      const seen = state.get(dependency)
      if (seen === 'done') continue
      if (seen === 'visiting') {
        const loop = stack.slice(stack.findIndex((frame) => frame.entry === dependency)).map((f) => f.entry)
        const names = [...new Set(loop.map((e) => e.label))]
        const kind = loop.every((e) => e.role === 'aux') ? 'algebraic loop' : what
        throw new ModelError({
          variable: dependency.variable,
          message: `${kind}: ${[...names, names[0]].join(' -> ')}`,
        })
      }
      enter(dependency)
    }
  }
  return sorted
}

export function orderPlan(plan: Plan): Ordering {
  const ownerOfSlot = new Map<number, Entry>()
  const delays = new Map<number, DelayEntry>()
  for (const entry of plan.entries) {
    if (entry.role === 'delay') {
      delays.set(entry.delay, entry)
      ownerOfSlot.set(entry.stepsSlot, entry)
      ownerOfSlot.set(entry.initialSlot, entry)
    } else {
      ownerOfSlot.set(entry.slot, entry)
    }
  }
  const readsOf = (expressions: Expr[]): Entry[] => {
    const read: Entry[] = []
    for (const expression of expressions) {
      const refs = references(expression)
      for (const slot of refs.slots) {
        const owner = ownerOfSlot.get(slot)
        if (owner && owner.role !== 'constant') read.push(owner)
      }
      for (const delay of refs.delays) read.push(delays.get(delay)!)
    }
    return read
  }

  const nonConstant = plan.entries.filter((entry) => entry.role !== 'constant')
  const initial = sortByDependencies(
    nonConstant,
    (entry) => readsOf(initialExpressions(entry)),
    'circular definition of initial values',
  )

  // An auxiliary varies during a run when it reads time, state, or something that varies.
  const varying = new Set<Entry>()
  for (const entry of initial) {
    if (entry.role === 'stock' || entry.role === 'delay') varying.add(entry)
    else if (entry.role === 'memory' && entry.recordFrom !== undefined) varying.add(entry)
    else if (entry.role === 'aux') {
      const refs = references(entry.value)
      const readsVarying =
        refs.usesTime ||
        refs.delays.size > 0 ||
        [...refs.slots].some((slot) => varying.has(ownerOfSlot.get(slot)!))
      if (readsVarying) varying.add(entry)
    }
  }

  const rateNodes = initial.filter((entry): entry is AuxEntry => entry.role === 'aux' && varying.has(entry))
  const rates = sortByDependencies(
    rateNodes,
    (entry) =>
      readsOf([(entry as AuxEntry).value]).filter((read) => read.role === 'aux' && varying.has(read)),
    'algebraic loop',
  ) as AuxEntry[]

  const { dynamics, reports, readAs } = splitRates(rates, plan.entries)

  const parametric = initial.filter((entry): entry is AuxEntry => entry.role === 'aux' && !varying.has(entry))
  const parametricReaders = new Map<number, number[]>()
  parametric.forEach((entry, position) => {
    for (const slot of references(entry.value).slots) {
      const readers = parametricReaders.get(slot)
      if (readers) readers.push(position)
      else parametricReaders.set(slot, [position])
    }
  })

  const stocks = plan.entries.filter((entry): entry is StockEntry => entry.role === 'stock')
  const records = plan.entries.filter(
    (entry) => entry.role === 'delay' || (entry.role === 'memory' && entry.recordFrom !== undefined),
  )
  return { initial, rates: dynamics, reports, stocks, records, parametric, parametricReaders, readAs }
}

/**
 * The rates the dynamics need (those a stock's derivative or a PREVIOUS or DELAY input reads, through
 * any chain of auxiliaries) and the rest, which only saved results show. A copy `a = b` is read as
 * `b` wherever a step reads it: within a step, before anything moves, the two are equal.
 */
function splitRates(
  rates: AuxEntry[],
  entries: readonly Entry[],
): { dynamics: AuxEntry[]; reports: AuxEntry[]; readAs: Map<number, number> } {
  const readAs = new Map<number, number>()
  for (const entry of rates) {
    if (entry.value.type !== 'slot' || entry.nonNegative) continue
    const source = entry.value.slot
    readAs.set(entry.slot, readAs.get(source) ?? source)
  }
  const read = (slot: number) => readAs.get(slot) ?? slot
  const bySlot = new Map(rates.map((entry) => [entry.slot, entry]))
  const needed = new Set<number>()
  const pending: number[] = []
  const need = (slot: number) => {
    const target = read(slot)
    if (bySlot.has(target) && !needed.has(target)) {
      needed.add(target)
      pending.push(target)
    }
  }
  for (const entry of entries) {
    if (entry.role === 'stock') for (const slot of references(entry.derivative).slots) need(slot)
    else if (entry.role === 'delay') need(entry.inputSlot)
    else if (entry.role === 'memory' && entry.recordFrom !== undefined) need(entry.recordFrom)
  }
  while (pending.length) for (const slot of references(bySlot.get(pending.pop()!)!.value).slots) need(slot)
  return {
    dynamics: rates.filter((entry) => needed.has(entry.slot)),
    reports: rates.filter((entry) => !needed.has(entry.slot)),
    readAs,
  }
}
