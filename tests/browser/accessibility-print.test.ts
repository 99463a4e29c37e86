// The print style keeps scenarios apart without colour: a chart exported "for print" and the slides
// and board pack in greyscale use only greys, and every scenario keeps its own dash pattern and
// marker. Screenshots under Chromium's simulated colour-vision deficiencies and achromatopsia are
// saved for a person to look at (test-output/screenshots/vision-*.png).
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { download, exportChart, openAppForTests, type PageProblems, screenshot } from './app-session'

let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ page, problems } = opened)
})

/** Every colour written in an SVG's attributes (#rrggbb), other than white. */
function coloursIn(svg: string): string[] {
  const colours = new Set<string>()
  for (const match of svg.matchAll(/(?:fill|stroke)="(#[0-9a-fA-F]{6})"/g))
    colours.add(match[1].toLowerCase())
  colours.delete('#ffffff')
  return [...colours]
}

const isGrey = (hex: string) => hex.slice(1, 3) === hex.slice(3, 5) && hex.slice(3, 5) === hex.slice(5, 7)

async function compareThree(): Promise<void> {
  const names = (await page.locator('cb-scenario-panel li button.open').allTextContents()).map((n) =>
    n.trim(),
  )
  for (const name of names.slice(0, 3))
    await page
      .locator('cb-scenario-panel li')
      .filter({ hasText: name })
      .locator('input.compare-toggle')
      .check()
  await page.locator('cb-app nav button.tab-compare').click()
  await expect
    .poll(() => page.locator('cb-compare-view cb-chart-card').first().locator('g.lines path').count())
    .toBe(4)
}

describe('the print style', () => {
  it('exports a chart in greys, each scenario with its own dash and marker', async () => {
    await compareThree()
    const card = page.locator('cb-compare-view cb-chart-card').first()
    const colour = (await exportChart(page, card, 'svg')).bytes.toString('utf8')
    expect(coloursIn(colour).some((c) => !isGrey(c))).toBe(true)
    const { name, bytes } = await exportChart(page, card, 'print-svg')
    expect(name).toMatch(/_print\.svg$/)
    const print = bytes.toString('utf8')
    expect(coloursIn(print).filter((c) => !isGrey(c))).toEqual([])
    const dashes = [...print.matchAll(/<path[^>]*stroke-dasharray="([^"]+)"[^>]*data-series/g)].map(
      (m) => m[1],
    )
    expect(new Set(dashes).size).toBe(3)
    expect(print).not.toMatch(/\((blue|vermilion|green)/)
    const png = await exportChart(page, card, 'print-png')
    expect(png.name).toMatch(/_print\.png$/)
  })

  it('shows slides in greys when asked, and the board pack follows', async () => {
    await page.locator('cb-app nav button.tab-present').click()
    await page.locator('cb-present-mode input.audience-compared').check()
    await page.locator('cb-present-mode input.print-style').check()
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.locator('cb-present-mode button.start-presenting').click()
    const slide = page.locator('cb-present-mode .show svg.slide')
    await slide.waitFor()
    for (let i = 0; i < 4; i++) {
      const svg = await slide.evaluate((s) => s.outerHTML)
      expect(coloursIn(svg).filter((c) => !isGrey(c) && c !== '#0b2e4f' && c !== '#eef2f6')).toEqual([])
      await screenshot(page, `print-slide-${i}`)
      await page.keyboard.press('ArrowRight')
    }
    await page.keyboard.press('Escape')
    await page.setViewportSize({ width: 1400, height: 1000 })
    const pdf = await download(page, () => page.locator('cb-present-mode button.download-pdf').click())
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('saves screenshots as seen with each colour-vision deficiency and in greyscale', async () => {
    await page.locator('cb-present-mode input.print-style').uncheck()
    await page.locator('cb-app nav button.tab-compare').click()
    await page.locator('cb-compare-view cb-chart-card').first().waitFor()
    const cdp = await page.context().newCDPSession(page)
    for (const type of ['protanopia', 'deuteranopia', 'tritanopia', 'achromatopsia', 'none'] as const) {
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type })
      if (type !== 'none') await screenshot(page, `vision-${type}`)
    }
    await cdp.detach()
  })

  it('logged no console errors', () => {
    expect(problems.errors).toEqual([])
  })
})
