// An area's baseline: do nothing, every lever at the area's own value. What a scenario is
// compared with unless the analyst names another, in the app and on the command line alike.
import { SCENARIO_FORMAT } from './scenario-text'
import type { Scenario } from './types'

export function baselineScenario(areaId: string, areaName: string): Scenario {
  return {
    format: SCENARIO_FORMAT,
    name: 'Baseline',
    description: `Do nothing: ${areaName} with every lever at its default.`,
    area: areaId,
    levers: {},
  }
}
