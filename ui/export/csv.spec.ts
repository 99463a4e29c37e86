import { describe, expect, it } from 'vitest'
import { tableToCsv, toCsv, withNotes } from './csv'

describe('CSV export', () => {
  it('writes a header and one line per row, numbers in full precision', () => {
    const csv = tableToCsv({
      columns: ['Year', 'Baseline (beds)'],
      rows: [
        [2025, 1234.5678901],
        [2026, 1 / 3],
      ],
    })
    expect(csv).toBe(`Year,Baseline (beds)\r\n2025,1234.5678901\r\n2026,${1 / 3}\r\n`)
  })

  it('quotes text with commas, quotes or line breaks, and leaves missing numbers empty', () => {
    expect(toCsv(['a,b', 'say "hi"'], [['x\ny', Number.NaN]])).toBe('"a,b","say ""hi"""\r\n"x\ny",\r\n')
  })

  it('puts notes below the table after an empty line, so the header stays first', () => {
    const csv = withNotes(toCsv(['Year', 'A'], [[2025, 1]]), [
      'Area: X; baseline edited: acute beds 880 → 900, birth rate 1 → 2',
      '',
    ])
    expect(csv).toBe(
      'Year,A\r\n2025,1\r\n\r\n"Area: X; baseline edited: acute beds 880 → 900, birth rate 1 → 2"\r\n',
    )
    expect(withNotes('Year\r\n', [])).toBe('Year\r\n')
  })
})
