// What the decision commands (appraise, ensemble, sensitivity, seek) share: a scenario file read
// into the request every run is made from (the scenario, with any `--set`, turned into inputs by
// the one rule), the area's baseline, and command-line numbers checked with a message naming them.
import { areaOf, baselineScenario, readScenarioFile } from '../model/care/index'
import { ModelError } from '../model/errors'
import type { Override } from '../model/simulation'
import type { CareEngine, ScenarioRequest } from '../workers/care-engine'
import { UsageError } from './arguments'
import { readText } from './load-model'

export interface ReadRequest {
  request: ScenarioRequest
  file: string
}

/**
 * Reads a scenario file and checks its inputs (levers in range, `--set` names) before any run,
 * so a bad file fails at once with the file and field named. Notes about an older format go to `warn`.
 */
export function readScenarioRequest(
  engine: CareEngine,
  file: string,
  settings: Record<string, Override>,
  warn: (text: string) => void,
): ReadRequest {
  if (!file.toLowerCase().endsWith('.json'))
    throw new UsageError(`expected a scenario file (.json), got '${file}'`)
  const { scenario, notes } = readScenarioFile(readText(file), file)
  for (const note of notes) warn(`note: ${note}\n`)
  const request: ScenarioRequest = { scenario, settings }
  try {
    engine.inputs(request)
  } catch (error) {
    if (error instanceof ModelError) throw error.inFile(file)
    throw error
  }
  return { request, file }
}

/** The baseline to compare with: the file given, in the same area, or the area's own. */
export function readBaselineRequest(
  engine: CareEngine,
  scenario: ReadRequest,
  file: string | undefined,
  warn: (text: string) => void,
): ReadRequest {
  const area = areaOf(scenario.request.scenario)
  if (file === undefined) {
    return { request: { scenario: baselineScenario(area.id, area.name) }, file: `the ${area.name} baseline` }
  }
  const baseline = readScenarioRequest(engine, file, {}, warn)
  if (baseline.request.scenario.area !== area.id) {
    throw new ModelError({
      file,
      message: `field 'area': the baseline is set in '${baseline.request.scenario.area}', the scenario in '${area.id}'; compare scenarios of one area`,
    })
  }
  return baseline
}

export function numberOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value))
    throw new UsageError(`--${name}: '${text}' is not a number`)
  return value
}

export function requiredNumber(name: string, text: string | undefined): number {
  const value = numberOption(name, text)
  if (value === undefined) throw new UsageError(`--${name} is needed`)
  return value
}

export function wholeNumberOption(
  name: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  const value = numberOption(name, text)
  if (value !== undefined && (!Number.isInteger(value) || value < min || value > max))
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got ${text}`)
  return value
}

export function requiredText(name: string, text: string | undefined): string {
  if (text === undefined || text.trim() === '') throw new UsageError(`--${name} is needed`)
  return text
}
