import { describe, expect, it } from 'vitest'
import { MONEY_YEARS, scenarioNarrative } from './narrative'
import { OutputIndex, RunView } from './run-view'

const OUTPUTS = [
  'beds closed for the shift',
  'occupied beds',
  'bed occupancy',
  'emergency admissions',
  'unmet social care need',
  'total spend',
]
const index = new OutputIndex(OUTPUTS)
// Yearly saved times over 20 years, model time starting at 2024 as the app's catalogue does.
const times = Float64Array.from({ length: 21 }, (_, i) => 2024 + i)

function run(series: Record<string, (year: number) => number>): RunView {
  const values = new Float64Array(OUTPUTS.length * times.length)
  OUTPUTS.forEach((name, o) => {
    times.forEach((t, i) => {
      values[o * times.length + i] = series[name]?.(t - 2024) ?? 0
    })
  })
  return new RunView(index, times, values, 1)
}

const context = { baseYear: 2024, startTime: 2024, currency: 'GBP' }
const baseline = run({
  'occupied beds': (y) => 800 + 10 * y,
  'bed occupancy': (y) => 0.9 + 0.002 * y,
  'emergency admissions': (y) => 55_000 + 500 * y,
  'unmet social care need': () => 1_000,
  'total spend': () => 400e6,
})

describe('scenarioNarrative', () => {
  it('tells beds, admissions and need ten years on, and the cost over five years with break-even', () => {
    // Yearly spend £10m above the baseline's in 2024-2026 and £8m below from 2027: by the
    // trapezoid rule the cumulative extra is £21m in 2027, £5m in 2029 and -£3m in 2030, so it is
    // paid back during 2029.
    const shift = run({
      'beds closed for the shift': (y) => Math.min(60, 10 * y),
      'occupied beds': (y) => 800 + 10 * y - Math.min(45, 5 * y),
      'bed occupancy': (y) => 0.9 + 0.002 * y - 0.025 * Math.min(1, y / 9),
      'emergency admissions': (y) => 55_000 + 500 * y - 130 * y,
      'unmet social care need': (y) => 1_000 - 15 * y,
      'total spend': (y) => 400e6 + (y < 3 ? 10e6 : -8e6),
    })
    const sentences = scenarioNarrative('Plan A', shift, baseline, context)
    expect(sentences.map((s) => s.text)).toEqual([
      'By 2034 Plan A closes 60 beds and has 45 fewer beds occupied than the baseline (occupancy 89.5% against 92.0%).',
      'In 2034 it has 1,300 fewer emergency admissions a year and 150 fewer people with unmet social care need than the baseline.',
      'It costs £5.0m more than the baseline over the first five years and breaks even in 2029.',
    ])
    expect(sentences[0].charts).toEqual(['beds-closed-for-shift', 'occupied-beds', 'bed-occupancy'])
    expect(sentences[2].charts).toContain('total-spend-cumulative-difference')
    expect(MONEY_YEARS).toBe(5)
  })

  it('says when a scenario saves from the start, and when it changes nothing', () => {
    const cheaper = run({
      'occupied beds': (y) => 800 + 10 * y,
      'bed occupancy': (y) => 0.9 + 0.002 * y,
      'emergency admissions': (y) => 55_000 + 500 * y,
      'unmet social care need': () => 1_001,
      'total spend': () => 399e6,
    })
    expect(scenarioNarrative('Cuts', cheaper, baseline, context).map((s) => s.text)).toEqual([
      'By 2034 Cuts has as many beds occupied as the baseline (occupancy 92.0% against 92.0%).',
      'In 2034 it has 1 more person with unmet social care need than the baseline; emergency admissions are as in the baseline.',
      'It saves £5.0m against the baseline over the first five years and never costs more than the baseline.',
    ])
    const same = scenarioNarrative('Same', baseline, baseline, context).map((s) => s.text)
    expect(same[1]).toBe('In 2034 emergency admissions and unmet social care need are as in the baseline.')
    expect(same[2]).toBe('It costs about the same as the baseline over the first five years.')
  })

  it('says a scenario that has not paid back by the end of the run, in the area’s currency', () => {
    const dearer = run({ ...{}, 'total spend': () => 402e6 })
    const text = scenarioNarrative('Dearer', dearer, baseline, { ...context, currency: 'EUR' })
    expect(text[2].text).toBe(
      'It costs €10.0m more than the baseline over the first five years and has not broken even by 2044, when it has cost €40.0m more in all.',
    )
  })
})
