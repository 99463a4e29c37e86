// Each area's levers, with the ranges that fit the place (San Marino's acute beds are not
// England's) and a slider step fine enough to be useful across that range.
import { type Area, LEVERS, type LeverSpec, leverRangeFor } from '../model/care/index'

/** At least this many slider positions across a lever's range. */
const SLIDER_POSITIONS = 50

/** The largest of 1, 2 or 5 times a power of ten that is at most `value`. */
function roundStepDown(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value))
  const multiple = [5, 2, 1].find((m) => m * power <= value) ?? 1
  return multiple * power
}

export function leversForArea(area: Area): LeverSpec[] {
  return LEVERS.map((lever) => {
    const [min, max] = leverRangeFor(lever, area)
    if (min === lever.min && max === lever.max) return lever
    const step = Math.min(lever.step, roundStepDown((max - min) / SLIDER_POSITIONS))
    return { ...lever, min, max, step }
  })
}
