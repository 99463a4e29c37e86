import { describe, expect, it } from 'vitest'
import { type LegendItem, layoutLegend, SWATCH } from './legend-layout'
import { approximateWidth } from './text-measure'

const long = (letter: string) =>
  `Option ${letter}: shift acute funding to community services, phased, with a hump fund and pooling`.slice(
    0,
    80,
  )

describe('layoutLegend', () => {
  it('wraps entries into rows within the width, cutting long names, never overlapping', () => {
    const items: LegendItem[] = [
      { key: 'b', label: 'Baseline', colour: '#222', kind: 'line', dash: '6 4' },
      ...['A', 'B', 'C', 'D'].map(
        (l): LegendItem => ({ key: l, label: long(l), colour: '#0072B2', kind: 'line' }),
      ),
    ]
    const width = 600
    const layout = layoutLegend(items, width, 12, approximateWidth)
    const boxes = layout.items.map((item) => ({
      left: item.x,
      right: item.x + SWATCH.line + 6 + approximateWidth(item.text, 12),
      row: item.y,
    }))
    for (const [i, box] of boxes.entries()) {
      expect(box.right).toBeLessThanOrEqual(width)
      for (const other of boxes.slice(i + 1))
        if (other.row === box.row) expect(other.left >= box.right || other.right <= box.left).toBe(true)
    }
    expect(layout.items[1].text.endsWith('…')).toBe(true)
    expect(layout.items[1].label).toBe(long('A'))
    expect(layout.height).toBe(new Set(boxes.map((b) => b.row)).size * layout.rowHeight)
    expect(layout.items[0].text).toBe('Baseline')
  })
})
