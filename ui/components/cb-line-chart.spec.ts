// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { LineSeries } from '../charts/chart-series'
import { BASELINE_DASH } from '../charts/palette'
import { quantityOf } from '../format/quantity'
import './cb-line-chart'
import type { CbLineChart } from './cb-line-chart'

const years = [2025, 2026, 2027, 2028]
const series: LineSeries[] = [
  {
    key: 'baseline',
    label: 'Baseline',
    colour: '#222222',
    dash: BASELINE_DASH,
    baseline: true,
    xs: years,
    ys: [0.86, 0.87, 0.88, 0.9],
  },
  { key: 's1', label: 'Shift', colour: '#0072B2', xs: years, ys: [0.86, 0.86, 0.84, 0.83] },
]

async function mount(props: Partial<CbLineChart>): Promise<CbLineChart> {
  const element = document.createElement('cb-line-chart')
  Object.assign(element, props)
  document.body.append(element)
  await element.updateComplete
  return element
}

describe('cb-line-chart', () => {
  it('draws one path per series, the baseline dashed, with a legend entry each', async () => {
    const chart = await mount({ series, label: 'Occupancy' })
    const paths = chart.svg?.querySelectorAll('g.lines path') ?? []
    expect(paths.length).toBe(2)
    // The dashed baseline is drawn last, on top, so it shows where a scenario follows it exactly.
    expect(paths[1].getAttribute('stroke-dasharray')).toBe(BASELINE_DASH)
    expect(paths[0].getAttribute('stroke-dasharray')).toBeNull()
    expect(paths[0].getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/)
    const legend = Array.from(chart.svg?.querySelectorAll('g.legend text') ?? []).map((t) => t.textContent)
    expect(legend).toEqual(['Baseline', 'Shift'])
    expect(chart.svg?.getAttribute('aria-label')).toBe('Occupancy')
  })

  it('redraws the same paths when the data change, and reports the revision drawn', async () => {
    const chart = await mount({ series, revision: 1 })
    const before = chart.svg?.querySelector('g.lines path[stroke="#0072B2"]')
    const d = before?.getAttribute('d')
    const drawn: number[] = []
    chart.addEventListener('cb-chart-drawn', (e) => drawn.push((e as CustomEvent).detail.revision))
    chart.series = [series[0], { ...series[1], ys: [0.86, 0.8, 0.75, 0.7] }]
    chart.revision = 2
    await chart.updateComplete
    const after = chart.svg?.querySelector('g.lines path[stroke="#0072B2"]')
    expect(after).toBe(before)
    expect(after?.getAttribute('d')).not.toBe(d)
    expect(drawn).toEqual([2])
  })

  it('shades the occupancy bands with labels', async () => {
    const chart = await mount({
      series,
      quantity: quantityOf('share'),
      bands: [
        { from: 0.85, to: 0.92, fill: '#F0E442', label: '85%' },
        { from: 0.92, to: 10, fill: '#D55E00', label: '92%' },
      ],
    })
    const labels = Array.from(chart.svg?.querySelectorAll('g.band text') ?? []).map((t) => t.textContent)
    expect(labels).toEqual(['85%', '92%'])
    const tickText = Array.from(chart.svg?.querySelectorAll('g.y-axis text') ?? []).map((t) => t.textContent)
    expect(tickText.some((t) => t?.endsWith('%'))).toBe(true)
  })

  it('styles with attributes, so an exported SVG looks the same without the page stylesheet', async () => {
    const chart = await mount({ series })
    const path = chart.svg?.querySelector('g.lines path[stroke-dasharray]')
    expect(path?.getAttribute('stroke')).toBe('#222222')
    expect(path?.getAttribute('fill')).toBe('none')
    expect(chart.svg?.getAttribute('font-family')).toContain('sans-serif')
  })

  it('draws a series’ uncertainty band behind the lines, in its colour, with a legend entry', async () => {
    const spread = { low: [0.8, 0.8, 0.78, 0.75], high: [0.9, 0.93, 0.95, 2] }
    const chart = await mount({ series: [series[0], { ...series[1], spread }] })
    const band = chart.svg?.querySelector('g.spread path.uncertainty-band')
    expect(band?.getAttribute('fill')).toBe('#0072B2')
    expect(Number(band?.getAttribute('fill-opacity'))).toBeLessThan(0.5)
    expect(band?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L.*Z$/)
    const layers = Array.from(chart.svg?.querySelectorAll('g.plot > g') ?? []).map((g) =>
      g.getAttribute('class'),
    )
    expect(layers.indexOf('spread')).toBeLessThan(layers.indexOf('lines'))
    const legend = Array.from(chart.svg?.querySelectorAll('g.legend text') ?? []).map((t) => t.textContent)
    expect(legend).toEqual(['Baseline', 'Shift', '10th–90th percentile'])
    // The y axis makes room for the band, not only the lines.
    const ticks = Array.from(chart.svg?.querySelectorAll('g.y-axis text') ?? []).map((t) => t.textContent)
    expect(ticks).toContain('2.0')
  })

  it('removes the band when the series no longer has one', async () => {
    const spread = { low: [0.8, 0.8, 0.78, 0.75], high: [0.9, 0.93, 0.95, 0.96] }
    const chart = await mount({ series: [series[0], { ...series[1], spread }] })
    chart.series = series
    await chart.updateComplete
    expect(chart.svg?.querySelectorAll('path.uncertainty-band').length).toBe(0)
    expect(chart.svg?.querySelectorAll('g.legend g.item').length).toBe(2)
  })
})
