// The base units a model's own words become (`person`, `bed`, `gbp`, `£`): a new dimension each, so
// `people/year` times `year` is `people` and `people` plus `beds` is a mismatch.
import { unitMath } from './unit-math'

/** Canonical word -> the mathjs name of the base unit made for it. */
const namesByWord = new Map<string, string>()
/** The other way round, for naming a unit when no spelling of it is at hand. */
const wordsByName = new Map<string, string>()

/**
 * The mathjs name of the base unit for a word, made on first use. Names are generated (`cbunit0`,
 * ...) because mathjs accepts only ASCII letters and digits in unit names, while model words may be
 * `£`, `bed-places` or `Personnes`. Base units are shared by every model compiled in this process: a
 * word means the same in each, and the set grows only with the number of distinct words seen.
 */
export function baseUnitName(word: string): string {
  let name = namesByWord.get(word)
  if (!name) {
    name = `cbunit${namesByWord.size}`
    unitMath().createUnit(name)
    namesByWord.set(word, name)
    wordsByName.set(name, word)
  }
  return name
}

/** The canonical word a generated base unit stands for, or the mathjs name itself. */
export function wordForUnitName(name: string): string {
  return wordsByName.get(name) ?? name
}
