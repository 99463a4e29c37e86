// Rewrites XMILE equation syntax as mathjs syntax so mathjs can build the syntax tree.
// Every name becomes a placeholder symbol (`v0`, `v1`, ...): names may contain spaces, quotes or
// mathjs keywords, and the placeholder keeps the column of the name for error messages.
import { ModelError } from '../errors'
import { canonicalName } from '../names'
import type { Token } from './tokenize'

export interface NameReference {
  /** The name as written, unquoted. */
  name: string
  /** The name as the model matches it (canonicalName), worked out once here. */
  key: string
  column: number
}

export interface Translation {
  /** mathjs source text. */
  source: string
  /** Placeholder symbol -> the name it stands for. */
  names: Map<string, NameReference>
  /** Placeholder for `*` in a subscript (every element). */
  wildcard: string
  /** Column in the original equation for an offset in `source`. */
  columnAt(offset: number): number
}

export const WILDCARD_SYMBOL = 'wildcard_'

const OPERATOR_SPELLING: Record<string, string> = {
  '=': '==',
  '<>': '!=',
  AND: 'and',
  OR: 'or',
  NOT: 'not',
  MOD: 'mod',
}

interface Piece {
  text: string
  column: number
}

export function translate(tokens: Token[], variable?: string): Translation {
  const names = new Map<string, NameReference>()
  const pieces: Piece[] = []
  const fail = (message: string, column: number): never => {
    throw new ModelError({ variable, column, message })
  }

  const emit = (text: string, column: number) => pieces.push({ text, column })

  // The end of the expression that starts at `from`: the first `)`, `]` or `,` that is not nested.
  const expressionEnd = (from: number, to: number): number => {
    let depth = 0
    for (let i = from; i < to; i++) {
      const text = tokens[i].kind === 'operator' ? tokens[i].text : ''
      if (text === '(' || text === '[') depth++
      else if (text === ')' || text === ']') {
        if (depth === 0) return i
        depth--
      } else if (text === ',' && depth === 0) return i
    }
    return to
  }

  // Finds the THEN or ELSE that belongs to the IF before `from`, skipping nested IFs and brackets.
  const matchingKeyword = (keyword: 'THEN' | 'ELSE', from: number, to: number, ifColumn: number): number => {
    let depth = 0
    let nestedIfs = 0
    for (let i = from; i < to; i++) {
      const token = tokens[i]
      if (token.kind === 'operator' && (token.text === '(' || token.text === '[')) depth++
      else if (token.kind === 'operator' && (token.text === ')' || token.text === ']')) depth--
      else if (token.kind === 'keyword' && depth === 0) {
        if (token.text === 'IF') nestedIfs++
        else if (token.text === keyword && nestedIfs === 0) return i
        else if (token.text === 'ELSE' && nestedIfs > 0) nestedIfs--
      }
    }
    return fail(`IF without a matching ${keyword}`, ifColumn)
  }

  const translateRange = (from: number, to: number): void => {
    let i = from
    while (i < to) {
      const token = tokens[i]
      if (token.kind === 'keyword' && token.text === 'IF') {
        const thenAt = matchingKeyword('THEN', i + 1, to, token.column)
        const elseAt = matchingKeyword('ELSE', thenAt + 1, to, token.column)
        const end = expressionEnd(elseAt + 1, to)
        if (thenAt === i + 1) fail('IF has no condition', token.column)
        if (elseAt === thenAt + 1) fail('THEN has no value', tokens[thenAt].column)
        if (end === elseAt + 1) fail('ELSE has no value', tokens[elseAt].column)
        // The ELSE branch needs no brackets of its own (the IF's close it), so an ELSE IF ladder
        // nests one bracket per IF in the parser, not two.
        emit('((', token.column)
        translateRange(i + 1, thenAt)
        emit(') ? (', tokens[thenAt].column)
        translateRange(thenAt + 1, elseAt)
        emit(') : ', tokens[elseAt].column)
        translateRange(elseAt + 1, end)
        emit(')', tokens[elseAt].column)
        i = end
        continue
      }
      if (token.kind === 'keyword') {
        const spelling = OPERATOR_SPELLING[token.text]
        if (!spelling) fail(`${token.text} without a matching IF`, token.column)
        emit(` ${spelling} `, token.column)
      } else if (token.kind === 'operator') {
        emit(OPERATOR_SPELLING[token.text] ?? token.text, token.column)
      } else if (token.kind === 'name') {
        const placeholder = `v${names.size}`
        names.set(placeholder, { name: token.text, key: canonicalName(token.text), column: token.column })
        emit(` ${placeholder} `, token.column)
      } else if (token.kind === 'wildcard') {
        emit(` ${WILDCARD_SYMBOL} `, token.column)
      } else {
        emit(` ${token.text} `, token.column)
      }
      i++
    }
  }

  translateRange(0, tokens.length)

  const offsets: number[] = []
  let source = ''
  for (const piece of pieces) {
    offsets.push(source.length)
    source += piece.text
  }
  const columnAt = (offset: number): number => {
    let found = 0
    for (let k = 0; k < offsets.length && offsets[k] <= offset; k++) found = k
    return pieces[found]?.column ?? 1
  }
  return { source, names, wildcard: WILDCARD_SYMBOL, columnAt }
}
