// The engine worker dies (here it closes itself, as a crash would leave it: no event reaches the
// page): the app notices, says so, starts a new worker, and the analyst's next and pending
// requests run on it. Nothing saved is lost, and an import after the loss still works.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { importFile, noticeText, probe } from './app-probe'
import { type AppSession, NAME_HELPER, openAppForTests, type PageProblems, screenshot } from './app-session'

let session: AppSession
let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ session, page, problems } = opened)
})

interface Probe {
  activeId: string
  latestRequest(id: string): number
  run(id: string): { seq: number } | undefined
  runError(id: string): string | undefined
  savedScenarios(): { scenario: { name: string; levers: Record<string, unknown> } }[]
  setLever(id: string, name: string, value: number): void
  flush(): Promise<void>
}

const run = <T>(read: (state: Probe) => T) => probe(page, read)

/** Kills the engine worker from inside, as a crash would: the page hears nothing. */
async function killWorker(): Promise<void> {
  await expect.poll(() => page.workers().length, { timeout: 20_000 }).toBe(1)
  await page
    .workers()[0]
    .evaluate(() => self.close())
    .catch(() => undefined)
}

/** True once the open scenario shows the result of its newest request. */
const answered = () =>
  run((state) => (state.run(state.activeId)?.seq ?? 0) === state.latestRequest(state.activeId))

const notice = () => noticeText(page)

describe('a worker that dies', () => {
  it('is noticed and restarted, and the next lever move runs on the new worker', async () => {
    await killWorker()
    await expect
      .poll(notice, { timeout: 20_000 })
      .toMatch(/The model engine stopped unexpectedly and was restarted; your latest change was run again/)
    expect(await notice()).toContain('Nothing you saved was lost')
    await screenshot(page, 'worker-restarted')
    const before = await run((state) => state.latestRequest(state.activeId))
    await run((state) => state.setLever(state.activeId, 'pooled budget share', 0.3))
    await expect.poll(answered, { timeout: 20_000 }).toBe(true)
    expect(await run((state) => state.latestRequest(state.activeId))).toBeGreaterThan(before)
    expect(await run((state) => state.runError(state.activeId))).toBeUndefined()
  })

  it('runs again the request it was answering when it died', async () => {
    // The lever move and the loss in the same moment: the run goes to a worker that will never
    // answer it.
    await Promise.all([
      killWorker(),
      run((state) => state.setLever(state.activeId, 'pooled budget share', 0.6)),
    ])
    await expect.poll(answered, { timeout: 20_000 }).toBe(true)
    expect(await run((state) => state.runError(state.activeId))).toBeUndefined()
    await expect.poll(() => page.workers().length, { timeout: 20_000 }).toBe(1)
  })

  it('keeps what was saved, and an import made while the engine is lost still works', async () => {
    await page.locator('cb-notice button.dismiss').click()
    await killWorker()
    // The page has seen the worker go (its notice says it is being, or has been, restarted) before
    // the import. Playwright's list of workers empties before the page hears of the loss, so an
    // import made then could finish first and have its notice replaced by the restart's.
    await expect.poll(async () => /restarted/.test(await notice())).toBe(true)
    await importFile(page, 'after.json', {
      format: 2,
      name: 'After the crash',
      description: 'Imported while the engine was being restarted',
      area: 'england-500k',
      levers: { 'pooled budget share': 0.2 },
    })
    await expect.poll(notice, { timeout: 20_000 }).toContain('Imported “After the crash” from after.json')
    await run((state) => state.flush())
    const saved = await run((state) =>
      state.savedScenarios().map((s) => [s.scenario.name, s.scenario.levers]),
    )
    expect(saved).toContainEqual(['My scenario', { 'pooled budget share': 0.6 }])
    expect(saved).toContainEqual(['After the crash', { 'pooled budget share': 0.2 }])
    await expect.poll(answered, { timeout: 20_000 }).toBe(true)
  })

  it('says so, instead of loading for ever, when the engine’s code cannot be loaded at all', async () => {
    const context = await session.newContext()
    await context.route(/engine\.worker-[\w-]+\.js/, (route) => route.abort())
    const broken = await context.newPage()
    await broken.addInitScript(NAME_HELPER)
    await broken.goto(session.url)
    const alert = broken.locator('cb-app p.loading[role=alert]')
    await alert.waitFor({ timeout: 30_000 })
    expect(await alert.textContent()).toMatch(
      /The model could not be loaded: the engine could not load its code, 3 times running\. Reload the page to try again; your saved scenarios are kept in this browser\./,
    )
    await screenshot(broken, 'worker-unloadable')
    await context.close()
  })

  it('logged no console errors and no failed requests', () => {
    expect(problems.errors).toEqual([])
  })
})
