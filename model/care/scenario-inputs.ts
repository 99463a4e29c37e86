// The one rule that turns a scenario into a run's inputs, used by the CLI, the worker and the
// app: the area's base-year values, then the analyst's edits to the area (each checked against its
// limits and plausible range, area-edits.ts), then the scenario's levers, then any `--set`
// settings. Every lever value is checked against its range in the area
// (saved scenarios are checked again on every run, so a model change that narrows a range names
// the setting rather than running it), and a phased lever becomes the time series the engine runs.
import { ModelError, type Problem } from '../errors'
import { canonicalName } from '../names'
import type { Override } from '../simulation'
import { areaEditProblems } from './area-edits'
import { findArea } from './areas'
import { baselineValue, leverInput } from './lever-input'
import { checkLeverValue } from './lever-value'
import { LEVERS } from './levers'
import type { Area, LeverSpec, Scenario } from './types'

export interface ScenarioInputOptions {
  /** The analyst's edits to the area's baseline parameters (constant name -> value). */
  areaEdits?: Readonly<Record<string, number>>
  /** Edited parameters the analyst confirmed outside their plausible range (area-edits.ts). */
  confirmedOutsideRange?: readonly string[]
  /** `--set` settings: levers are held to their range in the area, other constants taken as given. */
  settings?: Readonly<Record<string, Override>>
}

export function leverNamed(name: string): LeverSpec | undefined {
  const key = canonicalName(name)
  return LEVERS.find((lever) => canonicalName(lever.name) === key)
}

export function areaOf(scenario: Pick<Scenario, 'area'>): Area {
  const area = findArea(scenario.area)
  if (!area) throw new ModelError({ message: `field 'area': unknown area '${scenario.area}'` })
  return area
}

/** The run's overrides for a scenario, in the one order; any bad value is a ModelError naming it. */
export function scenarioInputs(
  scenario: Scenario,
  options: ScenarioInputOptions = {},
): Record<string, Override> {
  const area = areaOf(scenario)
  const areaEdits = options.areaEdits ?? {}
  // No prototype: any legal constant name, `__proto__` included, is a key like any other.
  const overrides: Record<string, Override> = Object.assign(Object.create(null), area.parameters, area.tables)
  const problems: Problem[] = []
  problems.push(...areaEditProblems(area, areaEdits, options.confirmedOutsideRange))
  Object.assign(overrides, areaEdits)
  // A lever that starts from a base-year figure (`acute beds` from `acute beds at start`) follows
  // an edit of that figure, unless the lever itself is edited or set below.
  for (const lever of LEVERS) {
    if (lever.baseYearFact === undefined || lever.name in areaEdits) continue
    const edited = areaEdits[lever.baseYearFact]
    if (edited !== undefined && Number.isFinite(edited)) overrides[lever.name] = edited
  }
  const collect = (run: () => void) => {
    try {
      run()
    } catch (error) {
      if (!(error instanceof ModelError)) throw error
      problems.push(...error.problems)
    }
  }
  for (const [name, value] of Object.entries(scenario.levers)) {
    collect(() => {
      const lever = leverNamed(name)
      if (!lever) throw new ModelError({ variable: name, message: `field 'levers.${name}': unknown lever` })
      const checked = checkLeverValue(value, lever, area, `levers.${name}`)
      overrides[lever.name] = leverInput(
        checked,
        baselineValue(lever.name, area, areaEdits, lever.defaultValue, lever.baseYearFact),
      )
    })
  }
  for (const [name, value] of Object.entries(options.settings ?? {})) {
    collect(() => {
      const lever = leverNamed(name)
      if (!lever) {
        overrides[name] = value
        return
      }
      const checked = checkLeverValue(value, lever, area, lever.name, '--set')
      overrides[lever.name] = leverInput(
        checked,
        baselineValue(lever.name, area, areaEdits, lever.defaultValue, lever.baseYearFact),
      )
    })
  }
  if (problems.length) throw new ModelError(problems)
  return overrides
}
