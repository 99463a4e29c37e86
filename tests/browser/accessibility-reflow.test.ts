// Zoom, reflow and motion (WCAG 1.4.4, 1.4.10, 2.3.3): at 320 CSS px wide (a 1280 px window at
// 400%) and at 200% zoom (640 CSS px) every view reflows into one column with no horizontal
// scrolling of the page (charts and wide data tables may scroll inside their own box); and when the
// system asks for reduced motion, transitions are off.
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importFile } from './app-probe'
import { type AppSession, openApp, screenshot, startAppSession, waitForApp } from './app-session'

let session: AppSession
beforeAll(async () => {
  session = await startAppSession()
})
afterAll(async () => {
  await session?.close()
})

/** How far the page is wider than the window, and the widest things that stick out, if any. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const sticking: string[] = []
    const visit = (root: Document | ShadowRoot) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        if (element.shadowRoot) visit(element.shadowRoot)
        const box = element.getBoundingClientRect()
        if (
          box.width > 0 &&
          box.right > width + 1 &&
          !(element instanceof SVGElement && element.tagName !== 'svg')
        )
          sticking.push(
            `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} (${Math.round(box.right)} px)`,
          )
      }
    }
    visit(document)
    return { excess: document.documentElement.scrollWidth - width, sticking: sticking.slice(0, 8) }
  })
}

async function view(page: Page, name: string): Promise<void> {
  await page.locator(`cb-app nav button.tab-${name}`).click()
}

async function expectReflows(page: Page, label: string): Promise<void> {
  const { excess, sticking } = await overflow(page)
  expect(
    excess,
    `${label}: the page scrolls sideways; sticking out: ${sticking.join(', ')}`,
  ).toBeLessThanOrEqual(0)
}

for (const { name, viewport, scale } of [
  { name: '320 CSS px wide', viewport: { width: 320, height: 720 }, scale: 1 },
  { name: '200% zoom', viewport: { width: 640, height: 450 }, scale: 2 },
]) {
  describe(`at ${name}`, () => {
    let context: BrowserContext
    let page: Page
    beforeAll(async () => {
      context = await session.browser.newContext({
        viewport,
        deviceScaleFactor: scale,
        acceptDownloads: true,
      })
      ;({ page } = await openApp(context, session.url))
    })
    afterAll(async () => {
      await context?.close()
    })

    it('reads outcomes in one column without scrolling sideways', async () => {
      await expectReflows(page, 'outcomes')
      await screenshot(page, `reflow-${viewport.width}-outcomes`)
      await page.locator('cb-outcomes-view cb-chart-card').first().scrollIntoViewIfNeeded()
      await screenshot(page, `reflow-${viewport.width}-chart`)
    })

    it('reads compare, area set-up and present mode without scrolling sideways', async () => {
      const name =
        (await page.locator('cb-scenario-panel li button.open').first().textContent())?.trim() ?? ''
      await page
        .locator('cb-scenario-panel li')
        .filter({ hasText: name })
        .locator('input.compare-toggle')
        .check()
      await view(page, 'compare')
      await page.locator('cb-compare-view cb-kpi-table').waitFor()
      await expectReflows(page, 'compare')
      await page.locator('cb-compare-view cb-kpi-table').scrollIntoViewIfNeeded()
      await screenshot(page, `reflow-${viewport.width}-compare`)
      await view(page, 'area')
      await page.locator('cb-area-setup tbody tr').first().waitFor()
      await expectReflows(page, 'area set-up')
      await screenshot(page, `reflow-${viewport.width}-area`)
      await view(page, 'present')
      await expectReflows(page, 'present mode')
      await screenshot(page, `reflow-${viewport.width}-present`)
    })

    it('shows a notice without scrolling sideways', async () => {
      await view(page, 'outcomes')
      await waitForApp(page)
      await importFile(page, 'a-file-with-a-long-name-that-does-not-parse.json', '{ not json')
      await page.locator('cb-notice .notice.error').waitFor()
      await expectReflows(page, 'error notice')
    })
  })
}

describe('with reduced motion asked for', () => {
  it('turns transitions off', async () => {
    const context = await session.browser.newContext({
      viewport: { width: 1400, height: 1000 },
      reducedMotion: 'reduce',
    })
    const { page } = await openApp(context, session.url)
    await view(page, 'present')
    await page.locator('cb-present-mode button.start-presenting').click()
    const controls = page.locator('cb-present-mode .show .controls')
    await controls.waitFor()
    expect(await controls.evaluate((e) => getComputedStyle(e).transitionDuration)).toBe('0s')
    await page.keyboard.press('Escape')
    const motion = await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)
    expect(motion).toBe(true)
    await context.close()
  })
})
