// The print style: a figure in greys, for black-and-white printers and photocopies. Scenarios stay
// apart by their dash patterns and markers (line-style.ts), which greys keep; areas by light and
// dark greys with dark outlines; bands by pale greys under a dark edge. Chart exports, slides, the
// PowerPoint and the PDF each offer it.
import type { Band, LineSeries, StackLayer } from './chart-series'
import type { Figure } from './figure'
import { AREA_COLOURS, BAND_FILLS, BASELINE_COLOUR, SERIES_COLOURS } from './palette'

/** Scenario lines in near-black greys (every one 7:1 or more on white): dashes and markers tell them apart. */
const LINE_GREYS = ['#1a1a1a', '#3d3d3d', '#2b2b2b', '#4a4a4a', '#333333', '#444444']

/** Stacked layers from dark to pale and back, so neighbours differ in lightness. */
const AREA_GREYS = ['#3f3f3f', '#bdbdbd', '#767676', '#e3e3e3', '#5a5a5a', '#a0a0a0', '#f2f2f2']

const BAND_GREYS: Record<string, string> = { [BAND_FILLS.caution]: '#cfcfcf', [BAND_FILLS.danger]: '#7a7a7a' }

function indexOf(palette: readonly string[], colour: string): number {
  return palette.findIndex((c) => c.toUpperCase() === colour.toUpperCase())
}

/** A line's colour in the print style: black for the baseline, a dark grey for each scenario. */
export function printLineColour(colour: string): string {
  if (colour.toUpperCase() === BASELINE_COLOUR.toUpperCase()) return '#000000'
  const index = indexOf(SERIES_COLOURS, colour)
  return LINE_GREYS[index >= 0 ? index % LINE_GREYS.length : 0]
}

/** An area's fill in the print style. */
export function printAreaColour(colour: string): string {
  const index = indexOf(AREA_COLOURS, colour)
  return AREA_GREYS[index >= 0 ? index % AREA_GREYS.length : 0]
}

function printBand(band: Band): Band {
  return { ...band, fill: BAND_GREYS[band.fill] ?? '#bdbdbd' }
}

/** The figure in greys; its words, numbers and line styles unchanged. */
export function printFigure(figure: Figure): Figure {
  if (figure.kind === 'line')
    return {
      ...figure,
      series: figure.series.map((s): LineSeries => ({ ...s, colour: printLineColour(s.colour) })),
      bands: figure.bands.map(printBand),
      caption: greyCaption(figure.caption),
    }
  return {
    ...figure,
    layers: figure.layers.map((l): StackLayer => ({ ...l, colour: printAreaColour(l.colour) })),
    caption: greyCaption(figure.caption),
  }
}

/** Captions name colours ("blue solid line with circles"): in print, the line style alone. */
function greyCaption(caption: string): string {
  return caption
    .replace(
      /\((?:blue|vermilion|green|pink|dark orange|mid blue|orange|sky blue|yellow) ([a-z-]+ line)/g,
      '($1',
    )
    .replace(/ \((?:blue|vermilion|green|pink|orange|sky blue|yellow|dark orange|mid blue)\)/g, '')
}
