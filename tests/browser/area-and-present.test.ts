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
  it('shows 16:9 slides filling the screen, from a title slide, with an assumptions footnote', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.locator('cb-app nav button.tab-present').click()
    await page.locator('cb-present-mode button.start-presenting').click()
    const show = page.locator('cb-present-mode .show')
    await show.waitFor()
    const slide = show.locator('svg.slide')
    await slide.waitFor()
    const box = await slide.boundingBox()
    expect(box).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 })
    expect(await slide.getAttribute('aria-label')).toBe('My scenario')
    expect(await slide.textContent()).toMatch(/CareBalance care model \d/)
    await screenshot(page, 'present-title')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => slide.getAttribute('aria-label')).toBe('In brief')
    const text = (await slide.textContent()) ?? ''
    expect(text).toMatch(/Area: .+ base year \d{4}/)
    expect(text).toContain('Model: CareBalance')
    await page.keyboard.press('Escape')
    await expect.poll(() => show.count()).toBe(0)
    await page.setViewportSize({ width: 1400, height: 1000 })
  })

  it('logged no console errors and no failed requests', () => {
    expect(problems.errors).toEqual([])
  })
})
