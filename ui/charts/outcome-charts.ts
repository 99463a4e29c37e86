// The charts the app offers, named by the care model's public outputs (issue 3's interface). Each
// says what it measures in words, so captions can tell the reader what they are looking at, and
// which of the area's base-year figures it starts from, so the caption cites the area's sources.
// How its numbers read follows from the output's units (ui/format), never from the data.
import type { Source } from '../../model/ir'

/** What a note may say about the place: the sources the area (or the model) gives a parameter. */
export type NoteContext = { sourcesOf(parameter: string): readonly Source[] }
export type ChartNote = string | ((context: NoteContext) => string)

export interface LineOutcome {
  kind: 'line'
  id: string
  title: string
  output: string
  /** What one value means, for the caption: "emergency admissions a year". */
  measure: string
  /** Shade the occupancy risk bands (85% and 92%): for an output whose units are a share. */
  occupancyBands?: boolean
  /** A rate per year whose total over the run is worth reporting. */
  cumulative?: boolean
  /** Area parameters the chart's starting level comes from: their sources are cited. */
  baseFigures?: string[]
  note?: ChartNote
}

export interface StackedOutcome {
  kind: 'stacked'
  id: string
  title: string
  /** An arrayed output stacked by element, or separate outputs stacked as parts. */
  parts: { array: string } | { outputs: { output: string; label: string }[] }
  measure: string
  baseFigures?: string[]
  note?: ChartNote
}

export type OutcomeChart = LineOutcome | StackedOutcome

export const OUTCOME_CHARTS: OutcomeChart[] = [
  {
    kind: 'line',
    id: 'emergency-admissions',
    title: 'Emergency admissions',
    output: 'emergency admissions',
    measure: 'emergency admissions a year',
    cumulative: true,
    baseFigures: ['emergency admissions at start'],
  },
  {
    kind: 'line',
    id: 'bed-occupancy',
    title: 'Acute bed occupancy',
    output: 'bed occupancy',
    measure: 'share of acute beds occupied',
    occupancyBands: true,
    baseFigures: ['acute beds', 'emergency occupied beds at start', 'elective occupied beds at start'],
    note: ({ sourcesOf }) => {
      const ceiling = sourcesOf('bed closure occupancy ceiling')[0]
      return [
        'Shaded: above 85% the risk of bed shortages rises sharply and regular shortages come at 90% or more (Bagust, Place & Posnett, BMJ 1999);',
        `above 92% the model closes no beds for a shift${ceiling ? ` (${ceiling.title}${ceiling.year ? `, ${ceiling.year}` : ''})` : ''}.`,
      ].join(' ')
    },
  },
  {
    kind: 'line',
    id: 'occupied-beds',
    title: 'Occupied acute beds',
    output: 'occupied beds',
    measure: 'occupied acute beds',
    baseFigures: ['emergency occupied beds at start', 'elective occupied beds at start'],
  },
  {
    kind: 'line',
    id: 'delayed-discharges',
    title: 'Beds occupied by delayed discharges',
    output: 'delayed discharge beds',
    measure: 'beds occupied by patients medically fit to leave',
    baseFigures: ['delayed discharge beds at start'],
  },
  {
    kind: 'line',
    id: 'waiting-for-a-bed',
    title: 'Patients waiting for a bed',
    output: 'patients waiting for a bed',
    measure:
      'patients needing a bed beyond the core and escalation beds (in ED or corridors) on an average day',
  },
  {
    kind: 'line',
    id: 'beds-closed-for-shift',
    title: 'Beds closed for the shift',
    output: 'beds closed for the shift',
    measure: 'acute beds closed so their money pays for community services',
    note: 'Beds close only as far as occupancy stays at or below 92%: a shift closes beds as the community services bring demand down.',
  },
  {
    kind: 'line',
    id: 'double-running',
    title: 'Double running cost',
    output: 'double running cost',
    measure: 'community services paid for a year while the beds they replace are still open',
    cumulative: true,
    note: 'Paid from the hump fund up to its size; the rest is a health overspend.',
  },
  {
    kind: 'line',
    id: 'readmissions',
    title: 'Readmissions',
    output: 'readmissions',
    measure: 'emergency readmissions a year',
    cumulative: true,
    baseFigures: ['readmission probability at start'],
  },
  {
    kind: 'line',
    id: 'intermediate-care',
    title: 'Intermediate care clients',
    output: 'intermediate care clients',
    measure: 'people in intermediate care (step-up, step-down, reablement)',
  },
  {
    kind: 'line',
    id: 'home-care',
    title: 'Home care clients',
    output: 'home care clients',
    measure: 'people receiving home care',
    baseFigures: ['home care clients at start'],
  },
  {
    kind: 'line',
    id: 'care-homes',
    title: 'Care home residents',
    output: 'care home residents',
    measure: 'people living in care homes',
    baseFigures: ['care home residents at start'],
  },
  {
    kind: 'line',
    id: 'unmet-need',
    title: 'Unmet social care need',
    output: 'unmet social care need',
    measure: 'people whose assessed social care need is not met',
    baseFigures: ['people waiting for home care at start', 'people waiting for a care home at start'],
  },
  {
    kind: 'line',
    id: 'supported-at-home',
    title: 'Share of people aged 65+ supported at home',
    output: 'share of 65+ supported at home',
    measure: 'share of people aged 65 and over living at home rather than in a care home or a hospital bed',
  },
  {
    kind: 'line',
    id: 'total-spend',
    title: 'Total health and social care spend',
    output: 'total spend',
    measure: 'spend a year by both partners',
    cumulative: true,
    baseFigures: ['bed day cost', 'home care hourly cost', 'care home weekly cost'],
  },
  {
    kind: 'stacked',
    id: 'spend-by-partner',
    title: 'Spend by partner',
    parts: {
      outputs: [
        { output: 'health spend', label: 'Health (NHS)' },
        { output: 'social care spend', label: 'Social care (council)' },
      ],
    },
    measure: 'spend a year by each partner',
  },
  {
    kind: 'stacked',
    id: 'spend-by-service',
    title: 'Spend by service',
    parts: {
      outputs: [
        { output: 'acute spend', label: 'Acute beds' },
        { output: 'intermediate care spend', label: 'Intermediate care' },
        { output: 'home care spend', label: 'Home care' },
        { output: 'care home spend', label: 'Care homes' },
        { output: 'prevention spend', label: 'Prevention' },
      ],
    },
    measure: 'spend a year on each service',
  },
  {
    kind: 'line',
    id: 'pooled-fund',
    title: 'Pooled fund spend',
    output: 'pooled fund spend',
    measure: 'spend a year through the pooled fund',
    cumulative: true,
  },
  {
    kind: 'stacked',
    id: 'population',
    title: 'Population by age band',
    parts: { array: 'population' },
    measure: 'residents by age band',
    baseFigures: [
      'population under 65 at start',
      'population 65 to 74 at start',
      'population 75 to 84 at start',
      'population 85 plus at start',
    ],
  },
]

export function outcomeChart(id: string): OutcomeChart | undefined {
  return OUTCOME_CHARTS.find((chart) => chart.id === id)
}
