// `--set` on a scenario run is held to the same lever ranges as the scenario file's levers, those
// of the scenario's area, so `pooled budget share=2` is an error rather than a run nobody could defend.
import { type Area, LEVERS, leverRangeFor } from '../model/care'
import { ModelError, type Problem } from '../model/errors'
import { canonicalName } from '../model/names'
import type { Override } from '../model/simulation'

export function checkLeverSettings(settings: Readonly<Record<string, Override>>, area: Area): void {
  const problems: Problem[] = []
  for (const [name, value] of Object.entries(settings)) {
    const lever = LEVERS.find((spec) => canonicalName(spec.name) === canonicalName(name))
    if (!lever) continue
    const [min, max] = leverRangeFor(lever, area)
    const values =
      typeof value === 'number' ? [value] : Array.isArray(value) ? value.map((point) => point[1]) : []
    const outside = values.find((v) => !(v >= min && v <= max))
    if (outside !== undefined) {
      problems.push({
        variable: lever.name,
        message: `--set ${outside} is outside the lever's range for ${area.name}, ${min} to ${max} ${lever.units}`,
      })
    }
  }
  if (problems.length) throw new ModelError(problems)
}
