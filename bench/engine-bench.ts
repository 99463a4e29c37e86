// Engine speed against two baselines measured in the same process: a hand-written JavaScript loop
// of each model (the goal: within 1.2x) and a naive engine interpreting mathjs trees every step.
import { readFileSync } from 'node:fs'
import { timeRuns } from '../cli/time-runs'
import { compile } from '../model/compile-model'
import type { Model } from '../model/ir'
import { readXmile } from '../model/xmile/read'
import { sirByHand, syntheticByHand, teacupByHand } from './hand-written'
import { NaiveEngine } from './naive-engine'
import { type Spread, spread, timeInRounds } from './rounds'
import { syntheticModel } from './synthetic-model'

export interface EngineBenchRow {
  model: string
  variables: number
  steps: number
  engineMicroseconds: Spread
  handWrittenMicroseconds: Spread
  /** Engine over hand-written, round by round (each round times both, one after the other). */
  ratio: Spread
  naiveMicroseconds: number
  /** Largest difference between the engine's outputs and the hand-written loop's. */
  maxDifference: number
}

interface Case {
  name: string
  model: Model
  byHand: () => Float64Array
  runs: number
  naiveRuns: number
}

function maxDifference(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY
  let worst = 0
  for (let i = 0; i < a.length; i++)
    worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])))
  return worst
}

function cases(): Case[] {
  const xmile = (file: string) => readXmile(readFileSync(new URL(file, import.meta.url), 'utf8'), file)
  return [
    {
      name: 'teacup',
      model: xmile('../tests/fixtures/test-models/samples/teacup/teacup.xmile'),
      byHand: teacupByHand,
      runs: 20_000,
      naiveRuns: 200,
    },
    { name: 'SIR', model: xmile('./models/sir.xmile'), byHand: sirByHand, runs: 5_000, naiveRuns: 20 },
    { name: 'synthetic-1000', model: syntheticModel(), byHand: syntheticByHand, runs: 200, naiveRuns: 2 },
  ]
}

/** Rounds alternate between the engine and the hand-written loop, so drift in load affects both alike. */
export function runEngineBench(rounds = 9): EngineBenchRow[] {
  return cases().map((c) => {
    const compiled = compile(c.model)
    const naive = new NaiveEngine(c.model)
    const engine = () => compiled.run()
    const times = timeInRounds(
      { engine: { action: engine, runs: c.runs }, handWritten: { action: c.byHand, runs: c.runs } },
      rounds,
    )
    const naiveTimes = [0, 1, 2].map(() => timeRuns(() => naive.run(), c.naiveRuns, 1))
    return {
      model: c.name,
      variables: compiled.names.length,
      steps: compiled.steps,
      engineMicroseconds: spread(times.engine),
      handWrittenMicroseconds: spread(times.handWritten),
      ratio: spread(times.engine.map((us, round) => us / times.handWritten[round])),
      naiveMicroseconds: spread(naiveTimes).median,
      maxDifference: Math.max(
        maxDifference(engine().values, c.byHand()),
        maxDifference(naive.run(), c.byHand()),
      ),
    }
  })
}
