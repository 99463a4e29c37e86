// The reader holds scenario files to stated sizes, before parsing where it can, so the CLI and the
// app refuse the same files with the same words.
import { describe, expect, it } from 'vitest'
import { readScenarioFile } from './scenario'
import { SCENARIO_LIMITS } from './scenario-limits'

const valid = { format: 2, name: 'Plan', description: 'Notes', area: 'england-500k', levers: {} }
const problem = (data: unknown) => {
  try {
    readScenarioFile(typeof data === 'string' ? data : JSON.stringify(data), 'big.json')
  } catch (error) {
    return (error as Error).message
  }
  return 'read without a problem'
}

describe('scenario size limits', () => {
  it('refuse a file over 1 MB before parsing it, even one that is not JSON at all', () => {
    expect(problem(`{${' '.repeat(SCENARIO_LIMITS.fileBytes)}`)).toBe(
      'big.json: it is 1 MB, larger than a scenario file may be (1 MB)',
    )
    // Multi-byte text is measured as it is on disk.
    const description = 'é'.repeat(SCENARIO_LIMITS.fileBytes / 2)
    expect(problem({ ...valid, description })).toMatch(/^big\.json: it is 1 MB, larger than/)
  })

  it('hold names, descriptions, time series and sources to their limits, naming the field', () => {
    expect(problem({ ...valid, name: 'n'.repeat(201) })).toBe(
      "big.json: field 'name': 201 characters is longer than the 200 allowed",
    )
    expect(problem({ ...valid, name: 'n'.repeat(200) })).toBe('read without a problem')
    expect(problem({ ...valid, description: 'd'.repeat(10_001) })).toBe(
      "big.json: field 'description': 10,001 characters is longer than the 10,000 allowed",
    )
    const series = Array.from({ length: 1001 }, (_, i) => [2025 + i / 100, 0.1])
    expect(problem({ ...valid, levers: { 'pooled budget share': series } })).toBe(
      "big.json: field 'levers.pooled budget share': 1001 points is more than a time series may have (1000)",
    )
    const sources = Array.from({ length: 51 }, () => ({ title: 'A source' }))
    expect(problem({ ...valid, sources })).toMatch(/field 'sources': 51 sources is more than the 50/)
    expect(problem({ ...valid, sources: [{ title: 't'.repeat(2001) }] })).toMatch(
      /field 'sources\[0\]\.title': 2,001 characters/,
    )
  })

  it('read a byte-order mark and refuse the same lever twice in any case', () => {
    expect(problem(`\uFEFF${JSON.stringify(valid)}`)).toBe('read without a problem')
    const twice =
      '{"format": 2, "name": "P", "description": "d", "area": "england-500k", "levers": {"Acute Beds": 800, "acute beds": 900}}'
    expect(problem(twice)).toMatch(/field 'levers\.acute beds': the lever 'acute beds' is set twice/)
  })

  it('read area edits a file carries, checked as a run checks them', () => {
    const file = { ...valid, areaEdits: { 'acute beds': 900 } }
    expect(readScenarioFile(JSON.stringify(file), 'x.json').areaEdits).toEqual({
      edits: { 'acute beds': 900 },
      confirmedOutsideRange: [],
    })
    expect(problem({ ...valid, areaEdits: { 'birth rate': 0.03 } })).toMatch(
      /field 'areaEdits\.birth rate': 0\.03 is outside its plausible range/,
    )
    expect(
      problem({ ...valid, areaEdits: { 'birth rate': 0.03 }, confirmedOutsideRange: ['birth rate'] }),
    ).toBe('read without a problem')
    expect(problem({ ...valid, confirmedOutsideRange: ['birth rate'] })).toMatch(
      /field 'confirmedOutsideRange': 'birth rate' is not among the area edits/,
    )
  })
})
