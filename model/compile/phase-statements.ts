// The statements of each phase of a step, written over slots named one way or another: the state
// vector (`v[3]`, for the phase functions and RK4) or locals (`x3`, for the fused Euler loop).
import type { ClockConstants } from './builtins'
import type { Expr } from './expr'
import { expressionSource, type SlotName } from './expression-source'
import type { Ordering } from './order'
import type { AuxEntry, StockEntry } from './plan'

export interface PhaseStatements {
  source(expr: Expr): string
  aux(entry: AuxEntry): string
  clamp(entry: StockEntry): string
  /** The auxiliaries the dynamics read, in dependency order. */
  rates: string[]
  /** The auxiliaries only saved results show: computed just before saving. */
  reports: string[]
  /** For each position in `list`, the parametric auxiliary it names, recomputed. */
  refresh: string[]
  /** Every derivative into a local before any stock moves (synthetic stocks read each other), then the update. */
  eulerStep: string[]
  capture: string[]
  commit: string[]
}

export function phaseStatements(ordering: Ordering, clock: ClockConstants, slot: SlotName): PhaseStatements {
  // Within a step a copy `a = b` is read as `b` (order.ts); values are written to their own slots.
  const read: SlotName = (target) => slot(ordering.readAs.get(target) ?? target)
  const source = (expr: Expr) => expressionSource(expr, clock, read)
  const aux = (entry: AuxEntry) =>
    entry.nonNegative
      ? `${slot(entry.slot)} = Math.max(0, ${source(entry.value)});`
      : `${slot(entry.slot)} = ${source(entry.value)};`
  const clamp = (entry: StockEntry) =>
    entry.nonNegative ? ` if (${slot(entry.slot)} < 0) ${slot(entry.slot)} = 0;` : ''
  return {
    source,
    aux,
    clamp,
    rates: ordering.rates.map(aux),
    reports: ordering.reports.map(aux),
    // One case per parametric auxiliary: a run with time series recomputes those its series reach.
    refresh: [
      'for (let i = 0; i < list.length; i++) {',
      '  switch (list[i]) {',
      ...ordering.parametric.map((entry, i) => `    case ${i}: ${aux(entry)} break;`),
      '  }',
      '}',
    ],
    eulerStep: [
      ...ordering.stocks.map((entry, i) => `const d${i} = ${source(entry.derivative)};`),
      ...ordering.stocks.map((entry, i) => `${slot(entry.slot)} += dt * d${i};${clamp(entry)}`),
    ],
    // PREVIOUS and DELAY take their inputs as the step's rates left them (`capture`), and pass them
    // on only after the step is integrated (`commit`): integration, and every RK4 stage's rates,
    // read last step's memory and this step's delay output, whatever nests inside what.
    capture: ordering.records.flatMap((entry) => {
      if (entry.role === 'delay') return [`${slot(entry.pendingSlot)} = ${read(entry.inputSlot)};`]
      if (entry.role === 'memory' && entry.pendingSlot !== undefined && entry.recordFrom !== undefined)
        return [`${slot(entry.pendingSlot)} = ${read(entry.recordFrom)};`]
      return []
    }),
    commit: ordering.records.flatMap((entry) => {
      if (entry.role === 'delay')
        return [`buffers[${entry.delay}][n % ${slot(entry.stepsSlot)}] = ${slot(entry.pendingSlot)};`]
      if (entry.role === 'memory' && entry.pendingSlot !== undefined)
        return [`${slot(entry.slot)} = ${slot(entry.pendingSlot)};`]
      return []
    }),
  }
}
