// Reading and driving the app state inside a page, for the reliability tests: one helper rather
// than one per file. Functions cross to the page as source text, so they must use only their
// arguments.
import type { Page } from 'playwright-core'

/** Runs `read` on the page's app state, with `arg`, and returns what it returns. */
export function probe<State, T, A = undefined>(
  page: Page,
  read: (state: State, arg: A) => T,
  arg?: A,
): Promise<T> {
  return page.evaluate(
    ([source, arg]) => {
      const state = (document.querySelector('cb-app') as unknown as { state: unknown }).state
      return new Function('state', 'arg', `return (${source})(state, arg)`)(state, arg) as T
    },
    [read.toString(), arg] as const,
  )
}

/** The message line's text, or '' when there is none. */
export async function noticeText(page: Page): Promise<string> {
  return (await page.locator('cb-notice .notice .text').allTextContents()).join(' ')
}

/** Imports a scenario or project file through the scenario panel, as the analyst would. */
export async function importFile(page: Page, name: string, content: string | Buffer | object): Promise<void> {
  const text = typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content)
  await page
    .locator('cb-scenario-panel input.import-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}
