// The command line reads scenario files by the same rules as the app: size limits before parsing,
// a byte-order mark, the same lever twice refused, and the area edits a file carries applied (and
// checked) so the file gives the numbers it gave the analyst who exported it.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { captureCli as cli } from '../../cli/capture-cli'

const directory = mkdtempSync(path.join(tmpdir(), 'carebalance-reliability-'))
const base = { format: 2, name: 'Plan', description: 'Notes', area: 'england-500k', levers: {} }

function file(name: string, content: string | object): string {
  const target = path.join(directory, name)
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content))
  return target
}

/** A column of the CLI's CSV (arrayed names are quoted and hold commas, so cells are read as CSV). */
function column(csv: string, name: string): number[] {
  const cells = (line: string) =>
    line.match(/("[^"]*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ?? []
  const [header, ...rows] = csv.trim().split(/\r?\n/)
  const index = cells(header).indexOf(name)
  return rows.map((row) => Number(cells(row)[index]))
}

describe('scenario files on the command line', () => {
  it('refuses a file over 1 MB with the size in words', async () => {
    const big = file('big.json', { ...base, description: 'x'.repeat(1_100_000) })
    const { code, stderr } = await cli('run', big)
    expect(code).not.toBe(0)
    expect(stderr).toContain('big.json: it is 1.1 MB, larger than a scenario file may be (1 MB)')
  })

  it('reads a byte-order mark and refuses the same lever twice in another case', async () => {
    expect((await cli('run', file('bom.json', `\uFEFF${JSON.stringify(base)}`))).code).toBe(0)
    const twice = file(
      'twice.json',
      '{"format": 2, "name": "P", "description": "d", "area": "england-500k", "levers": {"Acute Beds": 800, "acute beds": 900}}',
    )
    const { code, stderr } = await cli('run', twice)
    expect(code).not.toBe(0)
    expect(stderr).toContain("twice.json: field 'levers.acute beds': the lever 'acute beds' is set twice")
  })

  it('runs a file with the area edits it carries, and refuses an implausible one it has not confirmed', async () => {
    const plain = await cli('run', file('plain.json', base))
    const edited = await cli('run', file('edited.json', { ...base, areaEdits: { 'acute beds': 1000 } }))
    expect(edited.code).toBe(0)
    // More beds for the same patients: lower occupancy from the first month.
    expect(column(edited.stdout, 'acute beds')[0]).toBe(1000)
    expect(column(edited.stdout, 'bed occupancy')[1]).toBeLessThan(column(plain.stdout, 'bed occupancy')[1])
    const bad = await cli('run', file('implausible.json', { ...base, areaEdits: { 'birth rate': 0.03 } }))
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toContain(
      "implausible.json: field 'areaEdits.birth rate': 0.03 is outside its plausible range",
    )
    const confirmed = { ...base, areaEdits: { 'birth rate': 0.03 }, confirmedOutsideRange: ['birth rate'] }
    expect((await cli('run', file('confirmed.json', confirmed))).code).toBe(0)
  })
})
