// The assumptions footnote under every slide and exported chart: the area and the analyst's edits
// to it, each scenario's lever settings in words, and the model and its version, so a slide lifted
// into another paper still says what it rests on.

export interface FootnoteFacts {
  areaName: string
  baseYear: number
  /** Each edit in words: "acute beds 880 → 900 beds". */
  edits: readonly string[]
  /** Each scenario's settings as a sentence: "Plan A: community shift share 10% (baseline 0%)." */
  scenarios: readonly string[]
  model: string
}

export function assumptionsText(facts: FootnoteFacts): string {
  const edits = facts.edits.length ? `, with the analyst’s edits: ${facts.edits.join('; ')}` : ''
  const area = `Area: ${facts.areaName}, base year ${facts.baseYear}${edits}.`
  const scenarios = facts.scenarios.length
    ? `Against the baseline (every lever at the area’s default): ${facts.scenarios.join(' ')}`
    : 'The baseline: every lever at the area’s default.'
  return `${area} ${scenarios} Model: ${facts.model}.`
}
