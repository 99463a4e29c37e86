// How wide a piece of text will be, so legends can wrap and truncate, axes can make room for their
// labels, and slides can wrap their words. Charts and slides use one face (Arial, or its metric
// twin Liberation Sans, or Helvetica), the one PowerPoint and PDF readers have too, so a width
// measured here holds in the exported files. In a browser the canvas measures; elsewhere (unit
// tests) an average character width stands in.

export const CHART_FONT = 'Arial, "Liberation Sans", Helvetica, sans-serif'

export type Measure = (text: string, fontSize: number, bold?: boolean) => number

/** Helvetica's average advance is a little over half an em for mixed words and digits. */
export function approximateWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.58 : 0.53)
}

let context: CanvasRenderingContext2D | null | undefined
const cache = new Map<string, number>()

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context
  try {
    const canvas = typeof document === 'undefined' ? undefined : document.createElement('canvas')
    const candidate = canvas?.getContext('2d') ?? null
    // happy-dom hands out a context that measures nothing.
    context = candidate && candidate.measureText('MM').width > 0 ? candidate : null
  } catch {
    context = null
  }
  return context
}

/** The width of `text` in CHART_FONT at `fontSize` px. */
export const measureText: Measure = (text, fontSize, bold = false) => {
  const ctx = canvasContext()
  if (!ctx) return approximateWidth(text, fontSize, bold)
  const key = `${bold ? 'b' : 'n'}${fontSize}|${text}`
  let width = cache.get(key)
  if (width === undefined) {
    ctx.font = `${bold ? 'bold ' : ''}${fontSize}px ${CHART_FONT}`
    width = ctx.measureText(text).width
    if (cache.size > 5000) cache.clear()
    cache.set(key, width)
  }
  return width
}

/** `text` cut with an ellipsis to fit `maxWidth`, or as it is when it fits. */
export function truncateToWidth(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: Measure,
  bold = false,
): string {
  if (measure(text, fontSize, bold) <= maxWidth) return text
  let low = 0
  let high = text.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (measure(`${text.slice(0, middle).trimEnd()}…`, fontSize, bold) <= maxWidth) low = middle
    else high = middle - 1
  }
  return `${text.slice(0, low).trimEnd()}…`
}

/** Splits text into lines no wider than `maxWidth`, at spaces (a word too long for a line is cut). */
export function wrapToWidth(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: Measure,
  bold = false,
): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (line && measure(candidate, fontSize, bold) > maxWidth) {
        lines.push(line)
        line = word
      } else {
        line = candidate
      }
      if (measure(line, fontSize, bold) > maxWidth)
        line = truncateToWidth(line, maxWidth, fontSize, measure, bold)
    }
    lines.push(line)
  }
  return lines
}
