import { describe, expect, it } from 'vitest'
import { parseValue, readCanonicalOutput } from './read-canonical-output'

describe('readCanonicalOutput', () => {
  it('reads a comma-separated file with time running down the rows', () => {
    expect(readCanonicalOutput('Time,Stock,Flow\n0,10,1\n1,11,1\n')).toStrictEqual({
      names: ['Stock', 'Flow'],
      times: [0, 1],
      columns: [
        [10, 11],
        [1, 1],
      ],
    })
  })

  it('reads tab-separated files with CR, CRLF or LF line ends alike', () => {
    const rows = ['Time\tA', '0\t1', '0.5\t2']
    const expected = { names: ['A'], times: [0, 0.5], columns: [[1, 2]] }
    for (const end of ['\r', '\r\n', '\n'])
      expect(readCanonicalOutput(rows.join(end) + end)).toStrictEqual(expected)
  })

  it('skips a byte-order mark and unquotes headers, commas and doubled quotes included', () => {
    const table = readCanonicalOutput('\ufeff"Time","Heat Loss to Room","a, b","say ""hi"""\n0,1,2,3\n')
    expect(table.names).toEqual(['Heat Loss to Room', 'a, b', 'say "hi"'])
    expect(table.times).toEqual([0])
  })

  it('finds the time column wherever it is, by loose name', () => {
    const table = readCanonicalOutput('x,TIME,y\n5,0,6\n7,1,8\n')
    expect(table).toMatchObject({
      names: ['x', 'y'],
      times: [0, 1],
      columns: [
        [5, 7],
        [6, 8],
      ],
    })
  })

  it('carries down a constant that Vensim prints only in the first row', () => {
    const table = readCanonicalOutput('Time\tFINAL TIME\tStock\n0\t10\t1\n1\t\t2\n2\t\t3\n')
    expect(table.columns).toEqual([
      [10, 10, 10],
      [1, 2, 3],
    ])
  })

  it('keeps a blank cell blank (NaN) when the column is not a first-row constant', () => {
    const table = readCanonicalOutput('Time,A\n0,1\n1,\n2,3\n')
    expect(table.columns[0]).toEqual([1, Number.NaN, 3])
  })

  it('reads files with time running across the columns', () => {
    const table = readCanonicalOutput('Time,0,1,2\nStock,1,2,3\nFlow,1,1,1\n')
    expect(table).toStrictEqual({
      names: ['Stock', 'Flow'],
      times: [0, 1, 2],
      columns: [
        [1, 2, 3],
        [1, 1, 1],
      ],
    })
  })

  it('drops blank lines and rows without a time', () => {
    const table = readCanonicalOutput('Time,A\n\n0,1\n\nend of run,\n1,2\n')
    expect(table.times).toEqual([0, 1])
    expect(table.columns[0]).toEqual([1, 2])
  })

  it('keeps the first of two columns with the same header', () => {
    expect(readCanonicalOutput('Time,A,A\n0,1,2\n').columns).toEqual([[1]])
  })

  it('refuses an empty file', () => {
    expect(() => readCanonicalOutput('\n\n')).toThrow('empty')
  })
})

describe('parseValue', () => {
  it('reads numbers as printed, and the spellings of NaN and infinity', () => {
    expect([' 1.5 ', '-2e-3', '.5', '3.', 'NaN', ':NA:', 'inf', '-Infinity'].map(parseValue)).toEqual([
      1.5,
      -0.002,
      0.5,
      3,
      Number.NaN,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ])
  })

  it('gives NaN for blanks and for text that is not a number', () => {
    expect(['', '  ', undefined, '0x10', '1,5', 'ten'].map(parseValue)).toEqual(Array(6).fill(Number.NaN))
  })
})
