// How numbers read on axes and in tables: short SI-style figures (12k, 3.4M), percentages for
// shares, and pounds for money, as a finance director would write them.
import { format } from 'd3'
import type { ValueFormat } from './chart-series'

const axisNumber = format('~s')
const axisPercent = format('.0%')
const wholeNumber = format(',.0f')
const smallNumber = format(',.3~r')
const tablePercent = format('.1%')

/** SI suffixes with the words finance uses: k, m, bn (not M, G). */
function money(value: number, digits: number): string {
  const size = Math.abs(value)
  const sign = value < 0 ? '-' : ''
  const [scaled, suffix] =
    size >= 1e9
      ? [size / 1e9, 'bn']
      : size >= 1e6
        ? [size / 1e6, 'm']
        : size >= 1e3
          ? [size / 1e3, 'k']
          : [size, '']
  return `${sign}£${format(`.${digits}~r`)(scaled)}${suffix}`
}

export function formatAxis(value: number, kind: ValueFormat): string {
  if (kind === 'percent') return axisPercent(value)
  if (kind === 'money') return money(value, 3)
  return axisNumber(value).replace('G', 'bn')
}

export function formatValue(value: number, kind: ValueFormat): string {
  if (!Number.isFinite(value)) return '–'
  if (kind === 'percent') return tablePercent(value)
  if (kind === 'money') return money(value, 4)
  // Counts of people, beds and admissions read best as whole numbers; small values keep 3 digits.
  return Math.abs(value) >= 100 ? wholeNumber(value) : smallNumber(value)
}

/** A signed difference, e.g. `+1.2k`, `-3.4%` (points for percentages), `+£2.1m`. */
export function formatDifference(value: number, kind: ValueFormat): string {
  if (!Number.isFinite(value)) return '–'
  const sign = value > 0 ? '+' : ''
  if (kind === 'percent') return `${sign}${format('.1f')(value * 100)} pts`
  return `${sign}${formatValue(value, kind)}`
}
