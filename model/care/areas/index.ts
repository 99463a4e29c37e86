// The areas the care model can be set up for. The first is the default.
import type { Area } from '../types'
import { DEFAULT_AREA_ID, englandDefaultArea } from './england-default'
import { withLeverBaselines } from './lever-defaults'
import { sanMarinoArea } from './san-marino'
import { scotlandArea } from './scotland'

export { DEFAULT_AREA_ID }

export const AREAS: Area[] = [englandDefaultArea(), scotlandArea(), sanMarinoArea()].map(withLeverBaselines)

export function findArea(id: string): Area | undefined {
  return AREAS.find((area) => area.id === id)
}
