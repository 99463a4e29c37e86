// Colours for scenarios and series. Okabe & Ito's palette ("Color Universal Design", 2008) stays
// distinguishable under the common colour-vision deficiencies; the baseline is always drawn in
// near-black and dashed, so it is told apart by line style as well as colour.

export const BASELINE_COLOUR = '#222222'
export const BASELINE_DASH = '6 4'

/** Okabe-Ito without black (kept for the baseline) and yellow (too pale on white for thin lines). */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]
}

/** Fills for stacked areas, where yellow is readable, in an order that keeps neighbours distinct. */
export const AREA_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
] as const

export function areaColour(index: number): string {
  return AREA_COLOURS[index % AREA_COLOURS.length]
}

/** Colours of the occupancy risk bands (85% and 92%): light, so the lines stay on top. */
export const BAND_FILLS = { caution: '#F0E442', danger: '#D55E00' } as const
