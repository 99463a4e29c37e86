// Splits an XMILE equation into tokens, remembering each token's column so that errors found
// later (unknown names, wrong arity) can point at the exact place in the modeller's text.
import { ModelError } from '../errors'

export type TokenKind = 'number' | 'name' | 'operator' | 'keyword' | 'wildcard'

export interface Token {
  kind: TokenKind
  /** Numbers and operators as written; names unquoted; keywords upper-cased. */
  text: string
  /** 1-based column in the equation text. */
  column: number
}

const KEYWORDS = new Set(['IF', 'THEN', 'ELSE', 'AND', 'OR', 'NOT', 'MOD'])
const TWO_CHARACTER_OPERATORS = new Set(['<=', '>=', '<>', '==', '!='])
const ONE_CHARACTER_OPERATORS = new Set(['+', '-', '*', '/', '^', '(', ')', '[', ']', ',', '<', '>', '='])
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/
// Letters of any script, digits, `_` and `$`; a `.` joins qualified names such as `dim.element`.
const NAME = /^[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*/u

export function tokenize(equation: string, variable?: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  // Inside `[...]`, `*` means "every element" rather than multiplication.
  let bracketDepth = 0
  const fail = (message: string, at: number): never => {
    throw new ModelError({ variable, column: at + 1, message })
  }
  while (i < equation.length) {
    const rest = equation.slice(i)
    const ch = equation[i]
    if (/\s/.test(ch)) {
      i++
      continue
    }
    // Vensim-style line continuation: a backslash before a line break is layout, not syntax.
    const continuation = /^\\\r?\n/.exec(rest)
    if (continuation) {
      i += continuation[0].length
      continue
    }
    if (ch === '{') {
      const end = equation.indexOf('}', i)
      if (end < 0) fail('comment opened with { is never closed', i)
      i = end + 1
      continue
    }
    if (ch === '"') {
      let j = i + 1
      let name = ''
      while (j < equation.length && equation[j] !== '"') {
        if (equation[j] === '\\' && equation[j + 1] === '"') {
          name += '"'
          j += 2
        } else {
          name += equation[j++]
        }
      }
      if (j >= equation.length) fail('quoted name is never closed', i)
      tokens.push({ kind: 'name', text: name, column: i + 1 })
      i = j + 1
      continue
    }
    const number = NUMBER.exec(rest)
    if (number) {
      // A literal beyond the largest double would silently become Infinity: sim specs refuse it too.
      if (!Number.isFinite(Number(number[0])))
        fail(`the number ${number[0]} is too large (the largest is about 1.8e308)`, i)
      tokens.push({ kind: 'number', text: number[0], column: i + 1 })
      i += number[0].length
      continue
    }
    const name = NAME.exec(rest)
    if (name) {
      const upper = name[0].toUpperCase()
      tokens.push(
        KEYWORDS.has(upper)
          ? { kind: 'keyword', text: upper, column: i + 1 }
          : { kind: 'name', text: name[0], column: i + 1 },
      )
      i += name[0].length
      continue
    }
    const two = rest.slice(0, 2)
    if (TWO_CHARACTER_OPERATORS.has(two)) {
      tokens.push({ kind: 'operator', text: two, column: i + 1 })
      i += 2
      continue
    }
    if (ch === '*' && bracketDepth > 0) {
      tokens.push({ kind: 'wildcard', text: '*', column: i + 1 })
      i++
      continue
    }
    if (ONE_CHARACTER_OPERATORS.has(ch)) {
      if (ch === '[') bracketDepth++
      if (ch === ']') bracketDepth = Math.max(0, bracketDepth - 1)
      tokens.push({ kind: 'operator', text: ch, column: i + 1 })
      i++
      continue
    }
    fail(`unexpected character '${ch}'`, i)
  }
  return tokens
}
