import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_AREA_ID } from '../model/care'
import { captureCli as cli } from './capture-cli'

const directory = mkdtempSync(path.join(tmpdir(), 'carebalance-scenario-'))

function scenarioFile(name: string, scenario: object): string {
  const file = path.join(directory, name)
  writeFileSync(file, JSON.stringify(scenario, null, 2))
  return file
}

const shift = scenarioFile('shift.json', {
  format: 2,
  name: 'Shift to community',
  description: 'A phased shift with pooled budgets',
  area: DEFAULT_AREA_ID,
  levers: {
    'pooled budget share': 0.4,
    'community shift share': { value: 0.1, start: 2025, ramp: 5 },
  },
})

function column(csv: string, name: string): number[] {
  const [header, ...rows] = csv.trim().split('\n')
  const index = header.split(',').indexOf(name)
  return rows.map((row) => Number(row.split(',')[index]))
}

describe('scenarios from the command line', () => {
  it('runs a scenario file as the care model with its levers', async () => {
    const { code, stdout, stderr } = await cli('run', shift)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(column(stdout, 'pooled budget share').every((value) => value === 0.4)).toBe(true)
    // Phased in from the baseline (0) in 2025 to 0.1 in 2030: halfway in mid-2027.
    const times = column(stdout, 'time')
    const shares = column(stdout, 'community shift share')
    expect(shares[times.indexOf(2025)]).toBe(0)
    expect(shares[times.indexOf(2027.5)]).toBeCloseTo(0.05, 10)
    expect(shares[times.indexOf(2030)]).toBeCloseTo(0.1, 10)
    expect(shares.at(-1)).toBe(0.1)
  })

  it('brings a file of the old format up to date, says so on stderr, and runs the same shift', async () => {
    const old = scenarioFile('old.json', {
      name: 'Old shift',
      description: 'Written before format 2: the shift had two levers of its own for its phasing',
      area: DEFAULT_AREA_ID,
      levers: { 'community shift share': 0.1, 'shift start year': 2025, 'shift ramp years': 5 },
    })
    const { code, stdout, stderr } = await cli('run', old)
    expect(code).toBe(0)
    expect(stderr).toContain(`note: ${old}: format 1 file updated:`)
    expect(stderr).toContain('{"value": 0.1, "start": 2025, "ramp": 5}')
    const phased = await cli('run', shift, '--set', 'pooled budget share=0.05')
    expect(column(stdout, 'bed occupancy')).toEqual(column(phased.stdout, 'bed occupancy'))
  })

  it('lets --set override a lever of the scenario', async () => {
    const { stdout } = await cli('run', shift, '--set', 'pooled budget share=0.9')
    expect(column(stdout, 'pooled budget share')[0]).toBe(0.9)
  })

  it("holds --set on a scenario to the lever's range", async () => {
    const { code, stderr } = await cli('run', shift, '--set', 'pooled budget share=2')
    expect(code).toBe(1)
    expect(stderr).toMatch(/--set 'pooled budget share': expected a number between 0 and 1, .*got 2$/m)
    const series = await cli('run', shift, '--set', 'pooled budget share=[[2025, 0.2], [2030, 1.5]]')
    expect(series.stderr).toMatch(/--set 'pooled budget share\[1\]': .*got 1.5$/m)
    // Beds are held to the area's own range: a San Marino scenario cannot have 880 acute beds.
    const sanMarino = scenarioFile('sm.json', { name: 'x', description: 'y', area: 'san-marino', levers: {} })
    const beds = await cli('run', sanMarino, '--set', 'acute beds=880')
    expect(beds.code).toBe(1)
    expect(beds.stderr).toMatch(
      /--set 'acute beds': expected a number between 50 and 170 \(the range for area 'san-marino'\)/,
    )
  })

  it('names the file and field of a bad scenario', async () => {
    const bad = scenarioFile('bad.json', {
      name: 'x',
      description: 'y',
      area: DEFAULT_AREA_ID,
      levers: { 'pooled budget share': 7 },
    })
    const { code, stderr } = await cli('run', bad)
    expect(code).toBe(1)
    expect(stderr).toContain(bad)
    expect(stderr).toContain('pooled budget share')
  })

  it('exports the care model with the scenario written in, which runs to identical results', async () => {
    const exported = await cli('export-xmile', shift)
    expect(exported.code).toBe(0)
    expect(exported.stdout).toMatch(/^<\?xml/)
    const xmile = path.join(directory, 'shift.xmile')
    writeFileSync(xmile, exported.stdout)
    const fromXmile = await cli('run', xmile)
    const fromScenario = await cli('run', shift)
    expect(fromXmile.stdout).toBe(fromScenario.stdout)
  })
})
