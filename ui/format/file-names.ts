// File names for what leaves the app: lower case, words joined by hyphens, nothing a file system
// rejects, and saying what is in the file: the scenario(s) and the chart.

/** A name for a file from a title: `Plan A: shift (v2)` -> `plan-a-shift-v2`. */
export function slug(title: string, maxLength = 60): string {
  const text = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/£/g, 'gbp')
    .replace(/€/g, 'eur')
    .replace(/%/g, 'pc')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  const cut = text.length > maxLength ? text.slice(0, maxLength).replace(/-[^-]*$/, '') : text
  return cut || 'untitled'
}

/**
 * `plan-a_vs-baseline_emergency-admissions.csv`: the scenarios shown (each name shortened so the
 * whole stays readable), what they are compared with, and the chart.
 */
export function exportFileName(scenarios: readonly string[], what: string, extension: string): string {
  const names = scenarios.length
    ? scenarios.map((s) => slug(s, scenarios.length > 2 ? 24 : 40))
    : ['baseline']
  const against = scenarios.length ? ['vs-baseline'] : []
  return `${[...names, ...against, slug(what)].join('_')}.${extension}`
}
