// What every browser test needs: the built app served on a free local port, Chromium, and a page
// opened on the app once its model, scenarios and first runs are in. Console errors and failed
// requests are collected so a test can insist there were none.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { buildApp, PROJECT_ROOT } from './app-build'
import { launchChromium } from './chromium'
import { serveFolder } from './static-server'

export const SCREENSHOTS = join(PROJECT_ROOT, 'test-output', 'screenshots')

export interface AppSession {
  url: string
  browser: Browser
  /** A fresh browser profile (its own IndexedDB), as a new user would have. */
  newContext(): Promise<BrowserContext>
  close(): Promise<void>
}

export async function startAppSession(): Promise<AppSession> {
  const server = await serveFolder(buildApp())
  const browser = await launchChromium()
  return {
    url: server.url,
    browser,
    newContext: () => browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true }),
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

export interface PageProblems {
  errors: string[]
}

/** Records console errors, uncaught exceptions and failed requests on a page. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [] }
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.errors.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => problems.errors.push(`request failed: ${request.url()}`))
  return problems
}

/** Resolves when the app has its catalogue and has drawn the baseline and the open scenario. */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const app = document.querySelector('cb-app') as (HTMLElement & { state?: AppStateProbe }) | null
      const state = app?.state
      if (!state?.ready || state.fatal) return Boolean(state?.fatal)
      return Boolean(state.baselineRun && state.run(state.activeId))
    },
    undefined,
    { timeout: 30_000 },
  )
  const fatal = await page.evaluate(
    () => (document.querySelector('cb-app') as HTMLElement & { state?: AppStateProbe }).state?.fatal,
  )
  if (fatal) throw new Error(`the app could not start: ${fatal}`)
  await page.locator('cb-outcomes-view cb-chart-card').first().waitFor()
}

/**
 * Functions handed to page.evaluate are sent as source text. Run under tsx (as `npm run bench`
 * does), esbuild wraps named functions in a `__name` helper that only exists in Node; this gives
 * the page a harmless one so the same helpers work under vitest and under tsx.
 */
export const NAME_HELPER = 'globalThis.__name ??= (target) => target'

/** Opens the app in a new page, watching it for problems from the first request on. */
export async function openApp(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage()
  const problems = watchProblems(page)
  await page.addInitScript(NAME_HELPER)
  await page.goto(url)
  await waitForApp(page)
  return { page, problems }
}

export interface OpenedApp {
  session: AppSession
  page: Page
  problems: PageProblems
}

/**
 * Opens the app once for a test file (Chromium, a fresh profile, the app loaded and run) and
 * closes it after the file's tests. `onOpen` receives the page when it is ready.
 */
export function openAppForTests(onOpen: (opened: OpenedApp) => void): void {
  let session: AppSession | undefined
  beforeAll(async () => {
    session = await startAppSession()
    const context = await session.newContext()
    onOpen({ session, ...(await openApp(context, session.url)) })
  })
  afterAll(async () => {
    await session?.close()
  })
}

/**
 * A lever's control, found by the lever's own label: other levers' text may name it too ("Acts
 * only with community shift share above its baseline"), so matching any text would find several.
 */
export function leverControl(page: Page, name: string | RegExp): Locator {
  return page.locator('cb-lever-control').filter({ has: page.locator('label.name', { hasText: name }) })
}

/** Clicks something that downloads a file, and returns the file's suggested name and contents. */
export async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) }
}

/** Exports a chart card's image or data from its Export menu, as a user would. */
export function exportChart(
  page: Page,
  card: Locator,
  format: 'png' | 'svg' | 'csv' | 'raw-csv' | 'print-png' | 'print-svg',
): Promise<{ name: string; bytes: Buffer }> {
  return download(page, async () => {
    await card.locator('details.export summary').click()
    await card.locator(`button.export-${format}`).click()
  })
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const path = join(SCREENSHOTS, `${name}.png`)
  await page.screenshot({ path, fullPage: false })
  return path
}

/** The parts of the app state the tests read inside the page (kept structural: no app imports). */
export interface AppStateProbe {
  ready: boolean
  fatal?: string
  activeId: string
  compareIds: string[]
  baselineRun?: unknown
  run(id: string): unknown
  latestRequest(id: string): number
  entries: { id: string; origin: string; scenario: { name: string; levers: Record<string, unknown> } }[]
  catalogue?: { levers: { name: string; group: string; min: number; max: number; step: number }[] }
  flush(): Promise<void>
}
