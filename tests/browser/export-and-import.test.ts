// Charts leave the app as CSV, PNG and SVG files; scenarios as scenario files that import back;
// and a corrupt or invalid scenario file is refused with a clear error, changing nothing.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  download,
  exportChart,
  openAppForTests,
  type PageProblems,
  screenshot,
  waitForApp,
} from './app-session'

let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ page, problems } = opened)
})

type Snapshot = { names: string[]; levers: unknown[] }

function savedWork(): Promise<Snapshot> {
  return page.evaluate(async () => {
    const state = (
      document.querySelector('cb-app') as HTMLElement & {
        state: { flush(): Promise<void>; entries: { scenario: { name: string; levers: unknown } }[] }
      }
    ).state
    await state.flush()
    return {
      names: state.entries.map((e) => e.scenario.name),
      levers: state.entries.map((e) => e.scenario.levers),
    }
  })
}

async function importFile(name: string, content: string): Promise<void> {
  await page
    .locator('cb-scenario-panel input.import-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) })
}

describe('exports', () => {
  it('write a chart’s data as CSV named for the scenario and chart, by month, rounded', async () => {
    const card = page.locator('cb-outcomes-view cb-chart-card').first()
    const { name, bytes } = await exportChart(page, card, 'csv')
    expect(name).toBe('my-scenario_vs-baseline_emergency-admissions.csv')
    const lines = bytes.toString('utf8').trim().split(/\r\n/)
    expect(lines[0]).toBe('Month,Baseline (admissions a year),My scenario (admissions a year)')
    expect(lines[1]).toMatch(/^2024-01,\d+,\d+$/)
    expect(lines[2]).toMatch(/^2024-02,/)
    expect(lines.length).toBeGreaterThan(200)
  })

  it('write the raw data with decimal years and every digit', async () => {
    const card = page.locator('cb-outcomes-view cb-chart-card').first()
    const { name, bytes } = await exportChart(page, card, 'raw-csv')
    expect(name).toBe('my-scenario_vs-baseline_emergency-admissions_raw.csv')
    const lines = bytes.toString('utf8').trim().split(/\r\n/)
    expect(lines[0]).toBe(
      'Month,Year (decimal),Baseline (admissions per year),My scenario (admissions per year)',
    )
    expect(lines[2].split(',')[1]).toMatch(/^2024\.08333/)
  })

  it('write a chart as a PNG image', async () => {
    const card = page.locator('cb-outcomes-view cb-chart-card').first()
    const { name, bytes } = await exportChart(page, card, 'png')
    expect(name).toBe('my-scenario_vs-baseline_emergency-admissions.png')
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    const width = bytes.readUInt32BE(16)
    const height = bytes.readUInt32BE(20)
    expect(width).toBeGreaterThanOrEqual(1000)
    expect(height).toBeGreaterThan(500)
    expect(bytes.length).toBeGreaterThan(10_000)
  })

  it('write a chart as SVG with its title, caption and assumptions', async () => {
    const card = page.locator('cb-outcomes-view cb-chart-card').first()
    const { bytes } = await exportChart(page, card, 'svg')
    const svg = bytes.toString('utf8')
    expect(svg).toContain('<svg')
    expect(svg).toContain('Emergency admissions')
    expect(svg).toMatch(/Model: .+/)
    expect(svg).toContain('stroke-dasharray')
  })

  it('write the open scenario as a scenario file', async () => {
    const { name, bytes } = await download(page, () =>
      page.locator('cb-scenario-panel button.export').click(),
    )
    expect(name).toBe('my-scenario.json')
    const scenario = JSON.parse(bytes.toString('utf8'))
    expect(Object.keys(scenario)).toEqual(['format', 'name', 'description', 'area', 'levers'])
  })
})

describe('imports', () => {
  it('refuse a corrupt file with a clear error and change nothing, even after a reload', async () => {
    const before = await savedWork()
    await importFile('broken.json', '{"name": "Half a file", "levers": {"acute beds": ')
    const alert = page.locator('cb-notice [role=alert]')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('broken.json')
    await screenshot(page, 'import-error')
    expect(await savedWork()).toEqual(before)
    await page.reload()
    await waitForApp(page)
    expect(await savedWork()).toEqual(before)
  })

  it('refuse a well-formed file with a bad field, naming the field', async () => {
    const before = await savedWork()
    const bad = {
      name: 'Bad lever',
      description: 'A lever set to words',
      area: 'nowhere',
      levers: { 'acute beds': 'lots' },
    }
    await importFile('bad-field.json', JSON.stringify(bad))
    const alert = page.locator('cb-notice [role=alert]')
    await expect.poll(() => alert.textContent()).toContain('bad-field.json')
    expect(await alert.textContent()).toMatch(/area|acute beds/)
    expect(await savedWork()).toEqual(before)
  })

  it('accept a scenario file the app exported', async () => {
    const { bytes } = await download(page, () => page.locator('cb-scenario-panel button.export').click())
    const before = await savedWork()
    await importFile('my-scenario.json', bytes.toString('utf8'))
    await expect.poll(async () => (await savedWork()).names.length).toBe(before.names.length + 1)
    expect((await savedWork()).names).toContain('My scenario (2)')
    expect(await page.locator('cb-notice [role=status]').textContent()).toContain('Imported')
  })

  it('logged no console errors and no failed requests', () => {
    expect(problems.errors).toEqual([])
  })
})
