// A chart as a file a board paper can take: the chart's SVG with its title above and its caption
// and assumptions footnote below, as SVG text or rasterised to PNG. Charts style themselves with
// SVG attributes (not stylesheet classes), so the exported file looks as it does on screen.

const SVG_NS = 'http://www.w3.org/2000/svg'
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'
const MARGIN = 16
const TITLE_SIZE = 17
const TEXT_SIZE = 12
const LINE_HEIGHT = 16

export interface ChartWords {
  title: string
  caption: string
  footnote?: string
}

export interface ChartImage {
  svg: string
  width: number
  height: number
}

/** Splits text into lines of about `maxChars` characters at spaces. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

function textElement(
  content: string,
  x: number,
  y: number,
  size: number,
  extra: Record<string, string> = {},
) {
  const text = document.createElementNS(SVG_NS, 'text')
  text.setAttribute('x', String(x))
  text.setAttribute('y', String(y))
  text.setAttribute('font-size', String(size))
  text.setAttribute('fill', '#222')
  for (const [name, value] of Object.entries(extra)) text.setAttribute(name, value)
  text.textContent = content
  return text
}

export function standaloneSvg(chart: SVGSVGElement, words: ChartWords): ChartImage {
  const box = chart.viewBox.baseVal
  const width = box && box.width > 0 ? box.width : Number(chart.getAttribute('width')) || 640
  const chartHeight = box && box.height > 0 ? box.height : Number(chart.getAttribute('height')) || 320
  // Roughly 0.55 em per character in a sans-serif face.
  const charsPerLine = Math.floor((width - 2 * MARGIN) / (TEXT_SIZE * 0.55))
  const titleLines = wrapText(words.title, Math.floor((width - 2 * MARGIN) / (TITLE_SIZE * 0.58)))
  const captionLines = wrapText(words.caption, charsPerLine)
  const footLines = words.footnote ? wrapText(words.footnote, charsPerLine) : []
  const top = MARGIN + titleLines.length * (TITLE_SIZE + 4)
  const height = top + chartHeight + (captionLines.length + footLines.length) * LINE_HEIGHT + MARGIN + 4

  const root = document.createElementNS(SVG_NS, 'svg')
  root.setAttribute('xmlns', SVG_NS)
  root.setAttribute('width', String(width))
  root.setAttribute('height', String(height))
  root.setAttribute('viewBox', `0 0 ${width} ${height}`)
  root.setAttribute('font-family', FONT)
  const background = document.createElementNS(SVG_NS, 'rect')
  background.setAttribute('width', String(width))
  background.setAttribute('height', String(height))
  background.setAttribute('fill', '#ffffff')
  root.append(background)
  titleLines.forEach((line, i) => {
    root.append(
      textElement(line, MARGIN, MARGIN + TITLE_SIZE + i * (TITLE_SIZE + 4), TITLE_SIZE, {
        'font-weight': '600',
      }),
    )
  })
  const body = document.createElementNS(SVG_NS, 'g')
  body.setAttribute('transform', `translate(0,${top})`)
  for (const child of Array.from(chart.childNodes)) body.append(child.cloneNode(true))
  root.append(body)
  let y = top + chartHeight + LINE_HEIGHT
  for (const line of captionLines) {
    root.append(textElement(line, MARGIN, y, TEXT_SIZE))
    y += LINE_HEIGHT
  }
  for (const line of footLines) {
    root.append(textElement(line, MARGIN, y, TEXT_SIZE - 1, { fill: '#555' }))
    y += LINE_HEIGHT
  }
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`
  return { svg, width, height }
}

/** Draws the SVG on a canvas at `scale` times its size (2 for crisp print) and encodes a PNG. */
export async function svgToPng(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }))
  try {
    const picture = new Image()
    picture.decoding = 'async'
    picture.src = url
    await picture.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(image.width * scale)
    canvas.height = Math.round(image.height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('this browser cannot draw to a canvas')
    context.scale(scale, scale)
    context.drawImage(picture, 0, 0, image.width, image.height)
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png')
    })
  } finally {
    URL.revokeObjectURL(url)
  }
}
