// Colours for scenarios and series. The first four scenario colours are Okabe & Ito's ("Color
// Universal Design", 2008): told apart under protanopia, deuteranopia and tritanopia, and at least
// 3:1 against white, which palette.spec.ts checks by simulating each deficiency. Colour is never the
// only difference: line-style.ts gives each scenario a dash pattern and a marker as well, and the
// baseline is near-black and dashed.

export const BASELINE_COLOUR = '#222222'
export const BASELINE_DASH = '6 4'

/**
 * Okabe-Ito without black (kept for the baseline) and yellow (too pale on white for thin lines);
 * the fifth and sixth are darkened orange and sky blue, so every line has 3:1 against white. Compare
 * shows at most four scenarios, so those two are told apart by dash and marker rather than colour.
 */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#A66F00', '#3B8AC0'] as const

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]
}

/**
 * Fills for stacked areas, where yellow is readable, in an order that keeps neighbours distinct.
 * Pale fills are allowed because every layer has a dark outline (STACK_OUTLINE) of at least 3:1
 * against white and against every fill, which marks where one layer ends and the next begins.
 */
export const AREA_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
] as const

export const STACK_OUTLINE = '#333333'

export function areaColour(index: number): string {
  return AREA_COLOURS[index % AREA_COLOURS.length]
}

/** Colours of the occupancy risk bands (85% and 92%): light, so the lines stay on top. */
export const BAND_FILLS = { caution: '#F0E442', danger: '#D55E00' } as const

/** The edge of a risk band: a dark dotted rule, so the band is seen by its edge, not its tint alone. */
export const BAND_EDGE = '#555555'

const COLOUR_NAMES: Record<string, string> = {
  '#222222': 'black',
  '#0072B2': 'blue',
  '#D55E00': 'vermilion',
  '#009E73': 'green',
  '#CC79A7': 'pink',
  '#E69F00': 'orange',
  '#A66F00': 'dark orange',
  '#56B4E9': 'sky blue',
  '#3B8AC0': 'mid blue',
  '#F0E442': 'yellow',
}

/** A colour's name in words, for captions (`blue`), or the colour itself when it has none. */
export function colourName(colour: string): string {
  return COLOUR_NAMES[colour.toUpperCase()] ?? colour
}
