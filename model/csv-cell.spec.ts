import { describe, expect, it } from 'vitest'
import { csvText } from './csv-cell'

describe('CSV text cells', () => {
  it('leaves ordinary names as they are', () => {
    expect(csvText('Teacup Temperature')).toBe('Teacup Temperature')
    expect(csvText('beds[acute]')).toBe('beds[acute]')
  })

  it('quotes commas, quotes and line breaks', () => {
    expect(csvText('a, b')).toBe('"a, b"')
    expect(csvText('say "hi"')).toBe('"say ""hi"""')
    expect(csvText('two\nlines')).toBe('"two\nlines"')
  })

  it.each(['=HYPERLINK("http://x","click")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])(
    'makes %j text a spreadsheet shows rather than runs',
    (text) => {
      const cell = csvText(text)
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell
      expect(unquoted).toBe(`'${text}`)
    },
  )
})
