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
  name: 'Shift to community',
  description: 'A phased shift with pooled budgets',
  area: DEFAULT_AREA_ID,
  levers: {
    'pooled budget share': 0.4,
    'community shift share': [
      [2025, 0],
      [2030, 0.1],
    ],
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
    const shares = column(stdout, 'community shift share')
    expect(shares[0]).toBe(0)
    expect(Math.max(...shares)).toBeCloseTo(0.1)
  })

  it('lets --set override a lever of the scenario', async () => {
    const { stdout } = await cli('run', shift, '--set', 'pooled budget share=0.9')
    expect(column(stdout, 'pooled budget share')[0]).toBe(0.9)
  })

  it("holds --set on a scenario to the lever's range", async () => {
    const { code, stderr } = await cli('run', shift, '--set', 'pooled budget share=2')
    expect(code).toBe(1)
    expect(stderr).toMatch(
      /variable 'pooled budget share': --set 2 is outside the lever's range for .*, 0 to 1/,
    )
    const series = await cli('run', shift, '--set', 'pooled budget share=[[2025, 0.2], [2030, 1.5]]')
    expect(series.stderr).toMatch(/--set 1.5 is outside/)
    // Beds are held to the area's own range: a San Marino scenario cannot have 880 acute beds.
    const sanMarino = scenarioFile('sm.json', { name: 'x', description: 'y', area: 'san-marino', levers: {} })
    const beds = await cli('run', sanMarino, '--set', 'acute beds=880')
    expect(beds.code).toBe(1)
    expect(beds.stderr).toMatch(/'acute beds': --set 880 is outside the lever's range for San Marino/)
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
