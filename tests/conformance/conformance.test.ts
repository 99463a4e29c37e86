// Runs every model file of the SDXorg suite copy through the engine, as the table in
// suite-table.ts says, and compares the results (see compare-outputs.ts for the rule).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { compile } from '../../model/compile-model'
import { ModelError } from '../../model/errors'
import type { IntegrationMethod, Model } from '../../model/ir'
import { canonicalName } from '../../model/names'
import type { RunResult } from '../../model/simulation'
import { readXmile } from '../../model/xmile/read'
import { writeXmile } from '../../model/xmile/write'
import { CANONICAL_TOLERANCE, compareOutputs, describeComparison, type Tolerance } from './compare-outputs'
import { type OutputTable, tableFromRun } from './output-table'
import { readCanonicalOutput } from './read-canonical-output'
import { FINE_EULER_TOLERANCE, REFERENCE_STEPS_PER_DT, SUITE, type SuiteRow } from './suite-table'

const suiteDir = fileURLToPath(new URL('../fixtures/test-models/', import.meta.url))

/**
 * Vensim prints its four time settings as columns. XMILE keeps them in <sim_specs>, and only some
 * exports repeat them as variables, so a run may lack them without failing.
 */
const TIME_SETTINGS = new Set(['initial_time', 'final_time', 'time_step', 'saveper'])

function modelOf(row: SuiteRow): Model {
  const file = `${row.folder}/${row.file}`
  return readXmile(readFileSync(suiteDir + file, 'utf8'), file)
}

/** The folder's canonical output; output.csv first where both exist, as PySD looks for them. */
function canonicalOf(row: SuiteRow): OutputTable {
  const path = ['output.csv', 'output.tab'].map((name) => `${suiteDir}${row.folder}/${name}`).find(existsSync)
  if (!path) throw new Error(`${row.folder} has no output.csv or output.tab`)
  return readCanonicalOutput(readFileSync(path, 'utf8'))
}

function run(model: Model, method: IntegrationMethod): RunResult {
  return compile(model).run({ method })
}

/** The engine's Euler run at a far smaller dt, saved at the model's own times. */
function fineEulerReference(model: Model): RunResult {
  const { time } = model
  const dt = time.dt / REFERENCE_STEPS_PER_DT
  return run({ ...model, time: { ...time, dt, savePeriod: time.savePeriod ?? time.dt } }, 'euler')
}

/** Passes when every common value agrees and the run has every expected time and variable. */
function expectAgreement(expected: OutputTable, actual: RunResult, tolerance: Tolerance): void {
  const comparison = compareOutputs(expected, tableFromRun(actual), tolerance)
  comparison.missingNames = comparison.missingNames.filter((name) => !TIME_SETTINGS.has(canonicalName(name)))
  const agrees =
    comparison.compared.length > 0 &&
    comparison.comparedTimes > 0 &&
    comparison.mismatches.length === 0 &&
    comparison.missingNames.length === 0 &&
    comparison.missingTimes.length === 0
  expect(agrees, describeComparison(comparison)).toBe(true)
}

function expectNamedError(attempt: () => unknown, pattern: RegExp): void {
  let error: unknown
  try {
    attempt()
  } catch (caught) {
    error = caught
  }
  expect(error).toBeInstanceOf(ModelError)
  expect((error as ModelError).message).toMatch(pattern)
}

describe('conformance with the SDXorg test-model suite', () => {
  it('has one table row for each model file of the suite, and none for missing files', () => {
    const files = readdirSync(suiteDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(xmile|stmx)$/.test(file))
      .map((file) => file.replaceAll('\\', '/'))
      .sort()
    const rows = SUITE.map((row) => `${row.folder}/${row.file}`).sort()
    expect(rows).toEqual(files)
  })

  describe.each(SUITE)('$folder/$file', (row) => {
    it('under Euler: matches the canonical output', () => {
      if (row.expectError) return expectNamedError(() => run(modelOf(row), 'euler'), row.expectError)
      expectAgreement(canonicalOf(row), run(modelOf(row), 'euler'), CANONICAL_TOLERANCE)
    })

    const rk4Check = row.rk4 === 'canonical' ? 'matches the canonical output' : 'matches a fine Euler run'
    it(`under RK4: ${rk4Check}`, () => {
      const model = modelOf(row)
      if (row.expectError) return expectNamedError(() => run(model, 'rk4'), row.expectError)
      if (row.rk4 === 'canonical')
        return expectAgreement(canonicalOf(row), run(model, 'rk4'), CANONICAL_TOLERANCE)
      const reference = tableFromRun(fineEulerReference(model))
      expectAgreement(reference, run(model, 'rk4'), row.tolerance ?? FINE_EULER_TOLERANCE)
    })

    it('written back by writeXmile, runs to identical results', () => {
      const model = modelOf(row)
      const copy = readXmile(writeXmile(model), model.file)
      for (const method of ['euler', 'rk4'] as const) {
        if (row.expectError) {
          expectNamedError(() => run(copy, method), row.expectError)
          continue
        }
        const original = run(model, method)
        const written = run(copy, method)
        expect(written.names).toEqual(original.names)
        expect(written.times).toEqual(original.times)
        expect(written.values).toEqual(original.values)
      }
    })
  })
})
