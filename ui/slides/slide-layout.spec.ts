import { describe, expect, it } from 'vitest'
import { approximateWidth } from '../charts/text-measure'
import type { Slide } from './slide'
import { type SlideBox, STAGE } from './slide-boxes'
import { layoutSlide } from './slide-layout'

function bottomOf(box: SlideBox): number {
  if (box.kind === 'text') return box.y + box.lines.length * box.lineHeight
  if (box.kind === 'rule') return Math.max(box.y1, box.y2)
  if (box.kind === 'table') {
    const last = box.rows[box.rows.length - 1]
    return last.y + last.height
  }
  return box.y + box.height
}

const footnote =
  'Area: Testshire, base year 2024. Plan A: community shift share 10% (baseline 0%). Model: test 1.'

describe('layoutSlide', () => {
  it('runs a long appendix on over numbered slides, every line on the stage and above the footnote', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => ({
      heading: `Source ${i + 1}`,
      text: 'A sentence about where a figure comes from and what it covers. '.repeat(8),
    }))
    const slide: Slide = {
      kind: 'assumptions',
      title: 'Assumptions and sources',
      arrangement: 'stack',
      blocks: [{ kind: 'paragraphs', paragraphs }],
      footnote,
    }
    const pages = layoutSlide(slide, approximateWidth, 7)
    expect(pages.length).toBeGreaterThan(1)
    expect(pages[1].title).toBe('Assumptions and sources (continued)')
    const shown = pages.flatMap((p) => p.boxes).filter((b) => b.kind === 'text' && b.size === 17)
    expect(shown.map((b) => (b.kind === 'text' ? b.lines.join(' ') : ''))).toEqual(
      paragraphs.map((p) => p.heading),
    )
    pages.forEach((page, i) => {
      const rule = page.boxes.find((b) => b.kind === 'rule')
      const number = page.boxes.find((b) => b.kind === 'text' && b.align === 'right')
      expect(number?.kind === 'text' && number.lines[0]).toBe(String(7 + i))
      for (const box of page.boxes) {
        expect(bottomOf(box)).toBeLessThanOrEqual(STAGE.height)
        if (box.kind === 'text' && box.size >= 16 && rule?.kind === 'rule')
          expect(bottomOf(box)).toBeLessThan(rule.y1)
      }
    })
  })

  it('shrinks a long table to fit above the caption', () => {
    const slide: Slide = {
      kind: 'key-figures',
      title: 'Key figures',
      arrangement: 'stack',
      blocks: [
        {
          kind: 'table',
          table: {
            corner: 'In 2034',
            columns: ['Baseline', 'Plan A', 'Plan B', 'Plan C', 'Plan D'],
            rows: Array.from({ length: 14 }, (_, i) => ({
              header: `Measure ${i}`,
              cells: Array.from({ length: 5 }, () => ({ text: '£123.4m', sub: '+£1.2m worse' })),
            })),
          },
        },
      ],
      caption: 'What the table shows.',
      footnote,
    }
    const [page] = layoutSlide(slide, approximateWidth, 3)
    const table = page.boxes.find((b) => b.kind === 'table')
    const caption = page.boxes.find((b) => b.kind === 'text' && b.lines[0] === 'What the table shows.')
    expect(table && caption && bottomOf(table)).toBeLessThanOrEqual(caption?.kind === 'text' ? caption.y : 0)
    expect(table?.kind === 'table' && table.size).toBeLessThan(16)
  })
})
