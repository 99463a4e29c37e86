// A line figure with an uncertainty band: the band rides on the scenario's series, the caption
// says what it is, and the table (so the CSV) carries the percentiles.
import { describe, expect, it } from 'vitest'
import type { UncertaintyBands } from '../../workers/engine-api'
import { PercentileBands } from '../results/percentile-bands'
import { OutputIndex, RunView } from '../results/run-view'
import { lineFigure } from './build-figures'
import { baselineRun, type ChartRun } from './chart-run'
import type { LineOutcome } from './outcome-charts'

const index = new OutputIndex(['emergency admissions', 'bed occupancy'])
const times = Float64Array.from([0, 0.5, 1])
const view = (a: number[], b: number[]) => new RunView(index, times, Float64Array.from([...a, ...b]), 1)
const ctx = {
  areaName: 'Testshire',
  baseYear: 2024,
  startTime: 0,
  outputs: [],
  currency: 'GBP',
  areaSources: {},
  sourcesOf: () => [],
}
const chart: LineOutcome = {
  kind: 'line',
  id: 'emergency-admissions',
  title: 'Emergency admissions',
  output: 'emergency admissions',
  measure: 'emergency admissions a year',
}

function bands(): PercentileBands {
  const result: UncertaintyBands = {
    status: 'done',
    times,
    outputNames: ['emergency admissions'],
    p10: Float64Array.from([90, 91, 92]),
    p50: Float64Array.from([100, 101, 102]),
    p90: Float64Array.from([110, 112, 114]),
    samples: 60,
    seed: 1,
    parameters: Array.from({ length: 39 }, (_, i) => ({ name: `p${i}`, low: 0, mode: 1, high: 2 })),
    incompleteRuns: 0,
    elapsedMs: 1,
    engineMs: 1,
  }
  return new PercentileBands(result)
}

function scenario(withBands: boolean): ChartRun {
  return {
    key: 's',
    label: 'Shift',
    colour: '#0072B2',
    style: { colour: '#0072B2' },
    baseline: false,
    view: view([100, 100, 100], [0.9, 0.9, 0.9]),
    bands: withBands ? bands() : undefined,
  }
}

const baseline = baselineRun(view([100, 102, 104], [0.9, 0.91, 0.92]))

describe('lineFigure with uncertainty bands', () => {
  it('puts the band on the scenario’s series and says in the caption what it is', () => {
    const figure = lineFigure(chart, [baseline, scenario(true)], ctx)
    const shift = figure?.series.find((s) => s.key === 's')
    expect(Array.from(shift?.spread?.low ?? [])).toEqual([90, 91, 92])
    expect(Array.from(shift?.spread?.high ?? [])).toEqual([110, 112, 114])
    expect(figure?.series.find((s) => s.key === 'baseline')?.spread).toBeUndefined()
    expect(figure?.caption).toContain(
      '10th–90th percentile of 60 runs varying 39 uncertain parameters within their sourced ranges',
    )
  })

  it('adds the 10th, 50th and 90th percentile columns after the scenario’s own', () => {
    const figure = lineFigure(chart, [baseline, scenario(true)], ctx)
    expect(figure?.table.columns).toEqual([
      'Year',
      'Baseline',
      'Shift',
      'Shift: 10th percentile',
      'Shift: 50th percentile',
      'Shift: 90th percentile',
    ])
    expect(figure?.table.rows[2]).toEqual([2025, 104, 100, 92, 102, 114])
  })

  it('leaves the figure as it was without bands, or for an output the bands do not cover', () => {
    const plain = lineFigure(chart, [baseline, scenario(false)], ctx)
    expect(plain?.table.columns).toEqual(['Year', 'Baseline', 'Shift'])
    expect(plain?.caption).not.toContain('percentile')
    const occupancy = lineFigure({ ...chart, output: 'bed occupancy' }, [baseline, scenario(true)], ctx)
    expect(occupancy?.series.every((s) => s.spread === undefined)).toBe(true)
  })
})
