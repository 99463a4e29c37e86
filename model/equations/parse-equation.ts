// XMILE equation text -> mathjs syntax tree, with names held as placeholders (see translate.ts).
import { create, type MathNode, parseDependencies } from 'mathjs'
import { ModelError } from '../errors'
import { DEFAULT_LIMITS, LimitError, type Limits } from '../limits'
import { checkEquationSize } from './equation-size'
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

export interface ParseOptions {
  limits?: Pick<Limits, 'nesting' | 'equationTokens'>
  /**
   * Trees already parsed, by translated source, to reuse. Names become placeholders in order of
   * appearance, so `a + 1` and `b + 1` are one tree: a model's equations share few shapes, and
   * mathjs's parser is most of the time a compile spends on them. Trees are never changed.
   */
  trees?: Map<string, MathNode>
}

export function parseEquation(
  equation: string,
  variable?: string,
  options: ParseOptions = {},
): ParsedEquation {
  const tokens = tokenize(equation, variable)
  if (tokens.length === 0) throw new ModelError({ variable, message: 'equation is empty' })
  checkEquationSize(tokens, variable, options.limits ?? DEFAULT_LIMITS)
  const translation = translate(tokens, variable)
  let tree = options.trees?.get(translation.source)
  if (tree) return { tree, names: translation.names, columnAt: translation.columnAt }
  try {
    tree = parse(translation.source)
    options.trees?.set(translation.source, tree)
  } catch (error) {
    // checkEquationSize keeps nesting well within the stack; this is a last guard, never a crash.
    if (error instanceof RangeError) {
      throw new LimitError('nesting', {
        variable,
        what: 'the equation nests too deeply for the parser',
        advice: 'split it into auxiliary variables',
      })
    }
    const message = error instanceof Error ? error.message : String(error)
    const at = /\(char (\d+)\)/.exec(message)
    const column = at ? translation.columnAt(Number(at[1]) - 1) : undefined
    const reason = message.replace(/\s*\(char \d+\)/, '').toLowerCase()
    throw new ModelError({ variable, column, message: `cannot parse equation: ${reason}` })
  }
  return { tree, names: translation.names, columnAt: translation.columnAt }
}
