// A chart in one or two sentences, for readers who cannot see it and for anyone skimming: what
// changed, by how much, and by when. "Plan A: 52,300 admissions a year by 2044, 3,100 fewer than
// the baseline (55,400); the largest difference is 4,000 fewer, in 2031." Any chart can use it:
// lines against a baseline, differences from it, or a stack of parts.
import { formatDifference, formatValue } from '../format/numbers'
import { differenceQuantity, type Quantity } from '../format/quantity'
import type { LineSeries, StackLayer } from './chart-series'

function year(x: number): string {
  return String(Math.floor(x + 1e-9))
}

function lastFinite(ys: ArrayLike<number>): number {
  for (let i = ys.length - 1; i >= 0; i--) if (Number.isFinite(ys[i])) return i
  return -1
}

/** "3,100 fewer than", "1.2 percentage points higher than", "the same as". */
function comparedWith(difference: number, quantity: Quantity): string {
  const shown = formatDifference(Math.abs(difference), quantity).replace(/^\+/, '')
  if (!/[1-9]/.test(shown)) return 'the same as'
  const size = quantity.kind === 'share' ? shown.replace(/ pts$/, ' percentage points') : shown
  const counted = quantity.kind === 'count' || quantity.kind === 'number'
  const word = difference > 0 ? (counted ? 'more' : 'higher') : counted ? 'fewer' : 'lower'
  return `${size} ${word} than`
}

function largestGap(ys: ArrayLike<number>, base: ArrayLike<number>): number {
  let best = -1
  for (let i = 0; i < ys.length; i++) {
    const gap = Math.abs(ys[i] - base[i])
    if (Number.isFinite(gap) && (best < 0 || gap > Math.abs(ys[best] - base[best]))) best = i
  }
  return best
}

/** Each scenario against the baseline at the end of the run, and where they differ most. */
export function linesSummary(series: readonly LineSeries[], quantity: Quantity): string {
  const baseline = series.find((s) => s.baseline)
  const sentences: string[] = []
  for (const s of series) {
    const end = lastFinite(s.ys)
    if (end < 0) continue
    const value = (v: number) => formatValue(v, quantity, { withNoun: true })
    if (s === baseline || !baseline || baseline.ys.length !== s.ys.length) {
      if (s === baseline && series.length > 1) continue
      sentences.push(
        `${s.label}: from ${value(s.ys[0])} in ${year(s.xs[0])} to ${value(s.ys[end])} by ${year(s.xs[end])}.`,
      )
      continue
    }
    const peak = largestGap(s.ys, baseline.ys)
    const gapAt = (i: number) => s.ys[i] - baseline.ys[i]
    const tail =
      peak >= 0 && peak !== end && Math.abs(gapAt(peak)) > Math.abs(gapAt(end)) * 1.05
        ? `; the largest difference is ${comparedWith(gapAt(peak), quantity).replace(/ than$/, '')}, in ${year(s.xs[peak])}`
        : ''
    sentences.push(
      `${s.label}: ${value(s.ys[end])} by ${year(s.xs[end])}, ${comparedWith(gapAt(end), quantity)} the baseline (${formatValue(baseline.ys[end], quantity)})${tail}.`,
    )
  }
  return sentences.join(' ')
}

/** Differences from the baseline (a difference chart): where each ends and its largest. */
export function differencesSummary(series: readonly LineSeries[], quantity: Quantity): string {
  // A difference figure's quantity is already a difference (points for shares).
  const shown = quantity.kind === 'share' ? differenceQuantity(quantity) : quantity
  return series
    .map((s) => {
      const end = lastFinite(s.ys)
      if (end < 0) return ''
      const zero = new Array<number>(s.ys.length).fill(0)
      const peak = largestGap(s.ys, zero)
      const text = (v: number) => formatDifference(v, shown).replace(/ pts$/, ' percentage points')
      const tail =
        peak >= 0 && peak !== end && Math.abs(s.ys[peak]) > Math.abs(s.ys[end]) * 1.05
          ? `; largest ${text(s.ys[peak])}, in ${year(s.xs[peak])}`
          : ''
      return `${s.label}: ${text(s.ys[end])} by ${year(s.xs[end])}${tail}.`
    })
    .filter(Boolean)
    .join(' ')
}

/** A stack of parts: the total from first year to last, and the largest part at the end. */
export function stackSummary(
  label: string,
  xs: ArrayLike<number>,
  layers: readonly StackLayer[],
  quantity: Quantity,
): string {
  const end = xs.length - 1
  if (end < 0 || layers.length === 0) return ''
  const total = (i: number) => layers.reduce((sum, l) => sum + (Number.isFinite(l.ys[i]) ? l.ys[i] : 0), 0)
  const largest = layers.reduce((a, b) => (b.ys[end] > a.ys[end] ? b : a))
  const value = (v: number) => formatValue(v, quantity, { withNoun: true })
  return (
    `${label}: a total of ${value(total(0))} in ${year(xs[0])} and ${value(total(end))} by ${year(xs[end])}; ` +
    `the largest part by then is ${largest.label} (${value(largest.ys[end])}).`
  )
}
