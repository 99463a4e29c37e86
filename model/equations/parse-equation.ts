// XMILE equation text -> mathjs syntax tree, with names held as placeholders (see translate.ts).
import { create, type MathNode, parseDependencies } from 'mathjs'
import { ModelError } from '../errors'
import { tokenize } from './tokenize'
import { type NameReference, translate } from './translate'

// Only mathjs's parser: the whole library would triple the size of the app's worker bundle.
const { parse } = create({ parseDependencies })

export interface ParsedEquation {
  tree: MathNode
  /** Placeholder symbol -> the name it stands for, with its column. */
  names: Map<string, NameReference>
  /** Column in the equation text for an offset in the translated mathjs source. */
  columnAt(offset: number): number
}

export function parseEquation(equation: string, variable?: string): ParsedEquation {
  const tokens = tokenize(equation, variable)
  if (tokens.length === 0) throw new ModelError({ variable, message: 'equation is empty' })
  const translation = translate(tokens, variable)
  let tree: MathNode
  try {
    tree = parse(translation.source)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const at = /\(char (\d+)\)/.exec(message)
    const column = at ? translation.columnAt(Number(at[1]) - 1) : undefined
    const reason = message.replace(/\s*\(char \d+\)/, '').toLowerCase()
    throw new ModelError({ variable, column, message: `cannot parse equation: ${reason}` })
  }
  return { tree, names: translation.names, columnAt: translation.columnAt }
}
