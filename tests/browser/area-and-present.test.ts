// The area's baseline can be read with its sources, edited and reset; another area can be chosen;
// and the charts can be presented full-screen as slides with an assumptions footnote.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openAppForTests, type PageProblems, screenshot, waitForApp } from './app-session'

let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ page, problems } = opened)
})

function baselineSeq(): Promise<number> {
  return page.evaluate(() => {
    const state = (
      document.querySelector('cb-app') as HTMLElement & { state: { baselineRun?: { seq: number } } }
    ).state
    return state.baselineRun?.seq ?? 0
  })
}

describe('area set-up', () => {
  it('lists the area’s parameters with their sources', async () => {
    await page.locator('cb-app nav button.tab-area').click()
    const rows = page.locator('cb-area-setup tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBeGreaterThan(3)
    const withSources = await page.locator('cb-area-setup tbody tr td ul li').count()
    expect(withSources).toBeGreaterThan(0)
    await screenshot(page, 'area-setup')
  })

  it('reruns the baseline when a parameter is edited, and resets to the sourced default', async () => {
    const row = page.locator('cb-area-setup tbody tr').first()
    const input = row.locator('input[type=number]')
    const sourced = await input.inputValue()
    const seq = await baselineSeq()
    await input.fill(String(Number(sourced) * 1.1 || 1))
    await input.press('Enter')
    await expect.poll(baselineSeq).toBeGreaterThan(seq)
    await expect.poll(() => row.getAttribute('class')).toContain('edited')
    await page.locator('cb-area-setup button.reset-area').click()
    await expect.poll(() => input.inputValue()).toBe(sourced)
    expect(await row.getAttribute('class')).not.toContain('edited')
  })

  it('switches to another area with its own scenarios', async () => {
    const picker = page.locator('cb-app select.area-picker')
    const areas = await picker
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
    expect(areas.length).toBeGreaterThanOrEqual(3)
    const first = await picker.inputValue()
    const other = areas.find((a) => a !== first) as string
    await picker.selectOption(other)
    await page.locator('cb-app nav button.tab-outcomes').click()
    await waitForApp(page)
    const areaOfActive = await page.evaluate(() => {
      const state = (
        document.querySelector('cb-app') as HTMLElement & {
          state: { areaId: string; active?: { scenario: { area: string } } }
        }
      ).state
      return [state.areaId, state.active?.scenario.area]
    })
    expect(areaOfActive).toEqual([other, other])
    await screenshot(page, 'other-area')
    await picker.selectOption(first)
    await waitForApp(page)
  })
})

describe('present mode', () => {
  it('steps through the chosen charts as slides with an assumptions footnote', async () => {
    await page.locator('cb-app nav button.tab-present').click()
    await page.locator('cb-present-mode button.start-presenting').click()
    const slides = page.locator('cb-present-mode .slides')
    await slides.waitFor()
    expect(await slides.locator('cb-chart-card h3').textContent()).toBe('Emergency admissions')
    const footnote = (await slides.locator('.assumptions').textContent()) ?? ''
    expect(footnote).toMatch(/Area: .+ base year \d{4}/)
    expect(footnote).toContain('Model:')
    await screenshot(page, 'present')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => slides.locator('cb-chart-card h3').textContent()).toBe('Acute bed occupancy')
    await page.keyboard.press('Escape')
    await expect.poll(() => slides.count()).toBe(0)
  })

  it('logged no console errors and no failed requests', () => {
    expect(problems.errors).toEqual([])
  })
})
