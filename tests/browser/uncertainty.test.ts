// "Show uncertainty": the analyst turns the toggle on, the worker pool runs the scenario and the
// baseline 1,000 times each in the background, a fan (10th–90th percentile, 25th–75th darker)
// appears behind each line with a caption saying what it is, and the bands go with the chart into
// CSV, SVG and the presentation.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { exportChart, leverControl, openAppForTests, type PageProblems, screenshot } from './app-session'

let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ page, problems } = opened)
})

const firstCard = () => page.locator('cb-outcomes-view cb-chart-card').first()
const activeId = () =>
  page.evaluate(
    () => (document.querySelector('cb-app') as HTMLElement & { state: { activeId: string } }).state.activeId,
  )
/** The open scenario's band in the first chart (the baseline has its own). */
const scenarioBand = async () =>
  firstCard().locator(`path.uncertainty-band[data-series="${await activeId()}"]`)

/** The finished uncertainty job behind the open scenario's bands, read from the app state. */
function bandFacts(): Promise<{ samples: number; parameters: number; elapsedMs: number } | undefined> {
  return page.evaluate(() => {
    type Bands = { samples: number; parameters: unknown[]; elapsedMs: number }
    const state = (
      document.querySelector('cb-app') as HTMLElement & {
        state: { activeId: string; uncertainty: { bands(key: string): Bands | undefined } }
      }
    ).state
    const bands = state.uncertainty.bands(state.activeId)
    return (
      bands && { samples: bands.samples, parameters: bands.parameters.length, elapsedMs: bands.elapsedMs }
    )
  })
}

describe('show uncertainty', () => {
  it('draws a 10th–90th percentile band behind the scenario’s line once the runs are done', async () => {
    expect(await firstCard().locator('path.uncertainty-band').count()).toBe(0)
    await page.locator('cb-outcomes-view input.show-uncertainty').check()
    const band = await scenarioBand()
    await band.waitFor({ timeout: 120_000 })
    expect(await band.getAttribute('d')).toMatch(/^M.+Z$/)
    expect(await firstCard().locator('path.uncertainty-band-inner').count()).toBeGreaterThan(0)
    const facts = await bandFacts()
    expect(facts?.samples).toBe(1000)
    console.log(
      `uncertainty in Chromium: ${facts?.samples} runs varying ${facts?.parameters} parameters in ${facts?.elapsedMs.toFixed(0)} ms`,
    )
    const caption = (await firstCard().locator('figcaption').textContent()) ?? ''
    expect(caption).toContain(
      `10th–90th percentile (light) and 25th–75th (darker) of 1000 runs varying ${facts?.parameters} uncertain parameters within their sourced ranges`,
    )
    const legend = await firstCard().locator('g.legend text').allTextContents()
    expect(legend).toContain('My scenario: 10th–90th percentile')
    expect(legend).toContain('Baseline: 10th–90th percentile')
    const summary = page.locator('cb-outcomes-view cb-uncertainty-toggle summary')
    await summary.click()
    expect(await page.locator('cb-uncertainty-toggle table.uncertain-parameters tbody tr').count()).toBe(
      facts?.parameters,
    )
    await screenshot(page, 'outcomes-uncertainty-parameters')
    await summary.click()
    await screenshot(page, 'outcomes-uncertainty')
  })

  it('exports the chart’s CSV with the 10th, 50th and 90th percentile columns', async () => {
    const { name, bytes } = await exportChart(page, firstCard(), 'csv')
    const text = bytes.toString('utf8')
    expect(name).toBe('my-scenario_vs-baseline_emergency-admissions.csv')
    // The table, without the notes below it (after an empty line).
    const lines = text
      .split(/\r\n\r\n/)[0]
      .trim()
      .split(/\r\n/)
    const header = lines[0].split(',')
    const column = (label: string) => header.findIndex((h) => h.startsWith(`My scenario: ${label}`))
    expect(column('10th percentile')).toBeGreaterThan(0)
    expect(column('50th percentile')).toBeGreaterThan(0)
    expect(column('90th percentile')).toBeGreaterThan(0)
    const last = lines[lines.length - 1].split(',').map(Number)
    expect(last.slice(1).every(Number.isFinite)).toBe(true)
    expect(last[column('10th percentile')]).toBeLessThan(last[column('90th percentile')])
  })

  it('keeps the band in the SVG export and on the presentation slides', async () => {
    const text = (await exportChart(page, firstCard(), 'svg')).bytes.toString('utf8')
    expect(text).toContain('uncertainty-band')
    expect(text).toContain('10th–90th percentile')
    await page.locator('cb-app nav button.tab-present').click()
    await page.locator('cb-present-mode button.start-presenting').click()
    const slide = page.locator('cb-present-mode .show svg.slide')
    await slide.waitFor()
    // Past the title, the brief, the key figures, the differences, break-even and the appraisal:
    // the first chart.
    for (let i = 0; i < 30; i++) {
      if ((await slide.getAttribute('aria-label')) === 'Emergency admissions') break
      await page.keyboard.press('ArrowRight')
    }
    await expect.poll(() => slide.getAttribute('aria-label')).toBe('Emergency admissions')
    // The scenario's band and the baseline's.
    expect(await slide.locator('path.uncertainty-band').count()).toBe(2)
    await screenshot(page, 'present-uncertainty')
    await page.keyboard.press('Escape')
    await page.locator('cb-app nav button.tab-outcomes').click()
  })

  it('hides a band as soon as a lever moves and brings it back for the new settings', async () => {
    const control = leverControl(page, /community shift share/i)
    const slider = control.locator('input[type=range]')
    const max = Number(await slider.getAttribute('max'))
    await slider.fill(String(max / 2))
    const band = await scenarioBand()
    await expect.poll(() => band.count()).toBe(0)
    // The baseline has not changed: its band stays.
    expect(await firstCard().locator('path.uncertainty-band').count()).toBe(1)
    await band.waitFor({ timeout: 120_000 })
    const status = page.locator('cb-outcomes-view cb-uncertainty-toggle .band-status')
    expect(((await status.textContent()) ?? '').trim()).toBe('')
  })

  it('logged no console errors and no failed requests', () => {
    expect(problems.errors).toEqual([])
  })
})
