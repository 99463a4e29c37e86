// axe-core over every view and state an analyst reaches: outcomes (with data shown, the export menu
// open, a phased lever, a bundled read-only scenario, a tornado and a goal seek answered), compare
// with four scenarios (appraisal year by year, probabilities), uncertainty on in both, area set-up with a value waiting for "Outside the sourced range, I know", present mode
// and the presentation itself, the share link, and the message line as an error and as a notice
// with an action. No violation of impact serious or critical may remain; rules switched off are
// listed with their reasons in ./axe.ts (RULES_OFF).
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { importFile, noticeText } from './app-probe'
import { leverControl, openAppForTests, type PageProblems, waitForApp } from './app-session'
import { type AxeReport, blocking, describeViolations, RULES_OFF, runAxe } from './axe'

let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ page, problems } = opened)
})

const checked: string[] = []

/** Runs axe and fails on any serious or critical violation, naming the state and the nodes. */
async function expectNoBlockingViolations(state: string): Promise<AxeReport> {
  const report = await runAxe(page)
  const found = blocking(report)
  const others = report.violations.filter((v) => !found.includes(v))
  if (others.length) console.log(`axe, ${state}: minor or moderate:\n${describeViolations(others)}`)
  expect(found, `axe, ${state}:\n${describeViolations(found)}`).toEqual([])
  checked.push(state)
  return report
}

async function view(name: 'outcomes' | 'compare' | 'area' | 'present'): Promise<void> {
  await page.locator(`cb-app nav button.tab-${name}`).click()
}

function compareToggle(name: string) {
  return page.locator('cb-scenario-panel li').filter({ hasText: name }).locator('input.compare-toggle')
}

async function openScenario(name: string): Promise<void> {
  await page.locator('cb-scenario-panel li button.open').filter({ hasText: name }).first().click()
  await waitForApp(page)
}

describe('axe-core finds no serious or critical violation', () => {
  it('switches off no rule without a reason', () => {
    for (const [rule, reason] of Object.entries(RULES_OFF)) expect(reason.length, rule).toBeGreaterThan(20)
  })

  it('in outcomes, as the app opens', async () => {
    await expectNoBlockingViolations('outcomes')
  })

  it('in outcomes with a phased lever, a chart’s data shown and its export menu open', async () => {
    const control = leverControl(page, /community shift share/i)
    await control.locator('input[type=range]').fill('0.1')
    await control.locator('input.phase-toggle').check()
    await control.locator('input.start-year').waitFor()
    const card = page.locator('cb-outcomes-view cb-chart-card').first()
    await card.locator('button.show-data').click()
    await card.locator('cb-data-table table').waitFor()
    await card.locator('details.export summary').click()
    await card.locator('button.export-png').waitFor()
    await page.locator('cb-outcomes-view details.lever-settings summary').click()
    await expectNoBlockingViolations('outcomes, phased lever, data table, export menu')
    await card.locator('details.export summary').click()
    await card.locator('button.show-data').click()
  })

  it('in outcomes with uncertainty on', async () => {
    await page.locator('cb-outcomes-view input.show-uncertainty').check()
    await page.locator('cb-outcomes-view path.uncertainty-band').first().waitFor({ timeout: 60_000 })
    await page.locator('cb-outcomes-view cb-uncertainty-toggle details summary').click()
    await page.locator('cb-outcomes-view table.uncertain-parameters').waitFor()
    await expectNoBlockingViolations('outcomes, uncertainty on')
  })

  it('in outcomes with a tornado drawn and a goal seek answered', async () => {
    const panel = page.locator('cb-sensitivity-panel')
    await panel.locator('button.run-sensitivity').click()
    await panel.locator('cb-tornado-chart g.tornado-bar').first().waitFor({ timeout: 60_000 })
    await panel.locator('ol.rank-correlations li').first().waitFor({ timeout: 120_000 })
    const seek = page.locator('cb-lever-panel cb-goal-seek').filter({ hasText: 'Set hump fund' })
    await seek.locator('summary').click()
    await seek.locator('select.seek-output').selectOption('health budget balance')
    await seek.locator('input.seek-year').fill('2030')
    await seek.locator('input.seek-target').fill('0')
    await seek.locator('button.seek').click()
    await seek.locator('p.answer').waitFor({ timeout: 60_000 })
    await expectNoBlockingViolations('outcomes, tornado with rank correlations, goal seek answered')
  })

  it('with a bundled (read-only) scenario open', async () => {
    await openScenario('Torbay')
    await page.locator('cb-lever-panel .readonly').waitFor()
    await expectNoBlockingViolations('outcomes, bundled scenario')
  })

  it('in compare with four scenarios, uncertainty on', async () => {
    const names = (await page.locator('cb-scenario-panel li button.open').allTextContents()).map((n) =>
      n.trim(),
    )
    expect(names.length).toBeGreaterThanOrEqual(4)
    for (const name of names.slice(0, 4)) await compareToggle(name).check()
    await view('compare')
    const compare = page.locator('cb-compare-view')
    // 200 runs a scenario: five ensembles of 1,000 would outlast the test's minute on a busy machine.
    await compare.locator('cb-uncertainty-toggle select.ensemble-runs').selectOption('200')
    await expect.poll(() => compare.locator('cb-chart-card').first().locator('g.lines path').count()).toBe(5)
    await page.locator('cb-compare-view path.uncertainty-band').first().waitFor({ timeout: 60_000 })
    await compare.locator('cb-probability-panel table.probabilities').waitFor({ timeout: 120_000 })
    await compare.locator('cb-appraisal-panel details.appraisal-years summary').click()
    await compare.locator('cb-appraisal-panel details.appraisal-years table').waitFor()
    await expectNoBlockingViolations('compare, four scenarios, uncertainty on, appraisal year by year')
    await page.locator('cb-compare-view input.show-uncertainty').uncheck()
    await expectNoBlockingViolations('compare, four scenarios')
  })

  it('in compare with nothing ticked', async () => {
    const ticked = page.locator('cb-scenario-panel input.compare-toggle:checked')
    while ((await ticked.count()) > 0) await ticked.first().uncheck()
    await page.locator('cb-compare-view p.panel').waitFor()
    await expectNoBlockingViolations('compare, empty')
  })

  it('in area set-up, with a value outside its sourced range waiting to be confirmed', async () => {
    await view('area')
    const row = page.locator('cb-area-setup tbody tr').filter({ hasText: 'acute beds' }).first()
    const input = row.locator('td.value input')
    await input.fill('1')
    await input.press('Enter')
    await row.locator('input.confirm-outside-range').waitFor()
    expect(await noticeText(page)).not.toBe('')
    await expectNoBlockingViolations('area set-up, refused value and its notice (error)')
    // Confirmed: the edit is in place, so a file with other edits later asks which to use.
    await row.locator('input.confirm-outside-range').check()
    await expect.poll(() => row.getAttribute('class')).toContain('edited')
    await expectNoBlockingViolations('area set-up, a value confirmed outside its range')
  })

  it('in present mode, the slide picker and the presentation', async () => {
    await view('present')
    await page.locator('cb-present-mode button.start-presenting').waitFor()
    await expectNoBlockingViolations('present mode')
    await page.locator('cb-present-mode button.start-presenting').click()
    await page.locator('cb-present-mode .show svg.slide').waitFor()
    await expectNoBlockingViolations('presentation, title slide')
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
    await expectNoBlockingViolations('presentation, a chart slide')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('cb-present-mode .show').count()).toBe(0)
  })

  it('with the share link shown, and a notice with an action', async () => {
    await view('outcomes')
    await openScenario('My scenario')
    await page.locator('cb-scenario-panel button.share').click()
    await page.locator('cb-scenario-panel input.share-link').waitFor()
    // A file whose sender edited the baseline differently: the notice offers to use theirs.
    const area = await page.locator('cb-app select.area-picker').inputValue()
    await importFile(page, 'from-a-colleague.json', {
      format: 2,
      name: 'From a colleague',
      area,
      description: 'Sent by a colleague, with their own figure for acute beds.',
      levers: {},
      areaEdits: { 'acute beds': 1234 },
    })
    await expect.poll(() => noticeText(page)).toContain('From a colleague')
    expect(await page.locator('cb-notice button.notice-action').count()).toBe(1)
    await expectNoBlockingViolations('share link, import notice')
  })

  it('with an error message (a file refused)', async () => {
    await importFile(page, 'broken.json', '{ not json')
    await expect.poll(() => page.locator('cb-notice .notice.error').count()).toBe(1)
    await expectNoBlockingViolations('error notice')
  })

  it('checked every state, with no console errors', () => {
    console.log(`axe checked ${checked.length} states: ${checked.join('; ')}`)
    expect(checked.length).toBeGreaterThanOrEqual(13)
    expect(problems.errors).toEqual([])
  })
})
