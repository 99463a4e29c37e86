// The words under a chart: which area and years, which line is which scenario (by colour name
// and line style, so the caption reads without the picture), and where the area's base-year
// figures come from (its own sources: Public Health Scotland for Scotland, not NHS England).
import type { Source } from '../../model/ir'
import type { ChartRun } from './chart-run'
import { styleWords } from './line-style'

export { colourName } from './palette'

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function yearSpan(years: ArrayLike<number>): string {
  if (years.length === 0) return ''
  return `${Math.round(years[0])}–${Math.round(years[years.length - 1])}`
}

/**
 * "Lines: Plan A (blue solid line with circles), Plan B (vermilion dash-dot line with squares); the
 * baseline is the black dashed line."
 */
export function linesSentence(runs: readonly ChartRun[]): string {
  const scenarios = runs.filter((r) => !r.baseline).map((r) => `${r.label} (${styleWords(r.style)})`)
  const hasBaseline = runs.some((r) => r.baseline)
  const parts: string[] = []
  if (scenarios.length) parts.push(`${scenarios.length === 1 ? 'Line' : 'Lines'}: ${scenarios.join(', ')}`)
  if (hasBaseline) parts.push('the baseline is the black dashed line')
  return parts.length ? `${capitalise(parts.join('; '))}.` : ''
}

/** A source as a short citation: "Acute hospital activity (Public Health Scotland) (2024)". */
export function citation(source: Source): string {
  return source.year ? `${source.title} (${source.year})` : source.title
}

/**
 * "Base-year figures for Scotland: …": the distinct sources the area gives for the parameters a
 * chart starts from, or nothing when the area records none.
 */
export function baseFiguresSentence(
  areaName: string,
  parameters: readonly string[] | undefined,
  areaSources: Readonly<Record<string, readonly Source[]>>,
): string {
  const titles = new Set<string>()
  for (const name of parameters ?? [])
    for (const source of areaSources[name] ?? []) titles.add(citation(source))
  if (titles.size === 0) return ''
  // Two sources say where the numbers come from; Area set-up lists them all.
  const listed = [...titles]
  const more = listed.length > 2 ? `; and ${listed.length - 2} more (see Area set-up)` : ''
  return `Base-year figures for ${areaName}: ${listed.slice(0, 2).join('; ')}${more}.`
}
