// How one line is told from another without relying on colour: each scenario has a colour, a dash
// pattern and a marker shape, so the lines stay apart in greyscale print, on a washed-out projector
// and for readers with a colour-vision deficiency. The baseline is near-black and dashed, without
// markers. Every chart, legend, table swatch, slide and board pack takes its styles from here;
// new charts (fan charts, tornado, appraisal) should too.
import * as d3 from 'd3'
import { BASELINE_COLOUR, BASELINE_DASH, colourName, seriesColour } from './palette'

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star'

export interface LineStyle {
  colour: string
  /** SVG stroke-dasharray; none for a solid line. */
  dash?: string
  /** A shape drawn along the line at intervals; none for the baseline. */
  marker?: MarkerShape
}

export const BASELINE_STYLE: LineStyle = { colour: BASELINE_COLOUR, dash: BASELINE_DASH }

/** Dash patterns and markers in scenario order, each unlike the baseline's plain "6 4" dash. */
const PATTERNS: { dash?: string; marker: MarkerShape; words: string }[] = [
  { marker: 'circle', words: 'solid' },
  { dash: '10 3 2 3', marker: 'square', words: 'dash-dot' },
  { dash: '2 3', marker: 'triangle', words: 'dotted' },
  { dash: '14 3 3 3 3 3', marker: 'diamond', words: 'dash-dot-dot' },
  { dash: '18 5', marker: 'cross', words: 'long-dashed' },
  { dash: '4 2', marker: 'star', words: 'short-dashed' },
]

/** The style of the `index`th scenario shown (it follows the scenario's place, as its colour does). */
export function scenarioStyle(index: number): LineStyle {
  const pattern = PATTERNS[index % PATTERNS.length]
  return { colour: seriesColour(index), dash: pattern.dash, marker: pattern.marker }
}

const MARKER_WORDS: Record<MarkerShape, string> = {
  circle: 'circles',
  square: 'squares',
  triangle: 'triangles',
  diamond: 'diamonds',
  cross: 'crosses',
  star: 'stars',
}

/** A line's style in words, for captions and screen readers: "blue solid line with circles". */
export function styleWords(style: LineStyle): string {
  const pattern = PATTERNS.find((p) => p.dash === style.dash && p.marker === style.marker)
  const dash = pattern?.words ?? (style.dash ? 'dashed' : 'solid')
  const marker = style.marker ? ` with ${MARKER_WORDS[style.marker]}` : ''
  return `${colourName(style.colour)} ${dash} line${marker}`
}

const SYMBOLS: Record<MarkerShape, d3.SymbolType> = {
  circle: d3.symbolCircle,
  square: d3.symbolSquare,
  triangle: d3.symbolTriangle,
  diamond: d3.symbolDiamond,
  cross: d3.symbolX,
  star: d3.symbolStar,
}

/** Crosses are drawn as strokes, every other marker filled. */
export function markerIsStroked(shape: MarkerShape): boolean {
  return shape === 'cross'
}

/**
 * SVG path data for markers of `shape` centred on each point, `size` px across: one path for all
 * of a line's markers, so a redraw touches one element per line.
 */
export function markerPath(shape: MarkerShape, points: readonly [number, number][], size: number): string {
  const path = d3.path()
  const symbol = SYMBOLS[shape]
  // d3 sizes symbols by area; a square `size` across has area size².
  const area =
    shape === 'circle' ? (Math.PI * size * size) / 4 : size * size * (shape === 'cross' ? 0.5 : 0.8)
  for (const [x, y] of points) {
    // A context that moves each symbol, drawn about the origin, to its point.
    const shifted = {
      moveTo: (a: number, b: number) => path.moveTo(x + a, y + b),
      lineTo: (a: number, b: number) => path.lineTo(x + a, y + b),
      closePath: () => path.closePath(),
      rect: (a: number, b: number, w: number, h: number) => path.rect(x + a, y + b, w, h),
      arc: (a: number, b: number, r: number, a0: number, a1: number, ccw?: boolean) =>
        path.arc(x + a, y + b, r, a0, a1, ccw),
    }
    symbol.draw(shifted as unknown as Parameters<d3.SymbolType['draw']>[0], area)
  }
  return path.toString()
}

/**
 * Which points of a line carry a marker: about one every `everyYears` years, each scenario's
 * markers shifted by a fraction of that, so lines that lie on top of each other still show
 * every scenario's markers.
 */
export function markerIndices(xs: ArrayLike<number>, shift: number, everyYears = 2): number[] {
  const indices: number[] = []
  if (xs.length < 2) return indices
  const first = xs[0]
  const last = xs[xs.length - 1]
  let target = first + everyYears * (0.25 + ((shift * 0.3) % 0.75))
  let i = 0
  while (target <= last) {
    while (i < xs.length - 1 && xs[i + 1] <= target) i++
    indices.push(i)
    target += everyYears
  }
  return indices
}
