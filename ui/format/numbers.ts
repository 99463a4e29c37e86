// Numbers as a finance director writes them: people and beds as whole numbers with thousands
// separators, money with its currency sign and k, m or bn, shares in percent, durations in days,
// months or years. Never SI prefixes (no milli, no micro, no "G"), and one minus sign everywhere:
// the ASCII hyphen-minus, which CSV readers, PowerPoint and PDF fonts all read.
import { formatLocale } from 'd3'
import { currencySymbol, type Quantity } from './quantity'
import { durationText } from './time'

const locale = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['', ''], minus: '-' })

const fixedFormats = new Map<number, (n: number) => string>()

/** A number with thousands separators and exactly `decimals` decimal places. */
export function grouped(value: number, decimals: number): string {
  let format = fixedFormats.get(decimals)
  if (!format) {
    format = locale.format(`,.${decimals}f`)
    fixedFormats.set(decimals, format)
  }
  // "-0" is not a number anyone writes.
  const text = format(value)
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text
}

export interface Scale {
  divisor: number
  suffix: '' | 'k' | 'm' | 'bn'
}

export const NO_SCALE: Scale = { divisor: 1, suffix: '' }

/**
 * The k, m or bn that suits numbers up to `maxAbs`. Money takes k from a thousand; counts stay
 * whole up to ten million (55,000 admissions reads better than 55k in a table) unless `compact`.
 */
export function scaleFor(maxAbs: number, kind: 'money' | 'count', compact = false): Scale {
  if (maxAbs >= 1e9) return { divisor: 1e9, suffix: 'bn' }
  // 1,203,456 admissions reads better whole in a table; money and axes go to m from a million.
  if (maxAbs >= (kind === 'money' || compact ? 1e6 : 1e7)) return { divisor: 1e6, suffix: 'm' }
  const thousands = kind === 'money' || compact ? 1e3 : Number.POSITIVE_INFINITY
  if (maxAbs >= thousands) return { divisor: 1e3, suffix: 'k' }
  return NO_SCALE
}

export interface FormatOptions {
  /** Divide by this scale (k, m, bn) rather than one chosen for the value: keeps a row consistent. */
  scale?: Scale
  /** Decimal places; by default what suits the value and kind. */
  decimals?: number
  /** Add the units' words: `735 beds`, `£5.0m a year`. */
  withNoun?: boolean
}

function defaultDecimals(value: number, quantity: Quantity, scale: Scale): number {
  const size = Math.abs(value) / scale.divisor
  if (quantity.kind === 'money') {
    if (scale.suffix === 'bn') return 2
    if (scale.suffix === 'm') return 1
    if (scale.suffix === 'k') return 0
    return size !== 0 && size < 100 && !Number.isInteger(Math.round(size * 100) / 100) ? 2 : 0
  }
  if (scale.suffix) return size >= 100 ? 0 : 1
  if (size >= 100 || size === 0) return 0
  if (size >= 1) return 1
  return 2
}

function withNoun(text: string, quantity: Quantity, on: boolean | undefined): string {
  return on && quantity.noun ? `${text} ${quantity.noun}` : text
}

/** One value for reading: a table cell, a tooltip, a lever's setting, a sentence. */
export function formatValue(value: number, quantity: Quantity, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return '–'
  switch (quantity.kind) {
    case 'share': {
      const text = `${grouped(value * 100, options.decimals ?? 1)}%`
      return withNoun(text, quantity, options.withNoun)
    }
    case 'points': {
      const text = grouped(value * 100, options.decimals ?? 1)
      return `${/^-?[0.]+$/.test(text) ? text.replace('-', '') : text} pts`
    }
    case 'duration':
      return durationText(value)
    case 'calendar-year':
      return String(Math.round(value))
    case 'money': {
      const scale = options.scale ?? scaleFor(Math.abs(value), 'money')
      const decimals = options.decimals ?? defaultDecimals(value, quantity, scale)
      const magnitude = grouped(Math.abs(value) / scale.divisor, decimals)
      const zero = /^[0.]+$/.test(magnitude)
      const sign = value < 0 && !zero ? '-' : ''
      const text = `${sign}${currencySymbol(quantity.currency)}${magnitude}${scale.suffix}`
      return withNoun(text, quantity, options.withNoun)
    }
    default: {
      const scale = options.scale ?? scaleFor(Math.abs(value), 'count')
      const decimals = options.decimals ?? defaultDecimals(value, quantity, scale)
      const text = `${grouped(value / scale.divisor, decimals)}${scale.suffix}`
      return withNoun(text, quantity, options.withNoun)
    }
  }
}

/**
 * A change from the baseline with its sign: `+1,200`, `-£3.4m`, and percentage points for shares
 * (`+1.2 pts`): a share going from 90% to 92% rose 2 points, not 2%. Zero has no sign.
 */
export function formatDifference(value: number, quantity: Quantity, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return '–'
  const shown = quantity.kind === 'share' ? { ...quantity, kind: 'points' as const } : quantity
  const text = formatValue(value, shown, { ...options, withNoun: false })
  const zero = !/[1-9]/.test(text)
  return `${value > 0 && !zero ? '+' : ''}${text}`
}

/**
 * The scale that keeps every number of a row (a key figure across scenarios, say) in the same
 * unit, so £400k never sits beside £1.2m: chosen from the largest of them.
 */
export function rowScale(values: readonly number[], quantity: Quantity): Scale | undefined {
  if (quantity.kind !== 'money' && quantity.kind !== 'count' && quantity.kind !== 'number') return undefined
  const maxAbs = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs))
  return scaleFor(maxAbs, quantity.kind === 'money' ? 'money' : 'count')
}

/**
 * One scale and one number of decimals for a column of numbers (a data table's scenario, say),
 * chosen from its largest value, so the column lines up and reads in one unit.
 */
export function columnOptions(values: ArrayLike<number>, quantity: Quantity): FormatOptions {
  let maxAbs = 0
  for (let i = 0; i < values.length; i++)
    if (Number.isFinite(values[i])) maxAbs = Math.max(maxAbs, Math.abs(values[i]))
  const scale = rowScale([maxAbs], quantity)
  if (quantity.kind === 'share' || quantity.kind === 'points') return { decimals: 1 }
  if (quantity.kind !== 'money' && quantity.kind !== 'count' && quantity.kind !== 'number') return {}
  return { scale, decimals: defaultDecimals(maxAbs, quantity, scale ?? NO_SCALE) }
}

const exact = locale.format(',.6~r')
const exactPercent = locale.format(',.4~r')

/**
 * A value without rounding it away, for reading a parameter beside the box that holds it:
 * `406,500`, `0.0022`, `0.55%`, `£21.50`, `3.5 days`. Up to six significant figures.
 */
export function formatExact(value: number, quantity: Quantity, options: { withNoun?: boolean } = {}): string {
  if (!Number.isFinite(value)) return '–'
  if (options.withNoun) return withNoun(formatExact(value, quantity), quantity, true)
  switch (quantity.kind) {
    case 'share':
    case 'points':
      return `${exactPercent(value * 100)}%`
    case 'duration':
      return durationText(value)
    case 'calendar-year':
      return String(Math.round(value))
    case 'money':
      return `${value < 0 ? '-' : ''}${currencySymbol(quantity.currency)}${exact(Math.abs(value))}`
    default:
      return exact(value)
  }
}
