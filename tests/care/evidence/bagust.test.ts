// Bagust A, Place M, Posnett JW. Dynamics of bed use in accommodating emergency admissions:
// stochastic simulation model. BMJ 1999;319:155: "Risks are discernible when average bed occupancy
// rates exceed about 85%, and an acute hospital can expect regular bed shortages and periodic bed
// crises if average bed occupancy rises to 90% or more." (docs/evidence/benchmarks.md section 5)
import { describe, expect, it } from 'vitest'
import { at, run } from '../care-runs'

describe('Bagust 1999: the risk of a full hospital rises sharply above about 85% occupancy', () => {
  // Vary the bed base and read the shortage risk against the occupancy it produces, in 2025; steps
  // of 20 beds (about 2 points of occupancy) from 980 down, so one lands near each level read. Each
  // bed base is the hospital's own, in the base year as after it: Bagust compared hospitals at
  // different occupancies, not a hospital whose beds had just changed (whose staff would respond).
  const points = [1150, 1080, 1020, 980, 960, 940, 920, 900, 880, 860, 840].map((beds) => {
    const result = run({ 'acute beds at start': beds, 'acute beds': beds })
    return { occupancy: at(result, 'bed occupancy', 2025), risk: at(result, 'bed shortage risk', 2025) }
  })
  const riskNear = (occupancy: number) =>
    points.reduce((best, p) =>
      Math.abs(p.occupancy - occupancy) < Math.abs(best.occupancy - occupancy) ? p : best,
    )

  it('spans occupancies from well below 85% to above 95%', () => {
    expect(Math.min(...points.map((p) => p.occupancy))).toBeLessThan(0.75)
    expect(Math.max(...points.map((p) => p.occupancy))).toBeGreaterThan(0.95)
  })

  it('is negligible below 80% and discernible once occupancy passes 85%', () => {
    const below = points.filter((p) => p.occupancy < 0.8)
    for (const p of below) expect(p.risk).toBeLessThan(0.0005)
    const justAbove = riskNear(0.87)
    expect(justAbove.occupancy).toBeGreaterThan(0.85)
    expect(justAbove.risk).toBeGreaterThan(0.0005)
    expect(justAbove.risk).toBeGreaterThan(10 * Math.max(...below.map((p) => p.risk)))
  })

  it('means regular shortages at 90% or more', () => {
    for (const p of points.filter((p) => p.occupancy >= 0.9)) expect(p.risk).toBeGreaterThan(0.01)
  })

  it('rises much faster per point of occupancy above 90% than below 85%', () => {
    const sorted = [...points].sort((a, b) => a.occupancy - b.occupancy)
    const slope = (from: number, to: number) => {
      const inRange = sorted.filter((p) => p.occupancy >= from && p.occupancy <= to)
      const first = inRange[0]
      const last = inRange[inRange.length - 1]
      return (last.risk - first.risk) / (last.occupancy - first.occupancy)
    }
    expect(slope(0.9, 1)).toBeGreaterThan(10 * slope(0.7, 0.85))
  })
})
