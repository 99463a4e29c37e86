import { describe, expect, it } from 'vitest'
import { runSmall, smallModel } from '../testing/small-model'
import { tokenize } from './tokenize'

describe('XMILE equation syntax', () => {
  it('matches names regardless of case, spaces, underscores and quotes', () => {
    const read = runSmall(
      smallModel({ 'Room Temperature': '70', a: '"room temperature" + Room_Temperature + ROOM_temperature' }),
    )
    expect(read('a')[0]).toBe(210)
  })

  it('reads names whose written form has an escaped line break', () => {
    const read = runSmall(smallModel({ 'heat\\nloss': '3', a: '"heat\\nloss" * 2 + heat_loss' }))
    expect(read('a')[0]).toBe(9)
  })

  it('joins lines continued with a backslash', () => {
    const read = runSmall(smallModel({ b: '1', a: 'b + \\\n b' }))
    expect(read('a')[0]).toBe(2)
  })

  it('keeps each token column for error messages', () => {
    expect(tokenize('IF a THEN "b c" ELSE 1').map((t) => [t.kind, t.text, t.column])).toEqual([
      ['keyword', 'IF', 1],
      ['name', 'a', 4],
      ['keyword', 'THEN', 6],
      ['name', 'b c', 11],
      ['keyword', 'ELSE', 17],
      ['number', '1', 22],
    ])
  })

  it('treats * inside subscripts as every element', () => {
    expect(tokenize('SUM(x[*]) * 2').map((t) => t.kind)).toContain('wildcard')
    expect(tokenize('SUM(x[*]) * 2').filter((t) => t.kind === 'operator' && t.text === '*')).toHaveLength(1)
  })

  it('names an unclosed quote or comment', () => {
    expect(() => tokenize('"abc', 'x')).toThrow(/quoted name is never closed/)
    expect(() => tokenize('1 {note', 'x')).toThrow(/comment opened/)
    expect(() => tokenize('1 ; 2', 'x')).toThrow(/unexpected character ';'/)
  })
})
