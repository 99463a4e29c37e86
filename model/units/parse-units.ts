// A units string as modellers write it (`people per year`, `GBP/(bed*day)`, `1/Month`, `Dmnl`,
// `place-year`) -> a mathjs Unit. The string is split into words and operators here; each word is
// replaced by the name of the mathjs unit it means (unit-words.ts), and mathjs parses the result,
// so the grammar (precedence, powers, parentheses) is mathjs's own.
import type { Unit } from 'mathjs'
import { baseUnitName } from './base-units'
import { dimensionless, unitMath } from './unit-math'
import { meaningOf } from './unit-words'

export type ParsedUnits =
  | {
      ok: true
      unit: Unit
      /** mathjs unit name -> the word as this string spells it, for messages in the user's words. */
      spellings: ReadonlyMap<string, string>
    }
  | { ok: false; reason: string }

const OPERATOR = /^[*/^()]$/
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i

/**
 * Words, numbers and operators. A hyphen between letters is a product that binds tighter than `/`:
 * `GBP per place-year` is GBP/(place*year). Elsewhere a hyphen belongs to a number (`^-1`) or to the
 * word.
 */
function tokenize(text: string): string[] {
  return text
    .split(/([*/^()])|\s+/)
    .filter((token): token is string => !!token)
    .flatMap((token) => {
      if (NUMBER.test(token) || !/\p{L}-\p{L}/u.test(token)) return [token]
      const parts = token.split(/(?<=\p{L})-(?=\p{L})/u)
      return ['(', ...parts.flatMap((part, i) => (i ? ['*', part] : [part])), ')']
    })
}

/** Vensim appends a range to units (`Dmnl [0,1]`); it says nothing about the units themselves. */
function withoutRange(text: string): string {
  return text.replace(/\[[^\]]*\]\s*$/, '').trim()
}

const cache = new Map<string, ParsedUnits>()

/** Parses units; the result is shared between callers, so it must not be changed. */
export function parseUnits(text: string): ParsedUnits {
  let parsed = cache.get(text)
  if (!parsed) {
    parsed = parseUncached(text)
    cache.set(text, parsed)
  }
  return parsed
}

function parseUncached(text: string): ParsedUnits {
  const tokens = tokenize(withoutRange(text))
  const spellings = new Map<string, string>()
  if (tokens.length === 0 || (tokens.length === 1 && tokens[0] === '1'))
    return { ok: true, unit: dimensionless(), spellings }

  // Consecutive words name one thing; everything else passes through to mathjs.
  const pieces: string[] = []
  let phrase: string[] = []
  const endPhrase = () => {
    if (!phrase.length) return
    const meaning = meaningOf(phrase)
    const name = meaning.kind === 'known' ? meaning.name : baseUnitName(meaning.word)
    if (!spellings.has(name)) spellings.set(name, phrase.join(' '))
    pieces.push(name)
    phrase = []
  }
  for (const token of tokens) {
    const isWord = !OPERATOR.test(token) && !NUMBER.test(token) && token.toLowerCase() !== 'per'
    if (isWord) {
      phrase.push(token)
      continue
    }
    endPhrase()
    pieces.push(token.toLowerCase() === 'per' ? '/' : token)
  }
  endPhrase()

  const source = pieces.join(' ')
  const math = unitMath()
  try {
    // Every Unit carries a value, its scale in SI terms, so `people/month` and `people/year` differ.
    let unit: Unit
    if (NUMBER.test(pieces[0])) unit = math.unit(source)
    else if (pieces[0] === '/') unit = math.unit(`1 ${source}`)
    else unit = math.unit(1, source)
    return { ok: true, unit, spellings }
  } catch (error) {
    return { ok: false, reason: describeError(error) }
  }
}

/** What went wrong, in terms of the user's text: mathjs's messages quote the generated unit names. */
function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/unmatched/i.test(message)) return 'a parenthesis is not matched'
  if (/must be followed/i.test(message)) return "'^' must be followed by a number"
  return 'an operator or number is out of place'
}
