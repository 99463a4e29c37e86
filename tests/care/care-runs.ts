// Shared helpers for the care model tests: compile the model once per test file, run it with
// overrides, and read values out of the result by name and year.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type Area,
  BANDS,
  buildCareModel,
  parseScenario,
  type Scenario,
  scenarioInputs,
} from '../../model/care'
import { compile } from '../../model/compile-model'
import type { Model } from '../../model/ir'
import { series, valueAt } from '../../model/results'
import type { CompiledModel, Override, RunResult } from '../../model/simulation'

export const SCENARIO_DIRECTORY = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../scenarios',
)

let compiled: CompiledModel | undefined

/** The care model compiled once for the calling test file. */
export function careModel(): CompiledModel {
  compiled ??= compile(buildCareModel())
  return compiled
}

/** The care model with its time specs changed (finer dt, every step saved), compiled afresh. */
export function careModelWith(time: Partial<Model['time']>): CompiledModel {
  const model = buildCareModel()
  model.time = { ...model.time, ...time }
  return compile(model)
}

export function run(overrides: Record<string, Override> = {}, model = careModel()): RunResult {
  return model.run({ overrides })
}

export const at = (result: RunResult, name: string, year: number): number => valueAt(result, name, year)
export const values = (result: RunResult, name: string): Float64Array => series(result, name)

export interface ScenarioFile {
  file: string
  scenario: Scenario
}

export function scenarioFiles(): ScenarioFile[] {
  return readdirSync(SCENARIO_DIRECTORY)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      scenario: parseScenario(readFileSync(path.join(SCENARIO_DIRECTORY, file), 'utf8'), `scenarios/${file}`),
    }))
}

export function runScenario(scenario: Scenario, model = careModel()): RunResult {
  return model.run({ overrides: scenarioInputs(scenario) })
}

/** An area's inputs: its parameters and its tables (the cohort table of people turning 65). */
export function areaInputs(area: Area): Record<string, Override> {
  return { ...area.parameters, ...area.tables }
}

/** The outputs the issue names, as single series (population by band as its elements). */
export const KEY_OUTPUTS = [
  ...BANDS.map((band) => `population[${band}]`),
  'total population',
  'emergency admissions',
  'occupied beds',
  'bed occupancy',
  'delayed discharge beds',
  'readmissions',
  'intermediate care clients',
  'home care clients',
  'care home residents',
  'unmet social care need',
  'health spend',
  'social care spend',
  'total spend',
  'pooled fund spend',
  'share of 65+ supported at home',
  'intermediate care utilisation',
]
