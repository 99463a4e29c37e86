import { describe, expect, it } from 'vitest'
import { tableToCsv, toCsv } from './csv'

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
})
