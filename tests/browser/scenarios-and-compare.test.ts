// Scenarios are created, named, compared side by side, still there after a reload, duplicated,
// deleted, and shared as a link that opens the same scenario in another browser profile.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  type AppSession,
  leverControl,
  openApp,
  openAppForTests,
  type PageProblems,
  screenshot,
  waitForApp,
} from './app-session'

let session: AppSession
let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ session, page, problems } = opened)
  page.on('dialog', (dialog) => dialog.accept())
})

function scenarioNames(): Promise<string[]> {
  return page
    .locator('cb-scenario-panel li button.open')
    .allTextContents()
    .then((names) => names.map((n) => n.trim()))
}

async function flushStorage(): Promise<void> {
  await page.evaluate(() =>
    (document.querySelector('cb-app') as HTMLElement & { state: { flush(): Promise<void> } }).state.flush(),
  )
}

async function newScenario(name: string, lever: RegExp, position: 'max' | 'min'): Promise<void> {
  await page.locator('cb-scenario-panel button.new-scenario').click()
  const nameBox = page.locator('cb-scenario-panel input.scenario-name')
  await nameBox.fill(name)
  await nameBox.press('Tab')
  await expect.poll(scenarioNames).toContain(name)
  const slider = leverControl(page, lever).locator('input[type=range]')
  const value = await slider.getAttribute(position)
  await slider.fill(String(value))
}

function leversOf(name: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate((name) => {
    const state = (
      document.querySelector('cb-app') as HTMLElement & {
        state: { entries: { scenario: { name: string; levers: Record<string, unknown> } }[] }
      }
    ).state
    return state.entries.find((e) => e.scenario.name === name)?.scenario.levers
  }, name)
}

describe('scenarios', () => {
  it('start from the baseline, take a name, and keep their lever settings', async () => {
    await newScenario('Plan A: shift to community', /community shift share/i, 'max')
    await newScenario('Plan B: more prevention', /prevention spend/i, 'max')
    await expect.poll(() => leversOf('Plan A: shift to community')).toHaveProperty(['community shift share'])
    await expect.poll(() => leversOf('Plan B: more prevention')).toHaveProperty(['prevention spend'])
  })

  it('compare side by side against the baseline', async () => {
    for (const name of ['Plan A: shift to community', 'Plan B: more prevention']) {
      await page
        .locator('cb-scenario-panel li')
        .filter({ hasText: name })
        .locator('input.compare-toggle')
        .check()
    }
    await page.locator('cb-app nav button.tab-compare').click()
    const compare = page.locator('cb-compare-view')
    await expect.poll(() => compare.locator('h2').textContent()).toContain('Plan A: shift to community')
    const overlaid = compare.locator('cb-chart-card').first()
    await expect.poll(() => overlaid.locator('g.lines path').count()).toBe(3)
    expect(await overlaid.locator('g.legend text').allTextContents()).toEqual([
      'Baseline',
      'Plan A: shift to community',
      'Plan B: more prevention',
    ])
    expect(await compare.locator('cb-chart-card h3').allTextContents()).toEqual(
      expect.arrayContaining([
        'Emergency admissions: difference from baseline',
        'Spend by partner: Plan A: shift to community',
        'Spend by partner: Plan B: more prevention',
        'Spend by service: Plan A: shift to community',
        'Spend by service: baseline',
        'Cumulative total health and social care spend: difference from baseline',
      ]),
    )
    const kpiHeaders = await compare.locator('cb-kpi-table thead th').allTextContents()
    expect(kpiHeaders.map((h) => h.trim())).toEqual(
      expect.arrayContaining(['Year 1Jan 2025', 'Year 3Jan 2027', 'Year 5Jan 2029', 'Year 10Jan 2034']),
    )
    expect(await compare.locator('cb-break-even-table tbody tr').count()).toBe(2)
    await compare.locator('select#compare-output').selectOption('bed-occupancy')
    await expect
      .poll(() => compare.locator('cb-chart-card h3').first().textContent())
      .toBe('Acute bed occupancy')
    await screenshot(page, 'compare')
    await compare.locator('cb-kpi-table').scrollIntoViewIfNeeded()
    await screenshot(page, 'compare-key-figures')
  })

  it('are still there, with their settings and the comparison, after a reload', async () => {
    await flushStorage()
    const before = await scenarioNames()
    await page.reload()
    await waitForApp(page)
    expect(await scenarioNames()).toEqual(before)
    expect(await leversOf('Plan A: shift to community')).toHaveProperty(['community shift share'])
    const ticked = await page
      .locator('cb-scenario-panel li')
      .filter({ has: page.locator('input.compare-toggle:checked') })
    expect((await ticked.allTextContents()).map((t) => t.trim())).toEqual([
      expect.stringContaining('Plan A'),
      expect.stringContaining('Plan B'),
    ])
  })

  it('can be duplicated and deleted', async () => {
    await page
      .locator('cb-scenario-panel li')
      .filter({ hasText: 'Plan A: shift to community' })
      .locator('button.open')
      .click()
    await page.locator('cb-scenario-panel button.duplicate').click()
    await expect.poll(scenarioNames).toContain('Plan A: shift to community (copy)')
    expect(await leversOf('Plan A: shift to community (copy)')).toEqual(
      await leversOf('Plan A: shift to community'),
    )
    await page.locator('cb-scenario-panel button.delete').click()
    await expect.poll(scenarioNames).not.toContain('Plan A: shift to community (copy)')
    expect(await scenarioNames()).toContain('Plan A: shift to community')
  })

  it('can be shared as a link that opens the same scenario elsewhere', async () => {
    await page
      .locator('cb-scenario-panel li')
      .filter({ hasText: 'Plan B: more prevention' })
      .locator('button.open')
      .click()
    await page.locator('cb-scenario-panel button.share').click()
    const link = await page.locator('cb-scenario-panel input.share-link').inputValue()
    expect(link).toContain('#scenario=')
    const elsewhere = await session.newContext()
    const { page: other } = await openApp(elsewhere, link)
    const opened = await other.evaluate(() => {
      const state = (
        document.querySelector('cb-app') as HTMLElement & {
          state: { activeId: string; entries: { id: string; scenario: { name: string; levers: unknown } }[] }
        }
      ).state
      return state.entries.find((e) => e.id === state.activeId)?.scenario
    })
    expect(opened?.name).toBe('Plan B: more prevention')
    expect(opened?.levers).toEqual(await leversOf('Plan B: more prevention'))
    expect(other.url()).not.toContain('#scenario=')
    await elsewhere.close()
  })

  it('logged no console errors and no failed requests', () => {
    expect(problems.errors).toEqual([])
  })
})
