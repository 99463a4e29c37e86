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

/**
 * Lets a test hold a tab's BroadcastChannel messages (`__holdBroadcasts = true`) and deliver them
 * later (`__releaseBroadcasts()`): a tab that has not yet heard of the other's write, as a busy or
 * sleeping tab would be, so its next write is from a stale copy.
 */
function holdableBroadcasts(): void {
  const held: (() => void)[] = []
  const scope = globalThis as unknown as { __holdBroadcasts: boolean; __releaseBroadcasts: () => void }
  scope.__holdBroadcasts = false
  scope.__releaseBroadcasts = () => {
    scope.__holdBroadcasts = false
    for (const deliver of held.splice(0)) deliver()
  }
  const Native = BroadcastChannel
  globalThis.BroadcastChannel = class extends Native {
    override set onmessage(handler: ((event: MessageEvent) => void) | null) {
      super.onmessage =
        handler &&
        ((event: MessageEvent) => {
          if (scope.__holdBroadcasts) held.push(() => handler.call(this, event))
          else handler.call(this, event)
        })
    }
    override get onmessage() {
      return super.onmessage
    }
  }
}

const hold = (page: Page, on: boolean) =>
  page.evaluate((on) => {
    const scope = globalThis as unknown as { __holdBroadcasts: boolean; __releaseBroadcasts: () => void }
    if (on) scope.__holdBroadcasts = true
    else scope.__releaseBroadcasts()
  }, on)

beforeAll(async () => {
  session = await startAppSession()
  context = await session.newContext()
  await context.addInitScript(holdableBroadcasts)
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

/** Runs one of the app's own actions in a tab, as a click would. */
function act(page: Page, action: string, args: unknown[]): Promise<void> {
  return page.evaluate(
    ([action, args]) => {
      const app = document.querySelector('cb-app') as unknown as { state: Record<string, unknown> }
      ;(app.state[action as string] as (...a: unknown[]) => void).apply(app.state, args as unknown[])
    },
    [action, args] as const,
  )
}

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

  it('keep both changes when a tab writes from a stale copy, and tell that tab what the other did', async () => {
    const plan = (await named(a, 'Shared plan')) as Saved
    // B has not heard of A's rename when it moves a lever of its copy.
    await hold(b, true)
    await act(a, 'rename', [plan.id, 'Shared plan, renamed in A'])
    await flush(a)
    await act(b, 'setLever', [plan.id, 'hump fund', 2_000_000])
    await flush(b)
    await hold(b, false)
    for (const page of [a, b]) {
      await expect
        .poll(async () => (await named(page, 'Shared plan, renamed in A'))?.levers)
        .toEqual({
          'pooled budget share': 0.4,
          'community shift share': 0.1,
          'hump fund': 2_000_000,
        })
    }
    expect(await notice(b)).toBe(
      'Another tab had changed “Shared plan, renamed in A” since this tab last saw it (renamed “Shared plan, renamed in A”). Your change and theirs are both kept.',
    )
    await screenshot(b, 'two-tabs-merged')
  })

  it('never bring back a scenario deleted in the other tab by a write from a stale copy', async () => {
    const plan = (await named(a, 'Shared plan, renamed in A')) as Saved
    await act(b, 'select', [plan.id])
    await hold(b, true)
    await act(a, 'remove', [plan.id])
    await flush(a)
    await act(b, 'setLever', [plan.id, 'pooled budget share', 0.9])
    await flush(b)
    await hold(b, false)
    await expect.poll(async () => (await saved(b)).some((s) => s.id === plan.id)).toBe(false)
    expect(await notice(b)).toBe(
      '“Shared plan, renamed in A” was deleted in another tab, so your last change to it was not saved.',
    )
    await screenshot(b, 'two-tabs-deleted')
    for (const page of [a, b]) {
      await page.reload()
      await waitForApp(page)
      expect((await saved(page)).some((s) => s.id === plan.id)).toBe(false)
    }
  })

  it('see each other’s area edits', async () => {
    await a.locator('nav button.tab-area').click()
    const beds = a.locator('cb-area-setup tr[data-parameter="acute beds at start"] input[type=number]')
    await beds.fill('900')
    await beds.press('Tab')
    await expect
      .poll(() =>
        b.evaluate(
          () =>
            (
              document.querySelector('cb-app') as HTMLElement & { state: { edits(): Record<string, number> } }
            ).state.edits()['acute beds at start'],
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
