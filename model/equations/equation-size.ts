// How deep an equation nests and how long it is, measured on its tokens before mathjs parses it.
// mathjs's parser recurses once per level of brackets, IF, power or sign, and a stack overflow is
// a crash, not a message: an equation beyond the limits gets a named error first.
import { count, LimitError, type Limits } from '../limits'
import type { Token } from './tokenize'

interface Level {
  /** IFs open at this bracket level: each nests the next in its ELSE. */
  ifs: number
  /** Powers in a row (`a^b^c` nests to the right). */
  powers: number
  /** Signs in a row (`- - x`). */
  signs: number
}

const OPENING = new Set(['(', '['])
const CLOSING = new Set([')', ']'])

/** Whether a `+`, `-` or NOT here is a sign (unary), not an operator between two values. */
function isSign(token: Token, previous: Token | undefined): boolean {
  if (token.kind === 'keyword') return token.text === 'NOT'
  if (token.kind !== 'operator' || (token.text !== '-' && token.text !== '+')) return false
  if (!previous) return true
  if (previous.kind === 'keyword') return true
  return previous.kind === 'operator' && !CLOSING.has(previous.text)
}

export function checkEquationSize(
  tokens: readonly Token[],
  variable: string | undefined,
  limits: Pick<Limits, 'nesting' | 'equationTokens'>,
): void {
  if (tokens.length > limits.equationTokens) {
    throw new LimitError('equationTokens', {
      variable,
      what: `the equation has ${count(tokens.length)} names, numbers and operators, more than the limit of ${count(limits.equationTokens)}`,
      advice: 'split it into auxiliary variables, or sum an array with SUM',
    })
  }
  const levels: Level[] = [{ ifs: 0, powers: 0, signs: 0 }]
  // Depth is 1 per open bracket level plus what nests within each level.
  let depth = 1
  tokens.forEach((token, i) => {
    const level = levels[levels.length - 1]
    const text = token.text
    if (token.kind === 'operator' && OPENING.has(text)) {
      levels.push({ ifs: 0, powers: 0, signs: 0 })
      depth++
    } else if (token.kind === 'operator' && CLOSING.has(text)) {
      if (levels.length > 1) {
        const closed = levels.pop()!
        depth -= 1 + closed.ifs + closed.powers + closed.signs
      }
    } else if (token.kind === 'keyword' && text === 'IF') {
      level.ifs++
      depth++
    } else if (isSign(token, tokens[i - 1])) {
      level.signs++
      depth++
    } else if (token.kind === 'operator' && text === '^') {
      level.powers++
      depth++
    } else if (
      token.kind === 'operator' ||
      (token.kind === 'keyword' && text !== 'THEN' && text !== 'ELSE')
    ) {
      // An operator between two values ends a run of powers and signs; a comma ends the IFs too.
      depth -= level.powers + level.signs + (text === ',' ? level.ifs : 0)
      level.powers = 0
      level.signs = 0
      if (text === ',') level.ifs = 0
    } else {
      depth -= level.signs
      level.signs = 0
    }
    if (depth > limits.nesting) {
      throw new LimitError('nesting', {
        variable,
        column: token.column,
        what: `the equation nests brackets, IFs, powers and signs more than ${count(limits.nesting)} deep`,
        advice: 'split it into auxiliary variables (an IF with many cases can often be a graphical function)',
      })
    }
  })
}
