// What a screen reader user hears: every lever by its name, units and value in words; every chart
// by its title and a short summary (what changed, by how much, by when), with the numbers behind it
// one button away; and a finished run announced once, politely, not on every step of a slider.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { leverControl, openAppForTests, type PageProblems, waitForApp } from './app-session'

let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ page, problems } = opened)
})

const announcer = () => page.locator('cb-app p.announcer')

describe('screen readers', () => {
  it('hear every lever’s name with its units and value in words', async () => {
    const slider = leverControl(page, /community shift share/i).locator('input[type=range]')
    await slider.fill('0.1')
    await page.getByRole('slider', { name: 'Community shift share, 10 percent', exact: true }).waitFor()
    expect(await slider.getAttribute('aria-valuetext')).toBe('10 percent')
    const names = await page
      .getByRole('slider')
      .evaluateAll((sliders) => sliders.map((s) => s.getAttribute('aria-label') ?? ''))
    expect(names.length).toBeGreaterThanOrEqual(10)
    for (const name of names) {
      // "Name, value in words": no bare symbols left for a screen reader to spell out.
      expect(name).toMatch(/^[A-Z][^,]+, (minus )?[\d,.]+ [a-z]/)
      expect(name).not.toMatch(/[£€%]/)
    }
    expect(names).toContain('Hump fund, 0 pounds a year')
    const box = page.getByRole('spinbutton', { name: 'Community shift share in percent' })
    expect(await box.inputValue()).toBe('10')
  })

  it('hear each chart’s title and a summary of what changed, by how much and by when', async () => {
    const charts = page.locator('cb-outcomes-view cb-chart-card svg[role=img]')
    const labels = await charts.evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label') ?? ''))
    expect(labels.length).toBeGreaterThanOrEqual(10)
    for (const label of labels) expect(label).toMatch(/\. .+ (by|in) 20\d\d/)
    const admissions = labels.find((l) => l.startsWith('Emergency admissions.'))
    expect(admissions).toMatch(
      /^Emergency admissions\. My scenario: [\d,]+ admissions a year by 2044, [\d,]+ (fewer|more) than the baseline \([\d,]+\)/,
    )
    // The same summary is on the page for everyone, and the numbers are under Show data.
    const card = page.locator('cb-outcomes-view cb-chart-card').first()
    expect(await card.locator('p.summary').textContent()).toContain('by 2044')
    await card.getByRole('button', { name: 'Show data' }).click()
    const table = card.getByRole('region', { name: /^Data: Emergency admissions/ })
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(20)
    await card.getByRole('button', { name: 'Hide data' }).click()
  })

  it('hear a finished run announced once, politely, not on every step of a moving slider', async () => {
    await waitForApp(page)
    await expect.poll(() => announcer().textContent(), { timeout: 10_000 }).toContain('Results updated')
    expect(await announcer().getAttribute('role')).toBe('status')
    await page.evaluate(() => {
      const region = document.querySelector('cb-app')?.shadowRoot?.querySelector('p.announcer')
      const said: string[] = []
      ;(window as unknown as { said: string[] }).said = said
      if (region)
        new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
          childList: true,
          characterData: true,
          subtree: true,
        })
    })
    const slider = leverControl(page, /community shift share/i).locator('input[type=range]')
    const steps = ['0.02', '0.04', '0.06', '0.08', '0.1', '0.12', '0.14', '0.16', '0.18', '0.2']
    for (const value of steps) await slider.fill(value)
    await expect
      .poll(() => announcer().textContent(), { timeout: 10_000 })
      .toMatch(/Results updated for “My scenario”\. .+/)
    await page.waitForTimeout(1500)
    const said = await page.evaluate(() =>
      (window as unknown as { said: string[] }).said.filter((t) => t.trim()),
    )
    expect(said.length, said.join(' | ')).toBe(1)
  })

  it('hear when the uncertainty bands are ready, once', async () => {
    await page.locator('cb-outcomes-view input.show-uncertainty').check()
    await expect
      .poll(() => announcer().textContent(), { timeout: 60_000 })
      .toContain('Uncertainty bands, 10th to 90th percentile, are shown.')
    await page.locator('cb-outcomes-view input.show-uncertainty').uncheck()
  })

  it('logged no console errors', () => {
    expect(problems.errors).toEqual([])
  })
})
