import { describe, expect, it } from 'vitest'
import { quantityOf } from '../format/quantity'
import type { LineSeries } from './chart-series'
import { differencesSummary, linesSummary, stackSummary } from './chart-summary'

const xs = [2024, 2025, 2026, 2027, 2028]
const baseline: LineSeries = {
  key: 'baseline',
  label: 'Baseline',
  colour: '#222222',
  baseline: true,
  xs,
  ys: [55_000, 55_400, 55_800, 56_200, 56_600],
}
const planA: LineSeries = {
  key: 'a',
  label: 'Plan A',
  colour: '#0072B2',
  xs,
  ys: [55_000, 51_400, 52_000, 53_000, 53_500],
}

describe('chart summaries', () => {
  it('say each scenario against the baseline at the end, and where they differ most', () => {
    expect(linesSummary([baseline, planA], quantityOf('admissions per year'))).toBe(
      'Plan A: 53,500 admissions a year by 2028, 3,100 fewer than the baseline (56,600); ' +
        'the largest difference is 4,000 fewer, in 2025.',
    )
  })

  it('say a share’s difference in percentage points, and a baseline alone from start to end', () => {
    const occupancy = quantityOf('share')
    const base = { ...baseline, ys: [0.9, 0.91, 0.92, 0.93, 0.94] }
    const plan = { ...planA, ys: [0.9, 0.9, 0.9, 0.9, 0.91] }
    expect(linesSummary([base, plan], occupancy)).toBe(
      'Plan A: 91.0% by 2028, 3.0 percentage points lower than the baseline (94.0%).',
    )
    expect(linesSummary([base], occupancy)).toBe('Baseline: from 90.0% in 2024 to 94.0% by 2028.')
  })

  it('say where a difference ends and its largest', () => {
    const gap = { ...planA, ys: [0, -2e6, -1e6, 1e6, 4e6] }
    expect(differencesSummary([gap], quantityOf('GBP'))).toBe('Plan A: +£4.0m by 2028.')
    const dip = { ...planA, ys: [0, -0.03, -0.01, -0.01, -0.01] }
    expect(differencesSummary([dip], quantityOf('share'))).toBe(
      'Plan A: -1.0 percentage points by 2028; largest -3.0 percentage points, in 2025.',
    )
  })

  it('say a stack’s total and its largest part', () => {
    const layers = [
      { key: 'h', label: 'Health', colour: '#0072B2', ys: [600e6, 620e6, 640e6, 660e6, 700e6] },
      { key: 's', label: 'Social care', colour: '#E69F00', ys: [200e6, 210e6, 220e6, 230e6, 240e6] },
    ]
    expect(stackSummary('Baseline', xs, layers, quantityOf('GBP per year'))).toBe(
      'Baseline: a total of £800.0m a year in 2024 and £940.0m a year by 2028; the largest part by then is Health (£700.0m a year).',
    )
  })
})
