// Two tabs on one browser profile (one IndexedDB): each sees the other's creates, edits and
// deletes live; a write from one never undoes the other's change to another field; a scenario
// deleted in one never comes back from the other; and both agree after a reload.
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AppSession,
  openApp,
  type PageProblems,
  screenshot,
  startAppSession,
  waitForApp,
} from './app-session'

let session: AppSession
let context: BrowserContext
let a: Page
let b: Page
const problems: PageProblems[] = []

beforeAll(async () => {
  session = await startAppSession()
  context = await session.newContext()
  const first = await openApp(context, session.url)
  await flush(first.page)
  const second = await openApp(context, session.url)
  a = first.page
  b = second.page
  problems.push(first.problems, second.problems)
})

afterAll(async () => {
  await session?.close()
})

interface Saved {
  id: string
  name: string
  levers: Record<string, unknown>
}

/** The saved scenarios a tab holds in memory. */
function saved(page: Page): Promise<Saved[]> {
  return page.evaluate(() => {
    type State = {
      savedScenarios(): { id: string; scenario: { name: string; levers: Record<string, unknown> } }[]
    }
    const state = (document.querySelector('cb-app') as HTMLElement & { state: State }).state
    return state.savedScenarios().map((s) => ({ id: s.id, name: s.scenario.name, levers: s.scenario.levers }))
  })
}

function flush(page: Page): Promise<void> {
  return page.evaluate(() =>
    (document.querySelector('cb-app') as HTMLElement & { state: { flush(): Promise<void> } }).state.flush(),
  )
}

/**
 * Runs one of the app's own actions in a tab, as a click would, at wall-clock time `at` if given:
 * two tabs given the same time act within a millisecond of each other, before either can hear of
 * the other's write.
 */
function act(page: Page, action: string, args: unknown[], at = 0): Promise<void> {
  return page.evaluate(
    ([action, args, at]) =>
      new Promise<void>((resolve) => {
        const run = () => {
          const app = document.querySelector('cb-app') as unknown as { state: Record<string, unknown> }
          ;(app.state[action as string] as (...a: unknown[]) => void).apply(app.state, args as unknown[])
          resolve()
        }
        setTimeout(run, Math.max(0, (at as number) - Date.now()))
      }),
    [action, args, at] as const,
  )
}

const soon = () => Date.now() + 300
const named = async (page: Page, name: string) => (await saved(page)).find((s) => s.name === name)
const notice = async (page: Page) =>
  (await page.locator('cb-notice .notice .text').allTextContents()).join(' ')

describe('two tabs on one profile', () => {
  it('see each other’s new scenarios, renames and lever moves without a reload', async () => {
    await a.locator('cb-scenario-panel button.new-scenario').click()
    const nameBox = a.locator('cb-scenario-panel input.scenario-name')
    await nameBox.fill('Shared plan')
    await nameBox.press('Tab')
    await expect.poll(async () => (await named(b, 'Shared plan'))?.id).toBeTruthy()
    const plan = (await named(a, 'Shared plan')) as Saved
    await act(a, 'setLever', [plan.id, 'pooled budget share', 0.4])
    await expect
      .poll(async () => (await named(b, 'Shared plan'))?.levers)
      .toEqual({ 'pooled budget share': 0.4 })
    // B, now up to date, moves another lever: A's rename and lever stay.
    await act(b, 'setLever', [plan.id, 'community shift share', 0.1])
    await expect
      .poll(async () => (await named(a, 'Shared plan'))?.levers)
      .toEqual({ 'pooled budget share': 0.4, 'community shift share': 0.1 })
  })

  it('keep both changes when the two tabs write at the same moment, and say so', async () => {
    const plan = (await named(a, 'Shared plan')) as Saved
    const at = soon()
    await Promise.all([
      act(a, 'rename', [plan.id, 'Shared plan, renamed in A'], at),
      act(b, 'setLever', [plan.id, 'hump fund', 2_000_000], at),
    ])
    await Promise.all([flush(a), flush(b)])
    for (const page of [a, b]) {
      await expect
        .poll(async () => (await named(page, 'Shared plan, renamed in A'))?.levers)
        .toEqual({
          'pooled budget share': 0.4,
          'community shift share': 0.1,
          'hump fund': 2_000_000,
        })
    }
    // Whichever tab wrote second was told what the other had changed.
    const texts = [await notice(a), await notice(b)].join(' ')
    expect(texts).toMatch(
      /Another tab changed “Shared plan.*” at the same moment \((renamed “Shared plan, renamed in A”|set ‘hump fund’ to 2,000,000)\)\. Your change and theirs are both kept\./,
    )
    await screenshot(b, 'two-tabs-merged')
  })

  it('never bring back a scenario deleted in the other tab, even by a write at the same moment', async () => {
    const plan = (await named(a, 'Shared plan, renamed in A')) as Saved
    const at = soon()
    await Promise.all([
      act(a, 'remove', [plan.id], at),
      act(b, 'setLever', [plan.id, 'pooled budget share', 0.9], at),
    ])
    await Promise.all([flush(a), flush(b)])
    await expect.poll(async () => (await saved(b)).some((s) => s.id === plan.id)).toBe(false)
    expect(await notice(b)).toMatch(/“Shared plan, renamed in A” was deleted in another tab/)
    await screenshot(b, 'two-tabs-deleted')
    for (const page of [a, b]) {
      await page.reload()
      await waitForApp(page)
      expect((await saved(page)).some((s) => s.id === plan.id)).toBe(false)
    }
  })

  it('see each other’s area edits', async () => {
    await a.locator('nav button.tab-area').click()
    const beds = a.locator('cb-area-setup tr[data-parameter="acute beds"] input[type=number]')
    await beds.fill('900')
    await beds.press('Tab')
    await expect
      .poll(() =>
        b.evaluate(
          () =>
            (
              document.querySelector('cb-app') as HTMLElement & { state: { edits(): Record<string, number> } }
            ).state.edits()['acute beds'],
        ),
      )
      .toBe(900)
    await a.locator('cb-area-setup button.reset-area').click()
    await flush(a)
  })

  it('logged no console errors and no failed requests', () => {
    expect(problems.flatMap((p) => p.errors)).toEqual([])
  })
})
