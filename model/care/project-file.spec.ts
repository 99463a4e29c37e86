import { describe, expect, it } from 'vitest'
import { projectFileText, readProjectFile } from './project-file'
import { SCENARIO_LIMITS } from './scenario-limits'
import type { Scenario } from './types'

const plan: Scenario = {
  format: 2,
  name: 'Plan',
  description: 'Shift with pooling',
  area: 'england-500k',
  levers: { 'pooled budget share': 0.4, 'community shift share': { value: 0.1, start: 2026, ramp: 3 } },
}
const islands: Scenario = { format: 2, name: 'Islands', description: 'd', area: 'scotland', levers: {} }

const read = (data: unknown) =>
  readProjectFile(typeof data === 'string' ? data : JSON.stringify(data), 'work.json')

describe('project files', () => {
  it('carry every area’s edits and every scenario, and read back exactly', () => {
    const project = {
      areaEdits: {
        'england-500k': {
          edits: { 'acute beds': 900, 'birth rate': 0.02 },
          confirmedOutsideRange: ['birth rate'],
        },
        scotland: { edits: {}, confirmedOutsideRange: [] },
      },
      scenarios: [plan, islands],
    }
    const text = projectFileText(project)
    expect(JSON.parse(text).kind).toBe('CareBalance project')
    const back = read(text)
    expect(back.scenarios).toEqual([plan, islands])
    expect(back.areaEdits).toEqual({ 'england-500k': project.areaEdits['england-500k'] })
    expect(back.notes).toEqual([])
  })

  it('name the file and field of any problem', () => {
    const good = JSON.parse(projectFileText({ areaEdits: {}, scenarios: [plan] }))
    expect(() => read({ ...good, kind: undefined })).toThrow(
      /work\.json: field 'kind': .*not a CareBalance project/,
    )
    expect(() => read({ ...good, format: 9 })).toThrow(/field 'format': format 9 is newer/)
    expect(() => read({ ...good, areas: { atlantis: {} } })).toThrow(/field 'areas\.atlantis': unknown area/)
    expect(() => read({ ...good, areas: { 'england-500k': { areaEdits: { 'birth rate': -5 } } } })).toThrow(
      /field 'areas\.england-500k\.areaEdits\.birth rate': -5 is not possible/,
    )
    expect(() => read({ ...good, areas: { 'england-500k': { areaEdits: { 'birth rate': 0.03 } } } })).toThrow(
      /outside its plausible range/,
    )
    const badLever = { ...good, scenarios: [{ ...good.scenarios[0], levers: { 'pooled budget share': 3 } }] }
    expect(() => read(badLever)).toThrow(
      /work\.json: field 'scenarios\[0\]\.levers\.pooled budget share': expected/,
    )
    const noName = { ...good, scenarios: [{ ...good.scenarios[0], name: '' }] }
    expect(() => read(noName)).toThrow(/field 'scenarios\[0\]\.name': expected a non-empty string/)
  })

  it('refuse a file larger than the limit before parsing it', () => {
    const huge = `{"kind": "CareBalance project", "pad": "${'x'.repeat(SCENARIO_LIMITS.projectBytes)}"}`
    expect(() => read(huge)).toThrow(/work\.json: it is 10 MB, larger than a project file may be \(10 MB\)/)
  })
})
