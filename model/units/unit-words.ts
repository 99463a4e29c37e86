// What a word in a units string means. Analysts write `Month`, `months` and `Months` for one thing,
// and `person`, `persons` and `people` for another, so words are compared case-insensitively and
// in the singular. Time words become mathjs's time units so that `people/year` and `people/month`
// can be told apart by scale; dimensionless words become mathjs's `1`; every other word is a base
// unit of its own. mathjs's physical catalogue is deliberately not consulted for other words: in it
// `in`, `b`, `h`, `bar`, `cup` and `link` are a length, a bit, an hour, a pressure, a volume and a
// length, which would give a modeller's own words dimensions they never meant.
import { DIMENSIONLESS_NAME, QUARTER_NAME } from './unit-math'

export type WordMeaning =
  /** A unit mathjs knows (a time unit, or dimensionless), by its mathjs name. */
  | { kind: 'known'; name: string }
  /** A word of the model's own (`person`, `gbp`), in canonical form. */
  | { kind: 'base'; word: string }

const TIME_WORDS: Readonly<Record<string, readonly string[]>> = {
  second: ['second', 'sec'],
  minute: ['minute', 'min'],
  hour: ['hour', 'hr', 'hrs'],
  day: ['day'],
  week: ['week', 'wk', 'wks'],
  month: ['month', 'mo', 'mon', 'mos'],
  [QUARTER_NAME]: ['quarter', 'qtr'],
  year: ['year', 'yr', 'yrs', 'annum'],
  decade: ['decade'],
  century: ['century'],
}

/** Names of quantities that are ratios of like things: Vensim's `Dmnl`, Stella's `unitless`. */
const DIMENSIONLESS_WORDS = [
  'dmnl',
  'dimensionless',
  'unitless',
  'nondimensional',
  'fraction',
  'proportion',
  'share',
  'ratio',
]

/** Plurals that dropping an `s` does not undo. A map: a model's word may be `constructor`. */
const IRREGULAR_SINGULARS = new Map([
  ['people', 'person'],
  ['children', 'child'],
  ['centuries', 'century'],
  ['women', 'woman'],
  ['men', 'man'],
])

const knownWords = new Map<string, string>()
for (const [name, words] of Object.entries(TIME_WORDS)) for (const word of words) knownWords.set(word, name)
for (const word of DIMENSIONLESS_WORDS) knownWords.set(word, DIMENSIONLESS_NAME)

/**
 * `Months` -> `month`, `patients` -> `patient`, `People` -> `person`. Crude on purpose: a word that
 * is singularised wrongly (`analysis` -> `analysi`) is still singularised the same way everywhere,
 * which is all the comparison needs.
 */
export function singular(word: string): string {
  const lower = word.toLowerCase()
  const irregular = IRREGULAR_SINGULARS.get(lower)
  if (irregular) return irregular
  if (lower.length > 4 && lower.endsWith('ies')) return `${lower.slice(0, -3)}y`
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1)
  return lower
}

/**
 * The meaning of a phrase: words written next to each other without an operator (`beds occupied`)
 * name one thing, not a product. Only single words can be time or dimensionless words.
 */
export function meaningOf(words: readonly string[]): WordMeaning {
  const canonical = words.map(singular)
  if (canonical.length === 1) {
    const name = knownWords.get(canonical[0])
    if (name) return { kind: 'known', name }
  }
  return { kind: 'base', word: canonical.join(' ') }
}
