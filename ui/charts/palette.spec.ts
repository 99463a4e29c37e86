// The colours survive colour-vision deficiencies and meet WCAG contrast: each deficiency is
// simulated (Machado, Oliveira and Fernandes 2009, full severity, as culori implements it) and every
// pair of line colours a chart can show at once must stay apart by a CIEDE2000 difference of at
// least 10 (about five times a just-noticeable difference); lines, band edges and layer outlines
// have 3:1 against the white background (WCAG 1.4.11), chart text 4.5:1 (WCAG 1.4.3).
import {
  type Color,
  converter,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  filterGrayscale,
  wcagContrast,
} from 'culori'
import { describe, expect, it } from 'vitest'
import { BASELINE_STYLE, scenarioStyle } from './line-style'
import { AREA_COLOURS, BAND_EDGE, BASELINE_COLOUR, SERIES_COLOURS, STACK_OUTLINE } from './palette'

/** Compare shows the baseline and up to four scenarios on one chart (app-state MAX_COMPARED). */
const ON_ONE_CHART = [BASELINE_COLOUR, ...SERIES_COLOURS.slice(0, 4)]
const WHITE = '#ffffff'
const difference = differenceCiede2000()

const toRgb = converter('rgb')
const simulated =
  (filter: (colour: Color) => Color) =>
  (colour: string): Color =>
    filter(toRgb(colour) as Color)

const VISION = {
  'normal vision': simulated((colour) => colour),
  protanopia: simulated(filterDeficiencyProt(1)),
  deuteranopia: simulated(filterDeficiencyDeuter(1)),
  tritanopia: simulated(filterDeficiencyTrit(1)),
}

function closestPair(colours: readonly string[], simulate: (colour: string) => Color) {
  let least = { distance: Number.POSITIVE_INFINITY, pair: ['', ''] }
  for (let i = 0; i < colours.length; i++)
    for (let j = i + 1; j < colours.length; j++) {
      const distance = difference(simulate(colours[i]), simulate(colours[j]))
      if (distance < least.distance) least = { distance, pair: [colours[i], colours[j]] }
    }
  return least
}

describe('the palette', () => {
  for (const [vision, simulate] of Object.entries(VISION)) {
    it(`keeps the lines of one chart apart with ${vision}`, () => {
      const { distance, pair } = closestPair(ON_ONE_CHART, simulate)
      expect(distance, `${pair.join(' and ')}`).toBeGreaterThanOrEqual(10)
    })
  }

  it('does not keep them apart in greyscale, which is why lines differ by dash and marker too', () => {
    expect(closestPair(ON_ONE_CHART, simulated(filterGrayscale(1))).distance).toBeLessThan(10)
    const looks = [BASELINE_STYLE, ...[0, 1, 2, 3, 4, 5].map(scenarioStyle)].map(
      (s) => `${s.dash}|${s.marker}`,
    )
    expect(new Set(looks).size).toBe(looks.length)
    // And no scenario looks like the baseline by dash alone: the baseline has no marker.
    expect(BASELINE_STYLE.marker).toBeUndefined()
    for (let i = 0; i < 6; i++) expect(scenarioStyle(i).marker).toBeDefined()
  })

  it('gives every line, band edge and layer outline 3:1 against white', () => {
    for (const colour of [BASELINE_COLOUR, ...SERIES_COLOURS, BAND_EDGE, STACK_OUTLINE])
      expect(wcagContrast(colour, WHITE), colour).toBeGreaterThanOrEqual(3)
  })

  it('marks the edge between neighbouring stacked layers at 3:1 (the outline against one of them)', () => {
    for (let i = 0; i + 1 < AREA_COLOURS.length; i++) {
      const [below, above] = [AREA_COLOURS[i], AREA_COLOURS[i + 1]]
      const edge = Math.max(wcagContrast(STACK_OUTLINE, below), wcagContrast(STACK_OUTLINE, above))
      expect(edge, `${below} under ${above}`).toBeGreaterThanOrEqual(3)
    }
  })

  it('writes chart text at 4.5:1 on white (axes, legends, band labels, slides)', () => {
    // The text colours of chart-axes.ts, legend-layout.ts, line-chart-draw.ts and the slides.
    for (const colour of ['#333333', '#222222', '#1d1d1d', '#555555'])
      expect(wcagContrast(colour, WHITE), colour).toBeGreaterThanOrEqual(4.5)
  })
})
