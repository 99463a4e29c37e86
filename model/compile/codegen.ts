// Generates JavaScript from the validated Expr trees: one function per phase over a Float64Array
// of slots. Only numbers, slot indices and fixed helper names reach the source text; no text from
// a model file does, so a malicious equation cannot inject code.
import { type ClockConstants, RUNTIME_HELPERS } from './builtins'
import { DRIVER_SOURCE, STATE_VECTOR_EULER } from './driver-source'
import { inStateVector } from './expression-source'
import { type FusedLayout, fusedEulerSource } from './fused-euler'
import type { FollowedSeries, LookupTable } from './lookup-table'
import type { Ordering } from './order'
import { phaseStatements } from './phase-statements'

/** A constant following a time series during a run: a continuous graphical function of time. */
export interface ConstantSeries extends FollowedSeries {
  slot: number
}

/** What one run gives the generated integration loop besides the state. */
export interface DriverRun {
  start: number
  dt: number
  steps: number
  saveEvery: number
  /** Saved times: the length of each output's row in `out`. */
  savedCount: number
  /** Slots of the outputs to save, in order; null for every output (slots 0..outputCount-1). */
  outputSlots: Int32Array | null
  /** Constants given time series; null when the run has none. */
  series: ConstantSeries[] | null
  /** Positions in `Ordering.parametric` to recompute, in order, whenever the series move. */
  refreshList: Int32Array
}

/** Runs the whole integration loop, filling `out`; returns the sum of the saved values (NaN if one is). */
export type Driver = (
  v: Float64Array,
  dv: Float64Array,
  out: Float64Array,
  tables: readonly LookupTable[],
  buffers: Float64Array[],
  run: DriverRun,
) => number

/** Signatures of the generated functions. */
export interface PhaseFunctions {
  /** Every initial value; `maxSteps` bounds the length of fixed delays. */
  initialize(
    v: Float64Array,
    tables: readonly LookupTable[],
    buffers: Float64Array[],
    t: number,
    dt: number,
    maxSteps: number,
  ): void
  euler: Driver
  rk4: Driver
}

export function generateSource(ordering: Ordering, clock: ClockConstants, layout: FusedLayout): string {
  const { outputCount } = layout
  const phase = phaseStatements(ordering, clock, inStateVector)
  const v = inStateVector
  // At the start, a delay's output is its initial value (n = 0 is before any input came through).
  const initialize: string[] = ['const n = 0;']
  for (const entry of ordering.initial) {
    if (entry.role === 'aux') initialize.push(phase.aux(entry))
    else if (entry.role === 'stock' || entry.role === 'memory')
      initialize.push(`${v(entry.slot)} = ${phase.source(entry.initial)};`)
    else if (entry.role === 'delay') {
      initialize.push(
        `${v(entry.stepsSlot)} = delaySteps(${phase.source(entry.delayTime)}, dt, maxSteps);`,
        `buffers[${entry.delay}] = new Float64Array(${v(entry.stepsSlot)});`,
        `${v(entry.initialSlot)} = ${phase.source(entry.initial)};`,
      )
    }
  }
  const derivatives = ordering.stocks.map((entry, i) => `dv[${i}] = ${phase.source(entry.derivative)};`)
  const update = ordering.stocks.map((entry, i) => `${v(entry.slot)} += dt * dv[${i}];${phase.clamp(entry)}`)

  // Every output is saved into its own row of `out`. `saveAll` also returns the sum of what it
  // saved: one NaN anywhere makes the sum NaN, which lets the run check for NaN without a second
  // pass. Four partial sums keep the additions from waiting on each other.
  const saveAll = [
    'let p0 = 0, p1 = 0, p2 = 0, p3 = 0;',
    ...Array.from({ length: outputCount }, (_, i) => `p${i % 4} += (out[${i} * count + k] = v[${i}]);`),
    'return p0 + p1 + p2 + p3;',
  ]
  const stockSlots = ordering.stocks.map((entry) => entry.slot)
  const getStocks = stockSlots.map((slot, i) => `base[${i}] = v[${slot}];`)
  const setStocks = stockSlots.map((slot, i) => `v[${slot}] = base[${i}] + h * k[${i}];`)

  const body = (lines: string[]) => lines.map((line) => `  ${line}`)
  const fn = (signature: string, lines: string[]) => [`function ${signature} {`, ...body(lines), '}']
  const fused = fusedEulerSource(ordering, clock, layout)
  return [
    '"use strict";',
    `const { ${Object.keys(RUNTIME_HELPERS).join(', ')} } = helpers;`,
    ...fn('initialize(v, tables, buffers, t, dt, maxSteps)', initialize),
    ...fn('rates(v, tables, buffers, t, dt, n)', phase.rates),
    ...fn('reports(v, tables, buffers, t, dt, n)', phase.reports),
    ...fn('refresh(v, tables, t, dt, list)', phase.refresh),
    ...fn('derivatives(v, dv, tables, buffers, t, dt, n)', derivatives),
    ...fn('eulerStep(v, tables, buffers, t, dt, n)', phase.eulerStep),
    ...fn('update(v, dv, dt)', update),
    ...fn('capture(v)', phase.capture),
    ...fn('commit(v, buffers, n)', phase.commit),
    ...fn('saveAll(v, out, k, count)', saveAll),
    ...fn('getStocks(v, base)', getStocks),
    ...fn('setStocks(v, base, h, k)', setStocks),
    DRIVER_SOURCE,
    // Euler in one function over locals where the model is small enough (fused-euler.ts); the
    // loop over the state vector otherwise.
    fused ?? STATE_VECTOR_EULER,
    'return { initialize, euler, rk4 };',
  ].join('\n')
}
