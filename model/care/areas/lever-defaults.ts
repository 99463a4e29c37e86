// A lever that starts from a base-year figure takes the area's figure as its baseline: `acute beds`
// in Scotland starts at Scotland's `acute beds at start`. The area's parameters carry both, so that
// every reader of an area (the app's baselines, the CLI's range checks, a run's overrides) sees
// the lever at its area's value; the figure stays the reference the model measures the lever from.
import { LEVERS } from '../levers'
import type { Area } from '../types'

/**
 * The baseline of every lever that starts from a base-year figure, from the figures given (an
 * area's, or an area's after the analyst's edits: an edited figure moves its lever's baseline).
 */
export function leverBaselines(figures: Readonly<Record<string, number>>): Record<string, number> {
  const baselines: Record<string, number> = {}
  for (const lever of LEVERS) {
    if (lever.baseYearFact && figures[lever.baseYearFact] !== undefined)
      baselines[lever.name] = figures[lever.baseYearFact]
  }
  return baselines
}

/** The area with its levers' baselines added to its parameters, each citing its figure's sources. */
export function withLeverBaselines(area: Area): Area {
  const baselines = leverBaselines(area.parameters)
  const sources = { ...area.sources }
  for (const lever of LEVERS) {
    if (lever.baseYearFact && lever.name in baselines) sources[lever.name] = area.sources[lever.baseYearFact]
  }
  return { ...area, parameters: { ...area.parameters, ...baselines }, sources }
}
