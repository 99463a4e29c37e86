// Numbers as a screen reader should say them: "10 percent", "5.0 million pounds a year",
// "minus 1.2 percentage points", "55,400 admissions a year". Built on the same formatting as the
// screen (numbers.ts), so the spoken value is the shown value, only with its signs in words.
import { type FormatOptions, formatDifference, formatValue } from './numbers'
import type { Quantity } from './quantity'

const SCALE_WORDS: Record<string, string> = { k: 'thousand', m: 'million', bn: 'billion' }

const CURRENCY_WORDS: Record<string, [one: string, many: string]> = {
  GBP: ['pound', 'pounds'],
  EUR: ['euro', 'euros'],
  USD: ['dollar', 'dollars'],
}

function currencyWord(currency: string, amount: string): string {
  const words = CURRENCY_WORDS[currency]
  if (!words) return currency
  return /^1(\.0+)?$/.test(amount) ? words[0] : words[1]
}

/** Shown text (`£5.0m a year`, `10%`, `+1.2 pts`, `-3.4k`) in words, for a quantity. */
export function textInWords(text: string, quantity: Quantity): string {
  let rest = text.trim()
  let sign = ''
  if (rest.startsWith('+')) {
    sign = 'plus '
    rest = rest.slice(1)
  } else if (rest.startsWith('-')) {
    sign = 'minus '
    rest = rest.slice(1)
  }
  if (quantity.kind === 'money') {
    const money = /^(\D*?)([\d,]+(?:\.\d+)?)(k|m|bn)?(.*)$/.exec(rest)
    if (money) {
      const [, , amount, scale, tail] = money
      const scaleWord = scale ? ` ${SCALE_WORDS[scale]}` : ''
      return `${sign}${amount}${scaleWord} ${currencyWord(quantity.currency, scale ? '2' : amount)}${tail}`
    }
  }
  const words = rest
    .replace(/(\d)%/g, '$1 percent')
    .replace(/\bpts\b/g, 'percentage points')
    .replace(/(\d)(k|m|bn)\b/g, (_, digit: string, scale: string) => `${digit} ${SCALE_WORDS[scale]}`)
  return `${sign}${words}`
}

/** A value in words, with its units' words: `10 percent`, `5.0 million pounds a year`, `880 beds`. */
export function valueInWords(value: number, quantity: Quantity, options: FormatOptions = {}): string {
  return textInWords(formatValue(value, quantity, { withNoun: true, ...options }), quantity)
}

/** A change in words with its sign: `plus 1.2 percentage points`, `minus 3.4 million pounds`. */
export function differenceInWords(value: number, quantity: Quantity, options: FormatOptions = {}): string {
  const text = formatDifference(value, quantity, options)
  const noun = quantity.kind !== 'share' && quantity.noun ? ` ${quantity.noun}` : ''
  return textInWords(`${text}${noun}`, quantity)
}
