import { describe, expect, it } from 'vitest'
import type { LineFigure } from '../charts/figure'
import { quantityOf } from '../format/quantity'
import { figureCsv, figureRawCsv, toCsv, withNotes } from './csv'

const figure: LineFigure = {
  kind: 'line',
  id: 'total-spend',
  title: 'Total spend',
  caption: '',
  units: '£ a year',
  modelUnits: 'GBP per year',
  quantity: quantityOf('GBP per year'),
  scenarios: ['Plan A'],
  series: [],
  bands: [],
  zero: false,
  table: {
    columns: ['Year', 'Baseline', 'Plan A'],
    rows: [
      [2024, 44026528.00000001, 44026528.00000001],
      [2024.0833333333333, 44100000.4, 43999999.6],
    ],
  },
  revision: 1,
}

describe('CSV export', () => {
  it('dates rows by month, rounds money to the pound and puts units in the headings', () => {
    expect(figureCsv(figure)).toBe(
      'Month,Baseline (£ a year),Plan A (£ a year)\r\n2024-01,44026528,44026528\r\n2024-02,44100000,44000000\r\n',
    )
  })

  it('keeps every digit and the decimal year in the raw file, in the model’s units', () => {
    const lines = figureRawCsv(figure).split('\r\n')
    expect(lines[0]).toBe('Month,Year (decimal),Baseline (GBP per year),Plan A (GBP per year)')
    expect(lines[2]).toBe('2024-02,2024.0833333333333,44100000.4,43999999.6')
  })

  it('writes shares in percent', () => {
    const share = {
      ...figure,
      quantity: quantityOf('share'),
      table: { columns: ['Year', 'A'], rows: [[2024, 0.961234]] },
    }
    expect(figureCsv(share)).toBe('Month,A (%)\r\n2024-01,96.123\r\n')
  })

  it('never writes a text cell a spreadsheet would run as a formula (a crafted scenario name)', () => {
    expect(
      toCsv(['Year', '=HYPERLINK("http://x","y")', '@SUM(A1)', '+1', '-x'], [[2024, -1.5, 2, 3, 4]]),
    ).toBe(`Year,"'=HYPERLINK(""http://x"",""y"")",'@SUM(A1),'+1,'-x\r\n2024,-1.5,2,3,4\r\n`)
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
