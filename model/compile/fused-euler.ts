// The Euler loop as one function over locals: every slot of the state vector is read into a local
// (`x3` for `v[3]`) before the loop, and each step's rates, saving, integration and memory are
// written out inline over those locals. V8 keeps them in registers or on the stack, as a loop
// written by hand would, instead of loading and storing the state vector at every use: for small
// models this is what brings the engine close to a hand-written loop (npm run bench).
//
// A function with one local per slot is only sensible for a model of modest size. V8 optimizes no
// function of more than 60 KB of bytecode (`--max-optimized-bytecode-size`), and left unoptimized
// the fused loop is 20 times slower than the state vector loop; measured with models of growing
// size, the fused loop stops being optimized at about 60,000 characters of source, and is faster
// than the state vector loop only well below that. So beyond FUSED_MAX_SOURCE characters (or
// FUSED_MAX_SLOTS slots, before generating anything) the state vector loop (driver-source.ts) runs.
//
// Time series inputs are data here too: a switch sets the local of the constant each series drives,
// then `refresh`'s cases recompute the auxiliaries they reach, as locals.
import type { ClockConstants } from './builtins'
import type { SlotName } from './expression-source'
import type { Ordering } from './order'
import { phaseStatements } from './phase-statements'

/** Above this many slots, or this many characters of fused source, Euler runs over the state vector. */
export const FUSED_MAX_SLOTS = 500
export const FUSED_MAX_SOURCE = 24_000

const local: SlotName = (slot) => `x${slot}`

export interface FusedLayout {
  slotCount: number
  outputCount: number
  /** Slots of the constants a run may give a time series. */
  constantSlots: readonly number[]
  /** False to run Euler over the state vector whatever the model's size. */
  fused: boolean
}

export function fusedEulerSource(
  ordering: Ordering,
  clock: ClockConstants,
  layout: FusedLayout,
): string | undefined {
  if (!layout.fused || layout.slotCount > FUSED_MAX_SLOTS) return undefined
  const phase = phaseStatements(ordering, clock, local)
  const slots = Array.from({ length: layout.slotCount }, (_, slot) => slot)
  const outputs = slots.slice(0, layout.outputCount)
  const indent = (lines: string[], depth: number) => lines.map((line) => `${'  '.repeat(depth)}${line}`)
  const source = [
    'function euler(v, dv, out, tables, buffers, run) {',
    '  const start = run.start, dt = run.dt, steps = run.steps, saveEvery = run.saveEvery;',
    '  const count = run.savedCount, slots = run.outputSlots, series = run.series, list = run.refreshList;',
    ...(slots.length ? [`  let ${slots.map((slot) => `x${slot} = v[${slot}]`).join(', ')};`] : []),
    '  let untilSave = 0, saved = 0, probe = 0;',
    '  for (let n = 0; ; n++) {',
    '    const t = start + n * dt;',
    '    if (series !== null) {',
    '      for (let j = 0; j < series.length; j++) {',
    '        const value = followSeries(series[j], t);',
    '        switch (series[j].slot) {',
    ...layout.constantSlots.map((slot) => `          case ${slot}: x${slot} = value; break;`),
    '        }',
    '      }',
    ...indent(phase.refresh, 3),
    '    }',
    ...indent(phase.rates, 2),
    '    if (untilSave === 0) {',
    ...indent(phase.reports, 3),
    '      if (slots === null) {',
    '        let p0 = 0, p1 = 0, p2 = 0, p3 = 0;',
    ...outputs.map((slot) => `        p${slot % 4} += (out[${slot} * count + saved] = x${slot});`),
    '        probe += p0 + p1 + p2 + p3;',
    '      } else {',
    ...outputs.map((slot) => `        v[${slot}] = x${slot};`),
    '        probe += saveSelected(v, out, saved, count, slots);',
    '      }',
    '      saved++;',
    '      untilSave = saveEvery;',
    '    }',
    '    untilSave--;',
    '    if (n === steps) return probe;',
    ...indent(phase.capture, 2),
    '    {',
    ...indent(phase.eulerStep, 3),
    '    }',
    ...indent(phase.commit, 2),
    '  }',
    '}',
  ].join('\n')
  return source.length <= FUSED_MAX_SOURCE ? source : undefined
}
