// The board pack in one click: the deck's slides as a PowerPoint file or a PDF, named for the area,
// the scenarios and the date. Loaded only when asked for, so the app starts without the pack
// libraries.

import { chartSvg } from '../charts/chart-svg'
import { measureText } from '../charts/text-measure'
import { slug } from '../format/file-names'
import type { DeckInput } from '../slides/deck-input'
import type { ChartBox } from '../slides/slide-boxes'
import { svgToPng } from './chart-image'

export interface PackFile {
  blob: Blob
  name: string
}

/** `board-pack_english-area_plan-a_2026-12-01.pptx` */
export function packName(input: DeckInput, extension: string): string {
  const names = input.scenarios.map((s) => slug(s.label, input.scenarios.length > 2 ? 20 : 36))
  const date = input.date.toISOString().slice(0, 10)
  return `${['board-pack', slug(input.areaName, 30), ...names, date].join('_')}.${extension}`
}

/** A chart of a slide as a PNG three times its size on the stage: crisp in print and on a projector. */
export async function chartPng(box: ChartBox, scale = 3): Promise<Uint8Array> {
  const svg = chartSvg(box, measureText)
  const text = new XMLSerializer().serializeToString(svg)
  const blob = await svgToPng({ svg: text, width: box.width, height: box.height }, scale)
  return new Uint8Array(await blob.arrayBuffer())
}

export { pdfPack } from './pdf-pack'
export { pptxPack } from './pptx-pack'
