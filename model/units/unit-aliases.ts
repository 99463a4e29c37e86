// A model's own unit aliases (XMILE `<model_units>`: `deg` and `degree` for `Degrees`): each alias
// word in a units string is read as the unit it stands for, before the string is parsed.
import type { UnitDefinition } from '../ir'
import { singular } from './unit-words'

/** Alias word (as `singular` gives it) -> the unit name it stands for. */
export function aliasMap(units: readonly UnitDefinition[] | undefined): Map<string, string> {
  const aliases = new Map<string, string>()
  for (const unit of units ?? []) for (const alias of unit.aliases) aliases.set(singular(alias), unit.name)
  return aliases
}

export function withAliases(text: string, aliases: ReadonlyMap<string, string>): string {
  if (aliases.size === 0) return text
  return text.replace(/\p{L}[\p{L}\p{N}_]*/gu, (word) => aliases.get(singular(word)) ?? word)
}
