import { describe, expect, it } from 'vitest'
import { AREAS, LEVERS } from '../model/care/index'
import { leversForArea } from './area-levers'

const sanMarino = AREAS.find((area) => area.id === 'san-marino')!

describe('leversForArea', () => {
  it("gives each lever the area's range", () => {
    const beds = leversForArea(sanMarino).find((lever) => lever.name === 'acute beds')!
    expect(beds.max).toBeLessThan(1000)
    expect(beds.max).toBeGreaterThan(100)
  })

  it('keeps at least fifty slider positions across a narrowed range', () => {
    const narrowed = leversForArea(sanMarino).filter((lever, i) => lever !== LEVERS[i])
    expect(narrowed.length).toBeGreaterThan(0)
    for (const lever of narrowed) expect((lever.max - lever.min) / lever.step).toBeGreaterThanOrEqual(50)
  })

  it('keeps the levers in the same order and groups', () => {
    expect(leversForArea(sanMarino).map((lever) => [lever.name, lever.group])).toEqual(
      LEVERS.map((lever) => [lever.name, lever.group]),
    )
  })
})
