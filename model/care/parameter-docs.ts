// Renders docs/parameters.md from the model's own parameter definitions and areas, so the
// documentation cannot drift from the numbers the model runs with (a test compares them).
import type { Source } from '../ir'
import { AREAS } from './areas'
import { AREA_PARAMETER_NAMES } from './areas/area-parameters'
import { SCALED_LEVER_RULES } from './areas/lever-ranges'
import type { ArrayParameterDefinition, ParameterDefinition } from './builder'
import { assembleCareModel } from './model'
import { BASE_YEAR, CARE_MODEL_VERSION } from './version'

const tableCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ')

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-GB')
  const rounded = Number(value.toPrecision(4))
  return Math.abs(rounded) < 0.001 ? rounded.toExponential(3) : String(rounded)
}

/** Years shown as days where that is how people think of them. */
function formatValue(value: number, units: string): string {
  if (units === 'year') return String(value)
  if (units === 'years' && value > 0 && value < 0.25)
    return `${formatNumber(value)} (${formatNumber(value * 365)} days)`
  return formatNumber(value)
}

function formatSource(source: Source): string {
  const parts = [source.title]
  if (source.year) parts.push(String(source.year))
  if (source.table) parts.push(source.table)
  const text = parts.join('; ')
  return source.url ? `[${tableCell(text)}](${source.url})` : tableCell(text)
}

function formatSources(sources: Source[]): string {
  return sources.map(formatSource).join('<br>')
}

function scalarRow(p: ParameterDefinition): string {
  const range = p.range ? `${formatValue(p.range[0], p.units)} – ${formatValue(p.range[1], p.units)}` : ''
  const derivation = p.derivation ? `**Derived:** ${tableCell(p.derivation)}` : ''
  return `| \`${p.name}\` | ${formatValue(p.value, p.units)} | ${tableCell(p.units)} | ${tableCell(p.doc)} | ${formatSources(p.sources)} | ${range} | ${checkedMark(p.checked)} | ${derivation} |`
}

const checkedMark = (checked: boolean | undefined) => (checked ? 'yes' : 'no')

function arrayBlock(p: ArrayParameterDefinition): string {
  const values = Object.entries(p.values)
    .map(([element, value]) => `\`[${element}]\` ${formatValue(value, p.units)}`)
    .join(', ')
  const lines = [
    `**\`${p.name}\`** (${p.dimensions.join(' × ')}; ${p.units}): ${tableCell(p.doc)}`,
    '',
    `Values: ${values}.`,
    '',
    `Sources: ${formatSources(p.sources).replaceAll('<br>', '; ')}. Checked against the source: ${checkedMark(p.checked)}.`,
  ]
  if (p.derivation) lines.push('', `**Derived:** ${p.derivation}`)
  return lines.join('\n')
}

/** Each area's range for the levers whose scale depends on the place, with how it was set. */
function leverRangeTable(): string[] {
  const lines = [
    '### Lever ranges by area',
    '',
    'Beds, money and prices scale with the place, so these levers have each area’s own range ' +
      '(`leverRangeFor`; scenario files are checked against it). Each follows from the area’s base-year figures ' +
      'by the rule shown, rounded outwards to the lever’s step. Other levers have the range in the tables above.',
    '',
    `| Lever | ${AREAS.map((a) => a.name).join(' | ')} | Basis |`,
    `|---|${AREAS.map(() => '---').join('|')}|---|`,
  ]
  for (const rule of SCALED_LEVER_RULES) {
    const ranges = AREAS.map((area) => {
      const range = area.leverRanges?.[rule.lever]
      return range ? `${formatNumber(range[0])} – ${formatNumber(range[1])}` : ''
    })
    const sources = rule.sources.length ? ` (${formatSources(rule.sources).replaceAll('<br>', '; ')})` : ''
    lines.push(`| \`${rule.lever}\` | ${ranges.join(' | ')} | ${tableCell(rule.basis)}${sources} |`)
  }
  lines.push('')
  return lines
}

export function renderParameterDocs(): string {
  const builder = assembleCareModel()
  const sectors = [
    ...new Set([...builder.parameters, ...builder.arrayParameters].map((p) => p.sector ?? 'General')),
  ]
  const out: string[] = [
    '# Care model parameters',
    '',
    `Every default of the care model (version ${CARE_MODEL_VERSION}), with its value, unit, source and range. ` +
      `This file is generated from the model's own definitions (\`model/care/parameters/\`); the test ` +
      '`tests/care/docs.test.ts` fails when it is out of date, and `UPDATE_DOCS=1 npx vitest run --project unit tests/care/docs.test.ts` rewrites it.',
    '',
    `Prices are in pounds at ${BASE_YEAR} prices. Times are in years (the model's time unit); short times are also shown in days. ` +
      'Values marked **Derived** were computed by us from the cited figures; the note shows how. ' +
      'Values citing only "Modelling assumption" have no published figure behind them: they are the first candidates for sensitivity runs. ' +
      '"Checked: yes" means the figure was read from a copy of the cited source while the model was built; "no" means it comes from ' +
      "the source's published summaries or from our own reading and should be checked against the source's tables before use in a board paper.",
    '',
    'A parameter not checked is a labelled assumption when it cites "Modelling assumption", gives a range (scalars) and says why in its note. ' +
      'To count parameters checked, labelled assumptions and neither (issue 8 point 7): `npx tsx scripts/count-checked.ts` ' +
      '(add `--list` for each parameter).',
    '',
  ]
  for (const sector of sectors) {
    out.push(`## ${sector}`, '')
    const scalars = builder.parameters.filter((p) => (p.sector ?? 'General') === sector)
    if (scalars.length) {
      out.push(
        '| Name | Default | Unit | Meaning | Source | Range | Checked | Note |',
        '|---|---|---|---|---|---|---|---|',
      )
      for (const p of scalars) out.push(scalarRow(p))
      out.push('')
    }
    for (const p of builder.arrayParameters.filter((a) => (a.sector ?? 'General') === sector))
      out.push(arrayBlock(p), '')
  }

  out.push(
    '## Areas',
    '',
    'An area sets the values below; every other parameter is shared. The default area is the first column.',
    '',
    `| Parameter | ${AREAS.map((a) => a.name).join(' | ')} |`,
    `|---|${AREAS.map(() => '---').join('|')}|`,
  )
  for (const name of AREA_PARAMETER_NAMES) {
    out.push(`| \`${name}\` | ${AREAS.map((a) => formatNumber(a.parameters[name])).join(' | ')} |`)
  }
  out.push('')
  out.push(...leverRangeTable())
  for (const area of AREAS.slice(1)) {
    out.push(`### Sources for ${area.name}`, '', area.description, '')
    for (const name of AREA_PARAMETER_NAMES)
      out.push(`- \`${name}\`: ${formatSources(area.sources[name] ?? []).replaceAll('<br>', '; ')}`)
    out.push('')
  }
  return `${out.join('\n').trimEnd()}\n`
}
