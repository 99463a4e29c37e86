// Engine speed against two baselines measured in the same process: a hand-written JavaScript loop
// of each model (the goal: within 1.5x) and a naive engine interpreting mathjs trees every step.
import { readFileSync } from 'node:fs'
import { timeRuns } from '../cli/time-runs'
import { compile } from '../model/compile-model'
import type { Model } from '../model/ir'
import { readXmile } from '../model/xmile/read'
import { sirByHand, syntheticByHand, teacupByHand } from './hand-written'
import { NaiveEngine } from './naive-engine'
import { syntheticModel } from './synthetic-model'

export interface EngineBenchRow {
  model: string
  variables: number
  steps: number
  engineMicroseconds: number
  handWrittenMicroseconds: number
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Rounds alternate between the three, so drift in machine load affects all alike; medians are reported. */
export function runEngineBench(rounds = 5): EngineBenchRow[] {
  return cases().map((c) => {
    const compiled = compile(c.model)
    const naive = new NaiveEngine(c.model)
    const engine = () => compiled.run()
    const times = { engine: [] as number[], handWritten: [] as number[], naive: [] as number[] }
    for (let round = 0; round < rounds; round++) {
      times.handWritten.push(timeRuns(c.byHand, c.runs))
      times.engine.push(timeRuns(engine, c.runs))
      if (round < 3) times.naive.push(timeRuns(() => naive.run(), c.naiveRuns, 1))
    }
    return {
      model: c.name,
      variables: compiled.names.length,
      steps: compiled.steps,
      engineMicroseconds: median(times.engine),
      handWrittenMicroseconds: median(times.handWritten),
      naiveMicroseconds: median(times.naive),
      maxDifference: Math.max(
        maxDifference(engine().values, c.byHand()),
        maxDifference(naive.run(), c.byHand()),
      ),
    }
  })
}
