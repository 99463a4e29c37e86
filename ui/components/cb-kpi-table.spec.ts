// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { ChartRun } from '../charts/chart-run'
import { OutputIndex, RunView } from '../results/run-view'
import './cb-break-even-table'
import './cb-kpi-table'

// Two outputs over 11 yearly saved times: admissions (a rate) and total spend.
const index = new OutputIndex(['emergency admissions', 'total spend'])
const times = Float64Array.from({ length: 11 }, (_, i) => i)

function run(key: string, admissions: (t: number) => number, spend: (t: number) => number): ChartRun {
  const values = new Float64Array(22)
  for (let t = 0; t < 11; t++) {
    values[t] = admissions(t)
    values[11 + t] = spend(t)
  }
  return {
    key,
    label: key,
    colour: '#0072B2',
    style: { colour: '#0072B2' },
    baseline: key === 'Baseline',
    view: new RunView(index, times, values, 1),
  }
}

const baseline = run(
  'Baseline',
  () => 1000,
  () => 100,
)
// Yearly extra spend 20, 20, 0, then -10: cumulative extra (trapezoid) 0, 20, 30, 25, 15, 5, -5,
// so it is paid back at t=5.5, during 2029.
const shift = run(
  'Shift',
  (t) => 1000 - 10 * t,
  (t) => (t < 2 ? 120 : t === 2 ? 100 : 90),
)

describe('cb-kpi-table', () => {
  it('shows values at years 1, 3, 5 and 10, totals for rates, and differences from the baseline', async () => {
    const table = document.createElement('cb-kpi-table')
    table.runs = [baseline, shift]
    table.startTime = 0
    table.stopTime = 10
    document.body.append(table)
    await table.updateComplete
    const headers = Array.from(table.shadowRoot?.querySelectorAll('thead th') ?? []).map((th) =>
      th.textContent?.trim(),
    )
    expect(headers).toEqual(['Scenario', 'Year 1', 'Year 3', 'Year 5', 'Year 10', 'Total, 10 years'])
    const { rows } = table.table()
    const admissions = rows.find((r) => r[0] === 'Emergency admissions a year' && r[2] === 'Shift')
    expect(admissions?.slice(3)).toEqual([990, 970, 950, 900, 9500])
    const cellText =
      table.shadowRoot?.querySelector('tbody:first-of-type tr:last-child td')?.textContent ?? ''
    expect(cellText).toContain('990')
    expect(cellText).toContain('-10 better')
  })
})

describe('cb-break-even-table', () => {
  it('gives the year cumulative extra spend is paid back', async () => {
    const table = document.createElement('cb-break-even-table')
    table.baseline = baseline
    table.scenarios = [shift]
    table.baseYear = 2024
    table.startTime = 0
    document.body.append(table)
    await table.updateComplete
    expect(table.shadowRoot?.querySelector('td.break-even')?.textContent).toBe('2029')
  })
})
