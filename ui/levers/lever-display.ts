// A lever in the units its user thinks in: shares in percent (10%, not 0.10), big money in
// millions (£5.0m a year, not 5000000), beds as beds. The slider keeps the model's raw values; the
// number box and every label show these, and the raw value stays in the scenario file and in the
// lever settings table.
import type { LeverSpec, LeverValue } from '../../model/care/types'
import { formatDifference, formatValue } from '../format/numbers'
import { type Quantity, quantityOf, unitsLabel } from '../format/quantity'
import { textInWords } from '../format/words'

export interface LeverDisplay {
  quantity: Quantity
  /** Raw value x factor = the number in the box (100 for percent, 1e-6 for £m). */
  factor: number
  /** The units beside the box: `%`, `% a year`, `£m a year`, `beds`. */
  boxUnits: string
  /** Decimal places of the box, from the slider's step. */
  decimals: number
}

function decimalsOf(step: number): number {
  if (!Number.isFinite(step) || step <= 0) return 0
  const text = String(Number(step.toPrecision(10)))
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0
}

/** A lever's quantity: the model calls shares "dimensionless"; every such lever is a share. */
export function leverQuantity(spec: Pick<LeverSpec, 'units'>, currency: string): Quantity {
  const quantity = quantityOf(spec.units, currency)
  return quantity.kind === 'number' ? { ...quantity, kind: 'share' } : quantity
}

export function leverDisplay(spec: LeverSpec, currency: string): LeverDisplay {
  const quantity = leverQuantity(spec, currency)
  const symbol = quantity.kind === 'money' ? formatValue(0, quantity).replace(/0.*$/, '') : ''
  const noun = quantity.noun ? ` ${quantity.noun}` : ''
  let factor = 1
  let boxUnits = quantity.noun
  if (quantity.kind === 'share') {
    factor = 100
    boxUnits = `%${noun}`
  } else if (quantity.kind === 'money') {
    const millions = Math.max(Math.abs(spec.min), Math.abs(spec.max)) >= 1e6
    factor = millions ? 1e-6 : 1
    boxUnits = `${symbol}${millions ? 'm' : ''}${noun}`
  } else if (quantity.kind === 'duration') {
    boxUnits = 'years'
  } else if (quantity.kind === 'calendar-year') {
    boxUnits = ''
  }
  return { quantity, factor, boxUnits, decimals: decimalsOf(spec.step * factor) }
}

/** A lever's value in words with its units: `10%`, `£5.0m a year`, `900 beds`, `2026`. */
export function leverValueText(spec: LeverSpec, value: number, currency: string): string {
  const display = leverDisplay(spec, currency)
  const { quantity } = display
  if (quantity.kind === 'share')
    return formatValue(value, quantity, { decimals: Math.max(0, display.decimals), withNoun: true })
  return formatValue(value, quantity, { withNoun: true })
}

/** A lever's value as a screen reader says it: `10 percent`, `5.0 million pounds a year`. */
export function leverValueWords(spec: LeverSpec, value: number, currency: string): string {
  return textInWords(leverValueText(spec, value, currency), leverQuantity(spec, currency))
}

/** A lever's name as its label shows it: the model's name with a capital. */
export function leverTitle(spec: Pick<LeverSpec, 'name'>): string {
  return spec.name.charAt(0).toUpperCase() + spec.name.slice(1)
}

/**
 * A lever's accessible name, with its units and value in words, so a screen reader user hears what
 * it is set to: "Community shift share, 10 percent".
 */
export function leverAccessibleName(spec: LeverSpec, value: number, currency: string): string {
  return `${leverTitle(spec)}, ${leverValueWords(spec, value, currency)}`
}

/** The units of a lever's number box in words: `percent`, `million pounds a year`, `beds`. */
export function boxUnitsInWords(spec: LeverSpec, currency: string): string {
  const { quantity, factor, boxUnits } = leverDisplay(spec, currency)
  // The words of a value of 2 in the box's units, less the number: "percent", "million pounds a year".
  const two = quantity.kind === 'share' ? 0.02 : 2 / factor
  if (quantity.kind === 'share' || quantity.kind === 'money')
    return textInWords(leverValueText(spec, two, currency), quantity).replace(/^[\d.,]+\s*/, '')
  return boxUnits || unitsLabel(quantity)
}

/** A change of a lever in its units: `+5 pts`, `+£2.0m`. */
export function leverChangeText(spec: LeverSpec, change: number, currency: string): string {
  const display = leverDisplay(spec, currency)
  return formatDifference(
    change,
    display.quantity,
    display.quantity.kind === 'share' ? { decimals: display.decimals } : {},
  )
}

/**
 * A lever setting in words for a footnote: `community shift share 10% (baseline 0%)`; phased in:
 * `10% from 2026 over 3 years`; a time series reads by its points: `0% in 2026, then 10% by 2030`.
 */
export function leverSettingText(
  spec: LeverSpec,
  value: LeverValue,
  baseline: number,
  currency: string,
  calendarYear: (modelTime: number) => number,
): string {
  const text = (v: number) => leverValueText(spec, v, currency)
  const tail = ` (baseline ${text(baseline)})`
  if (typeof value === 'number') return `${spec.name} ${text(value)}${tail}`
  if ('value' in value) {
    const years = value.ramp === 1 ? '1 year' : `${Number(value.ramp.toFixed(2))} years`
    const phase =
      value.ramp > 0 ? `from ${Math.round(value.start)} over ${years}` : `from ${Math.round(value.start)}`
    return `${spec.name} ${text(value.value)} ${phase}${tail}`
  }
  const points = [...value].sort((a, b) => a[0] - b[0])
  const steps = points.map(([time, v], i) => {
    const year = Math.round(calendarYear(time))
    return i === 0 ? `${text(v)} in ${year}` : `${text(v)} by ${year}`
  })
  return `${spec.name} ${steps.join(', then ')}${tail}`
}
