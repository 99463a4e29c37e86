// The evidence tests compare a scenario file with its area's baseline: both are run here once per
// test file, by file name, so each test reads like the benchmark it checks.
import { at, runScenario, scenarioFiles } from '../care-runs'

/** A scenario file's run, by its file name in scenarios/. */
export function runScenarioFile(file: string) {
  const found = scenarioFiles().find((s) => s.file === file)
  if (!found) throw new Error(`scenarios/${file} not found`)
  return runScenario(found.scenario)
}

type Result = ReturnType<typeof runScenarioFile>

/** Relative change of an output against a reference run in a year: -0.1 is 10% lower. */
export const change = (result: Result, reference: Result, name: string, year: number) =>
  at(result, name, year) / at(reference, name, year) - 1
