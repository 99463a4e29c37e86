// The analyst's whole journey with the keyboard alone, never the mouse: create a scenario and name
// it, move a lever by arrow keys, Page Up/Down and a typed value, phase it in, compare it with the
// baseline, present it and move between slides, export a chart as PNG and the board pack, and
// import a file. At every Tab stop focus must be visible and follow the page order (keyboard.ts);
// Escape closes whatever was opened and gives focus back to what opened it.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { type AppStateProbe, openAppForTests, type PageProblems, screenshot } from './app-session'
import { by, focused, type TabWalk, tabTo } from './keyboard'

let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ page, problems } = opened)
})

const walk: TabWalk = { stops: [] }

function activeScenario(): Promise<{ name: string; levers: Record<string, unknown> }> {
  return page.evaluate(() => {
    const state = (document.querySelector('cb-app') as HTMLElement & { state: AppStateProbe }).state
    const entry = state.entries.find((e) => e.id === state.activeId)
    return { name: entry?.scenario.name ?? '', levers: entry?.scenario.levers ?? {} }
  })
}

async function shiftShare(): Promise<unknown> {
  return (await activeScenario()).levers['community shift share']
}

/**
 * Goes to one of the four views: Tab (backwards, as the views come before the panels) to the
 * tab list, which is one Tab stop, then the arrow keys to the view, which opens as it is reached.
 */
async function openView(view: 'outcomes' | 'compare' | 'area' | 'present'): Promise<void> {
  const here = await focused(page)
  const navBelow = !here || here.position.length === 0
  if (!here?.className.startsWith('tab-'))
    await tabTo(page, (e) => e.className.startsWith('tab-'), { backwards: !navBelow, walk })
  for (let i = 0; i < 4 && (await focused(page))?.className !== `tab-${view}`; i++)
    await page.keyboard.press('ArrowRight')
  const tab = await focused(page)
  expect(tab?.className).toBe(`tab-${view}`)
  expect(tab?.outline).not.toBe('none')
}

describe('keyboard only', () => {
  it('creates a scenario and names it', async () => {
    await tabTo(page, by({ className: 'new-scenario' }), { walk })
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await activeScenario()).name).toMatch(/^New scenario/)
    await tabTo(page, by({ className: 'scenario-name' }), { walk })
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Keyboard plan')
    await page.keyboard.press('Tab')
    await expect.poll(async () => (await activeScenario()).name).toBe('Keyboard plan')
  })

  it('moves a lever with arrow keys, Page Up and Page Down, and a typed value', async () => {
    await tabTo(page, by({ label: /^Community shift share, / }), { walk })
    const before = Number((await shiftShare()) ?? 0)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(async () => Number(await shiftShare())).toBeCloseTo(before + 0.02, 6)
    await page.keyboard.press('PageUp')
    await expect.poll(async () => Number(await shiftShare())).toBeGreaterThan(before + 0.02)
    await page.keyboard.press('PageDown')
    await expect.poll(async () => Number(await shiftShare())).toBeCloseTo(before + 0.02, 6)
    const slider = await focused(page)
    expect(slider?.label).toMatch(/^Community shift share, \d+ percent$/)
    await page.keyboard.press('Tab')
    expect((await focused(page))?.label).toBe('Community shift share in percent')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('12')
    await page.keyboard.press('Enter')
    await expect.poll(shiftShare).toBeCloseTo(0.12, 6)
  })

  it('phases the lever in from a year over ramp years', async () => {
    await tabTo(page, by({ label: /^Phase in community shift share$/ }), { walk })
    await page.keyboard.press('Space')
    await expect.poll(shiftShare).toMatchObject({ value: 0.12 })
    await tabTo(page, by({ className: 'start-year' }), { walk })
    await page.keyboard.press('Control+A')
    await page.keyboard.type('2027')
    await page.keyboard.press('Tab')
    expect((await focused(page))?.className).toContain('ramp-years')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('4')
    await page.keyboard.press('Enter')
    await expect.poll(shiftShare).toMatchObject({ value: 0.12, ramp: 4 })
  })

  it('compares it with the baseline', async () => {
    await tabTo(page, by({ label: /^Compare Keyboard plan$/ }), { backwards: true, walk })
    await page.keyboard.press('Space')
    await openView('compare')
    await page.locator('cb-compare-view cb-chart-card').first().waitFor()
    expect(await page.locator('cb-compare-view h2').textContent()).toContain(
      'Keyboard plan against the baseline',
    )
    await screenshot(page, 'keyboard-compare')
  })

  it('exports a chart as PNG from its menu, and Escape closes the menu', async () => {
    await openView('outcomes')
    await tabTo(page, by({ tag: 'summary', label: /^Export Emergency admissions/ }), { walk })
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    expect((await focused(page))?.tag).toBe('summary')
    expect(await page.locator('cb-outcomes-view cb-chart-card details.export[open]').count()).toBe(0)
    await page.keyboard.press('Enter')
    await tabTo(page, by({ className: 'export-png' }), { walk })
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(file.suggestedFilename()).toBe('keyboard-plan_vs-baseline_emergency-admissions.png')
  })

  it('presents, moves between slides, and leaves with Escape, focus back where it was', async () => {
    await openView('present')
    await tabTo(page, by({ className: 'start-presenting' }), { walk })
    await page.keyboard.press('Enter')
    const slide = page.locator('cb-present-mode .show svg.slide')
    await slide.waitFor()
    expect(await slide.getAttribute('aria-label')).toBe('Keyboard plan')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => slide.getAttribute('aria-label')).toBe('In brief')
    await page.keyboard.press('End')
    await page.keyboard.press('Home')
    await expect.poll(() => slide.getAttribute('aria-label')).toBe('Keyboard plan')
    // Tab stays on the show's own buttons (a modal dialog), each visibly focused.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab')
      const button = await focused(page)
      expect(button?.tag).toBe('button')
      expect(button?.outline).not.toBe('none')
      expect(await page.locator('cb-present-mode .show').count()).toBe(1)
    }
    await screenshot(page, 'keyboard-presenting')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('cb-present-mode .show').count()).toBe(0)
    expect((await focused(page))?.className).toContain('start-presenting')
  })

  it('downloads the board pack', async () => {
    await tabTo(page, by({ className: 'download-pdf' }), { walk })
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.keyboard.press('Enter'),
    ])
    expect(file.suggestedFilename()).toMatch(/\.pdf$/)
  })

  it('imports a file through the file chooser', async () => {
    await openView('outcomes')
    await tabTo(page, by({ className: 'import' }), { walk })
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')])
    const area = await page.locator('cb-app select.area-picker').inputValue()
    await chooser.setFiles({
      name: 'typed-in.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 2,
          name: 'Imported by keyboard',
          description: 'From a file.',
          area,
          levers: {},
        }),
      ),
    })
    await expect
      .poll(() => page.locator('cb-scenario-panel li button.open').allTextContents())
      .toContainEqual(expect.stringContaining('Imported by keyboard'))
  })

  it('never used the mouse, never lost sight of focus, and logged no errors', () => {
    console.log(`keyboard walk: ${walk.stops.length} Tab stops, every one visibly focused and in page order`)
    expect(walk.stops.length).toBeGreaterThan(30)
    expect(problems.errors).toEqual([])
  })
})
