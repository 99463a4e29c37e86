// `--set` on a scenario run goes through the same range checks as the scenario file's levers, so
// `pooled budget share=2` is an error rather than a run nobody could defend.
import { LEVERS } from '../model/care'
import { ModelError, type Problem } from '../model/errors'
import { canonicalName } from '../model/names'
import type { Override } from '../model/simulation'

export function checkLeverSettings(overrides: Readonly<Record<string, Override>>): void {
  const problems: Problem[] = []
  for (const [name, value] of Object.entries(overrides)) {
    const lever = LEVERS.find((spec) => canonicalName(spec.name) === canonicalName(name))
    if (!lever) continue
    const values =
      typeof value === 'number' ? [value] : Array.isArray(value) ? value.map((point) => point[1]) : []
    const outside = values.find((v) => !(v >= lever.min && v <= lever.max))
    if (outside !== undefined) {
      problems.push({
        variable: lever.name,
        message: `--set ${outside} is outside the lever's range ${lever.min} to ${lever.max} ${lever.units}`,
      })
    }
  }
  if (problems.length) throw new ModelError(problems)
}
