// The appendix that lets a reader check and reproduce the pack: the assumptions (area, edits, each
// scenario's levers with the values its file holds) and the sources, then each scenario file in
// full. Long appendices run on over as many slides as they need.
import { DEFAULT_UNCERTAINTY_SAMPLES } from '../../workers/engine-api'
import { BASELINE_STYLE } from '../charts/line-style'
import { leverSettingRows } from '../results/settings-in-words'
import type { DeckInput } from './deck-input'
import type { Slide, SlideParagraph } from './slide'

export function assumptionsSlide(input: DeckInput): Slide[] {
  const paragraphs: SlideParagraph[] = [
    {
      heading: `Area: ${input.areaName}`,
      text: [
        `Base year ${input.baseYear}; ${Math.round(input.stopTime - input.startTime)} years run; money in ${input.currency}.`,
        input.edits.length
          ? `The analyst changed these of the area’s figures: ${input.edits.join('; ')}.`
          : 'Every area figure is its sourced default.',
        'The baseline keeps every lever at the area’s default.',
      ].join(' '),
    },
  ]
  for (const [i, scenario] of input.scenarioRecords.entries()) {
    const rows = leverSettingRows(scenario, input.settings)
    paragraphs.push({
      heading: scenario.name,
      swatch: input.scenarios[i]?.style ?? BASELINE_STYLE,
      text: [
        scenario.description,
        rows.length
          ? `Levers: ${rows.map((r) => `${r.lever} ${r.setting} [file: ${r.raw}]`).join('; ')}.`
          : 'No lever moved.',
        scenario.sources?.length ? `Evidence: ${scenario.sources.map((s) => s.title).join('; ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    })
  }
  if (input.scenarios.some((s) => s.bands)) {
    paragraphs.push({
      heading: 'Uncertainty bands',
      text: `Where shaded, the band is the 10th to 90th percentile of ${DEFAULT_UNCERTAINTY_SAMPLES} seeded runs varying every uncertain parameter within its sourced range; levers and the area’s own figures stay as set.`,
    })
  }
  paragraphs.push({
    heading: `Sources of ${input.areaName}’s figures`,
    text: input.areaSources.map((s) => `${s.citation}: ${s.parameters.join(', ')}.`).join('\n'),
  })
  paragraphs.push({
    heading: 'Model',
    text: `${input.model}. Every other default, its source and range: docs/parameters.md; how the model works: docs/model.md. Occupancy risk: Bagust, Place & Posnett, BMJ 1999.`,
  })
  return [
    {
      kind: 'assumptions',
      title: 'Assumptions and sources',
      arrangement: 'stack',
      blocks: [{ kind: 'paragraphs', paragraphs }],
    },
  ]
}

export function scenarioFilesSlide(input: DeckInput): Slide[] {
  if (input.files.length === 0) return []
  return [
    {
      kind: 'scenario-files',
      title: 'Scenario files',
      arrangement: 'stack',
      blocks: [
        {
          kind: 'paragraphs',
          paragraphs: input.files.map((file) => ({
            heading: file.fileName,
            text: file.text.trimEnd(),
            mono: true,
          })),
        },
      ],
      caption:
        'Save each as a .json file and open it with Import… in CareBalance, or run it with npx carebalance run, to reproduce this pack. The PDF carries the files as attachments too.',
    },
  ]
}
