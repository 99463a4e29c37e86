// The decisions a board takes, in the app: the appraisal in Compare (NPV by partner at a discount
// rate, financial or calendar years, real or cash), ensembles on every core with progress and
// cancel, fan charts and probability statements, the tornado chart, and goal seek beside a lever.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openAppForTests, type PageProblems, screenshot } from './app-session'

let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ page, problems } = opened)
})

type Probe = {
  createFromBaseline(name: string): string
  setLever(id: string, name: string, value: unknown): void
  toggleCompare(id: string): void
  select(id: string): void
  activeId: string
  entries: { id: string; scenario: { name: string; levers: Record<string, unknown> } }[]
}

/** Sets up two scenarios through the app state, as the lever panel would. */
async function twoScenarios(): Promise<void> {
  await page.evaluate(() => {
    const state = (document.querySelector('cb-app') as HTMLElement & { state: Probe }).state
    const shift = state.createFromBaseline('Shift with pooling')
    state.setLever(shift, 'pooled budget share', 0.5)
    state.setLever(shift, 'community shift share', { value: 0.1, start: 2026, ramp: 4 })
    state.setLever(shift, 'hump fund', 8_000_000)
    const prevention = state.createFromBaseline('More prevention')
    state.setLever(prevention, 'prevention spend', 3_000_000)
    state.toggleCompare(shift)
    state.toggleCompare(prevention)
    state.select(shift)
  })
}

const compare = () => page.locator('cb-compare-view')
const appraisal = () => compare().locator('cb-appraisal-panel')
const summaryCell = (row: number, column: number) =>
  appraisal().locator(`table.appraisal-summary tbody tr:nth-child(${row}) td:nth-child(${column + 1})`)

describe('appraisal in Compare', () => {
  it('shows the NPV by partner and in total, break-even years, and a cumulative discounted chart', async () => {
    await twoScenarios()
    await page.locator('cb-app nav button.tab-compare').click()
    await appraisal().locator('table.appraisal-summary').waitFor({ timeout: 30_000 })
    const headers = await appraisal().locator('table.appraisal-summary thead th').allTextContents()
    expect(headers.map((h) => h.trim())).toEqual(['Measure', 'Shift with pooling', 'More prevention'])
    const rows = await appraisal().locator('table.appraisal-summary tbody th').allTextContents()
    expect(rows.map((r) => r.trim().replace(/\s+/g, ' '))).toEqual([
      'Net present value of the saving (positive: costs less than the baseline)',
      'NHS',
      'Council',
      'Spending through the pooled fund, change, present value',
      'Saving over the run, undiscounted',
      'Transition: double running, present value',
      'of which paid from the hump fund',
      'Money shifted to community services and prevention, present value',
      'Net present value per £1 shifted',
      'Breaks even (undiscounted)',
      'Breaks even (discounted)',
    ])
    expect(await summaryCell(1, 1).textContent()).toMatch(/^[+-]£\d+\.\d+(m|bn)$/)
    const chart = appraisal().locator('cb-chart-card')
    expect(await chart.locator('h3').textContent()).toBe('Cumulative discounted saving against the baseline')
    await expect.poll(() => chart.locator('g.lines path').count()).toBe(2)
    await appraisal().scrollIntoViewIfNeeded()
    await screenshot(page, 'compare-appraisal')
  })

  it('with a discount rate of 0 gives an NPV equal to the undiscounted saving', async () => {
    const npv = async () => (await summaryCell(1, 1).textContent())?.trim()
    const discounted = await npv()
    await appraisal().locator('input.discount-rate').fill('0')
    await appraisal().locator('input.discount-rate').press('Enter')
    await expect.poll(npv).not.toBe(discounted)
    expect(await npv()).toBe((await summaryCell(5, 1).textContent())?.trim())
    await appraisal().locator('input.discount-rate').fill('3.5')
    await appraisal().locator('input.discount-rate').press('Enter')
    await expect.poll(npv).toBe(discounted)
  })

  it('sets the years out April to March, or by calendar year, and shows cash on request', async () => {
    await appraisal().locator('details.appraisal-years summary').click()
    const firstYear = () => appraisal().locator('details.appraisal-years tbody th').first().textContent()
    expect(await firstYear()).toBe('2024/25*')
    await appraisal().locator('select.year-basis').selectOption('calendar')
    await expect.poll(firstYear).toBe('2024')
    await appraisal().locator('select.prices').selectOption('cash')
    const chart = appraisal().locator('cb-chart-card')
    await expect
      .poll(() => chart.locator('h3').textContent())
      .toBe('Cumulative saving against the baseline, cash')
    expect(await appraisal().locator('table.appraisal-summary tbody th').nth(4).textContent()).toContain(
      'cash',
    )
    await appraisal().locator('select.prices').selectOption('real')
    await appraisal().locator('select.year-basis').selectOption('financial')
  })
})

describe('appraisal on slides', () => {
  it('has a slide with the NPV by partner for each compared scenario and the cumulative discounted chart', async () => {
    await page.locator('cb-app nav button.tab-present').click()
    const present = page.locator('cb-present-mode')
    await present.locator('input.audience-compared').check()
    expect(await present.locator('li[data-slide="appraisal"] input.slide-choice').isChecked()).toBe(true)
    await present.locator('button.start-presenting').click()
    const slide = present.locator('.show svg.slide')
    await slide.waitFor()
    for (let i = 0; i < 30; i++) {
      if ((await slide.getAttribute('aria-label')) === 'Does it pay, and for whom?') break
      await page.keyboard.press('ArrowRight')
    }
    await expect.poll(() => slide.getAttribute('aria-label')).toBe('Does it pay, and for whom?')
    await screenshot(page, 'present-appraisal')
    const text = (await slide.textContent()) ?? ''
    for (const words of ['Net present value', 'NHS', 'Council', 'Shift with pooling', 'More prevention'])
      expect(text).toContain(words)
    expect(text).toMatch(/[+-]£\d+\.\dm/)
    expect(await slide.locator('g.lines path').count()).toBe(2)
    await page.keyboard.press('Escape')
    await page.locator('cb-app nav button.tab-compare').click()
  })
})

describe('ensembles, fan charts and probabilities', () => {
  it('runs the ensembles on the pool with progress, and Cancel stops them', async () => {
    const toggle = compare().locator('cb-uncertainty-toggle')
    await toggle.locator('select.ensemble-runs').selectOption('10000')
    await toggle.locator('input.show-uncertainty').check()
    const progress = toggle.locator('progress.ensemble-progress')
    await progress.waitFor({ timeout: 30_000 })
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 })
      .toBeGreaterThan(0)
    expect(await toggle.locator('cb-ensemble-settings span.muted').textContent()).toMatch(/on \d+ workers?/)
    await toggle.locator('button.cancel-ensemble').click()
    await expect.poll(() => progress.count()).toBe(0)
    expect(await toggle.locator('input.show-uncertainty').isChecked()).toBe(false)
  })

  it('draws fans on the overlay and the difference chart, the baseline’s too, and states probabilities', async () => {
    const toggle = compare().locator('cb-uncertainty-toggle')
    await toggle.locator('select.ensemble-runs').selectOption('200')
    await toggle.locator('input.show-uncertainty').check()
    const [overlay, difference] = [
      compare().locator('cb-chart-card').nth(0),
      compare().locator('cb-chart-card').nth(1),
    ]
    await expect
      .poll(() => overlay.locator('path.uncertainty-band-inner').count(), { timeout: 120_000 })
      .toBe(3)
    expect(await overlay.locator('path.uncertainty-band').count()).toBe(3)
    await expect.poll(() => difference.locator('path.uncertainty-band-inner').count()).toBe(2)
    expect(await difference.locator('figcaption').textContent()).toContain(
      'each run of a scenario set against',
    )
    const probabilities = compare().locator('cb-probability-panel table.probabilities')
    await probabilities.waitFor()
    const cells = await probabilities
      .locator('td.costs-less-5, td.costs-less-10, td.occupancy')
      .allTextContents()
    for (const cell of cells) expect(cell.trim()).toMatch(/^(\d+%|over \d+%|under \d+%)$/)
    expect(await compare().locator('cb-probability-panel .head-to-head-answer').textContent()).toMatch(/%$/)
    await overlay.scrollIntoViewIfNeeded()
    await screenshot(page, 'compare-fan-charts')
    await compare().locator('cb-probability-panel').scrollIntoViewIfNeeded()
    await screenshot(page, 'compare-probabilities')
  })
})

describe('sensitivity and goal seek', () => {
  it('draws a tornado for an outcome and year, widest swing first, and ranks parameters from the runs', async () => {
    await page.locator('cb-app nav button.tab-outcomes').click()
    const panel = page.locator('cb-sensitivity-panel')
    await panel.locator('select.sensitivity-outcome').selectOption('bed-occupancy')
    await panel.locator('button.run-sensitivity').click()
    const bars = panel.locator('cb-tornado-chart g.tornado-bar')
    await bars.first().waitFor({ timeout: 60_000 })
    expect(await bars.count()).toBe(12)
    expect(await bars.first().getAttribute('data-parameter')).toBe('bed closure occupancy ceiling')
    await panel.locator('ol.rank-correlations li').first().waitFor({ timeout: 120_000 })
    expect(await panel.locator('ol.rank-correlations li').count()).toBe(5)
    await panel.scrollIntoViewIfNeeded()
    await screenshot(page, 'outcomes-tornado')
  })

  it('seeks the hump fund that keeps the NHS out of deficit and puts it on the lever', async () => {
    const control = page.locator('cb-lever-panel cb-goal-seek').filter({ hasText: 'Set hump fund' })
    await control.locator('summary').click()
    await control.locator('select.seek-output').selectOption('health budget balance')
    await control.locator('input.seek-year').fill('2030')
    await control.locator('input.seek-target').fill('0')
    await control.locator('button.seek').click()
    const answer = control.locator('p.answer.found')
    await answer.waitFor({ timeout: 60_000 })
    expect(await answer.textContent()).toMatch(/is the smallest value that does it/)
    await control.locator('button.apply-seek').click()
    const hump = await page.evaluate(() => {
      const state = (document.querySelector('cb-app') as HTMLElement & { state: Probe }).state
      return state.entries.find((e) => e.id === state.activeId)?.scenario.levers['hump fund']
    })
    expect(typeof hump).toBe('number')
    expect(hump as number).toBeGreaterThan(0)
    await control.scrollIntoViewIfNeeded()
    await screenshot(page, 'goal-seek')
  })

  it('says when no value of the lever in its range reaches the target', async () => {
    const control = page
      .locator('cb-lever-panel cb-goal-seek')
      .filter({ hasText: 'Set community shift share' })
    await control.locator('summary').click()
    await control.locator('select.seek-output').selectOption('bed occupancy')
    await control.locator('input.seek-target').fill('50')
    await control.locator('button.seek').click()
    const answer = control.locator('p.answer.unreachable')
    await answer.waitFor({ timeout: 60_000 })
    expect((await answer.textContent())?.replace(/\s+/g, ' ')).toMatch(
      /No value of community shift share from 0(\.0)?% to 40(\.0)?% reaches the target/,
    )
  })

  it('logged no console errors and no failed requests', () => {
    expect(problems.errors).toEqual([])
  })
})
