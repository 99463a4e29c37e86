// The slides a deck can hold, in their default order. Present mode lists them to pick and reorder;
// the PowerPoint and PDF packs draw the same choice. A new kind of slide is one entry here: e.g.
// the appraisal (NPV by partner) is `{ id: 'appraisal', title: 'Appraisal', chosen: true, build }`
// with a `build` that returns a table slide from the deck input.
import { OUTCOME_CHARTS } from '../charts/outcome-charts'
import { assumptionsSlide, scenarioFilesSlide } from './appendix-slides'
import { appraisalSlide } from './appraisal-slide'
import { breakEvenSlide, chartSlide, differenceSlide } from './chart-slides'
import type { DeckInput } from './deck-input'
import type { Slide } from './slide'
import { coverSlide, keyFiguresSlide, summarySlide } from './summary-slides'

export interface SlideKind {
  id: string
  /** The name in the slide picker. */
  title: string
  /** In the deck unless the analyst takes it out. */
  chosen: boolean
  /** The slides of this kind for the input (none when it has nothing to show). */
  build(input: DeckInput): Slide[]
}

const DEFAULT_CHARTS = new Set([
  'emergency-admissions',
  'bed-occupancy',
  'delayed-discharges',
  'total-spend',
  'spend-by-service',
])

export const SLIDE_KINDS: SlideKind[] = [
  { id: 'cover', title: 'Title', chosen: true, build: coverSlide },
  { id: 'summary', title: 'In brief (each scenario in three sentences)', chosen: true, build: summarySlide },
  { id: 'key-figures', title: 'Key figures', chosen: true, build: keyFiguresSlide },
  { id: 'difference', title: 'Difference from the baseline', chosen: true, build: differenceSlide },
  { id: 'break-even', title: 'Break-even', chosen: true, build: breakEvenSlide },
  { id: 'appraisal', title: 'Appraisal: net present value by partner', chosen: true, build: appraisalSlide },
  ...OUTCOME_CHARTS.map((chart) => ({
    id: chart.id,
    title: `Chart: ${chart.title}`,
    chosen: DEFAULT_CHARTS.has(chart.id),
    build: (input: DeckInput) => chartSlide(chart, input),
  })),
  { id: 'assumptions', title: 'Appendix: assumptions and sources', chosen: true, build: assumptionsSlide },
  { id: 'scenario-files', title: 'Appendix: scenario files', chosen: true, build: scenarioFilesSlide },
]

export function slideKind(id: string): SlideKind | undefined {
  return SLIDE_KINDS.find((kind) => kind.id === id)
}

/** The kinds chosen by default, in the default order. */
export function defaultSlideOrder(): string[] {
  return SLIDE_KINDS.filter((kind) => kind.chosen).map((kind) => kind.id)
}

/**
 * The slides of the chosen kinds, in the chosen order, each with the deck's assumptions footnote
 * (the cover carries none: it says the same in its own lines).
 */
export function buildDeck(input: DeckInput, chosen: readonly string[]): Slide[] {
  return chosen.flatMap((id) => {
    const kind = slideKind(id)
    if (!kind) return []
    return kind
      .build(input)
      .map((slide) => (slide.kind === 'cover' ? slide : { ...slide, footnote: input.footnote }))
  })
}
