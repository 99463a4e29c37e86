// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { LineFigure } from '../charts/figure'
import { quantityOf } from '../format/quantity'
import './cb-chart-card'
import type { CbChartCard } from './cb-chart-card'

const figure: LineFigure = {
  kind: 'line',
  id: 'emergency-admissions',
  title: 'Emergency admissions',
  caption:
    'Emergency admissions a year, Testshire, 2025–2027. Line: Shift (blue); the baseline is the black dashed line.',
  units: 'admissions a year',
  modelUnits: 'admissions per year',
  quantity: quantityOf('admissions per year'),
  scenarios: ['Shift'],
  series: [
    {
      key: 'baseline',
      label: 'Baseline',
      colour: '#222222',
      dash: '6 4',
      xs: [2025, 2025.5, 2026, 2027],
      ys: [100, 101, 102, 104],
    },
    { key: 's', label: 'Shift', colour: '#0072B2', xs: [2025, 2025.5, 2026, 2027], ys: [100, 100, 99, 97] },
  ],
  bands: [],
  zero: false,
  table: {
    columns: ['Year', 'Baseline', 'Shift'],
    rows: [
      [2025, 100, 100],
      [2025.5, 101, 100],
      [2026, 102, 99],
      [2027, 104, 97],
    ],
  },
  revision: 3,
}

async function mount(): Promise<CbChartCard> {
  const card = document.createElement('cb-chart-card')
  card.figure = figure
  card.footnote = 'Area: Testshire. Model: test.'
  document.body.append(card)
  await card.updateComplete
  return card
}

describe('cb-chart-card', () => {
  it('shows the title, the chart and a caption saying what the reader sees', async () => {
    const card = await mount()
    const root = card.shadowRoot
    expect(root?.querySelector('h3')?.textContent).toBe('Emergency admissions')
    expect(root?.querySelector('figcaption')?.textContent).toContain('the baseline is the black dashed line')
    expect(root?.querySelector('cb-line-chart')).not.toBeNull()
    expect(root?.querySelector('figure')?.getAttribute('aria-labelledby')).toBe('title-emergency-admissions')
  })

  it('offers the data as a table, one row a year', async () => {
    const card = await mount()
    const button = card.shadowRoot?.querySelector<HTMLButtonElement>('button.show-data')
    expect(button?.getAttribute('aria-pressed')).toBe('false')
    button?.click()
    await card.updateComplete
    const table = card.shadowRoot?.querySelector('cb-data-table')
    await table?.updateComplete
    const rows = Array.from(table?.shadowRoot?.querySelectorAll('tbody tr') ?? [])
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['2025', '2026', '2027'])
    expect(rows[2].textContent).toContain('104')
    expect(button?.getAttribute('aria-pressed')).toBe('true')
  })

  it('builds a standalone SVG at one size, with title, caption and footnote, for export', async () => {
    const card = await mount()
    const image = card.exportImage()
    expect(image.width).toBe(960)
    expect(image.height).toBeGreaterThan(480)
    expect(image.svg).toContain('<svg')
    expect(image.svg).toContain('Emergency admissions')
    expect(image.svg).toContain('Area: Testshire. Model: test.')
    expect(image.svg).toContain('stroke="#0072B2"')
  })
})
