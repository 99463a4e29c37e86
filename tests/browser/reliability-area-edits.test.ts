// Area set-up: an impossible value is refused and the field goes back; a value outside the
// plausible range waits for "Outside the sourced range, I know"; the edits travel in the exported
// file, the share link and the project file, and every output names them with old and new value;
// an edit that makes the model fail names the edits and leaves no stale chart behind.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { importFile, probe } from './app-probe'
import {
  type AppSession,
  download,
  exportChart,
  openApp,
  openAppForTests,
  type PageProblems,
  screenshot,
} from './app-session'

let session: AppSession
let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ session, page, problems } = opened)
})

interface Probe {
  activeId: string
  edits(): Record<string, number>
  confirmedOutsideRange(): string[]
  run(id: string): unknown
  runError(id: string): string | undefined
  flush(): Promise<void>
  savedScenarios(): { scenario: { name: string } }[]
}

const run = <T>(read: (state: Probe) => T, on = page) => probe(on, read)

const row = (name: string) => page.locator(`cb-area-setup tr[data-parameter="${name}"]`)
const notice = (on = page) => on.locator('cb-notice .notice .text')

async function enter(name: string, value: string): Promise<void> {
  const input = row(name).locator('input[type=number]')
  await input.fill(value)
  await input.press('Tab')
}

describe('area edits', () => {
  it('refuse an impossible value, name the parameter, and put the field back', async () => {
    await page.locator('nav button.tab-area').click()
    expect(await row('birth rate').locator('.plausible').textContent()).toContain('Plausible range in')
    await enter('birth rate', '-5')
    await expect
      .poll(() => notice().textContent())
      .toBe(
        '‘birth rate’: -5 is not possible: it is a yearly rate per person, from 0 to 1. The value was not changed.',
      )
    expect(await row('birth rate').locator('input[type=number]').inputValue()).toBe('0.0098')
    await enter('population under 65 at start', '-1000000000000')
    await expect.poll(() => notice().textContent()).toContain('it is a count, 0 or more')
    expect(await run((state) => state.edits())).toEqual({})
  })

  it('hold a value outside the plausible range until the analyst confirms it', async () => {
    await enter('birth rate', '0.02')
    await expect
      .poll(() => notice().textContent())
      .toMatch(
        /^‘birth rate’: 0\.02 is outside its plausible range in .+, 0\.006 to 0\.014\. To use it, tick “Outside the sourced range, I know” beside it\.$/,
      )
    expect(await run((state) => state.edits())).toEqual({})
    await screenshot(page, 'area-edit-needs-confirmation')
    await row('birth rate').locator('input.confirm-outside-range').check()
    await expect.poll(() => run((state) => state.edits())).toEqual({ 'birth rate': 0.02 })
    // The refusal no longer holds, so it no longer shows.
    expect(await notice().count()).toBe(0)
    expect(await run((state) => state.confirmedOutsideRange())).toEqual(['birth rate'])
    await enter('acute beds at start', '1000')
    await expect
      .poll(() => run((state) => state.edits()))
      .toEqual({ 'birth rate': 0.02, 'acute beds at start': 1000 })
    await screenshot(page, 'area-edits-confirmed')
  })

  it('name every edit, with sourced and edited value, on exported charts and slides', async () => {
    await page.locator('nav button.tab-outcomes').click()
    const card = page.locator('cb-outcomes-view cb-chart-card').first()
    const { bytes } = await exportChart(page, card, 'svg')
    const svg = bytes.toString('utf8').replace(/<\/text><text[^>]*>/g, ' ')
    const edits =
      /acute beds at start 880 → 1,000 beds; birth rate 0\.0098 → 0\.02 births per person a year \(outside its sourced range\)/
    expect(svg).toMatch(edits)
    const csv = (await exportChart(page, card, 'csv')).bytes.toString('utf8')
    const lines = csv.trim().split(/\r\n/)
    expect(lines[0]).toMatch(/^Month,/)
    expect(lines.at(-1)).toMatch(edits)
  })

  it('travel in the exported file and in a share link, to a colleague with none of their own', async () => {
    const { bytes } = await download(page, () => page.locator('cb-scenario-panel button.export').click())
    const file = JSON.parse(bytes.toString('utf8'))
    expect(file.areaEdits).toEqual({ 'birth rate': 0.02, 'acute beds at start': 1000 })
    expect(file.confirmedOutsideRange).toEqual(['birth rate'])
    await page.locator('cb-scenario-panel button.share').click()
    const link = await page.locator('cb-scenario-panel input.share-link').inputValue()
    const colleague = await openApp(await session.newContext(), link)
    await expect
      .poll(() => notice(colleague.page).textContent())
      .toMatch(
        /edits to the baseline of .+, now in Area set-up: acute beds at start 880 → 1,000, birth rate 0\.0098 → 0\.02 \(outside its sourced range\)\./,
      )
    expect(await run((state) => state.edits(), colleague.page)).toEqual({
      'birth rate': 0.02,
      'acute beds at start': 1000,
    })
    await screenshot(colleague.page, 'area-edits-shared')
    await colleague.page.context().close()
  })

  it('travel in a project file with every scenario', async () => {
    const { name, bytes } = await download(page, () =>
      page.locator('cb-scenario-panel button.export-project').click(),
    )
    expect(name).toBe('carebalance-project.json')
    const colleague = await openApp(await session.newContext(), session.url)
    await importFile(colleague.page, name, bytes)
    // The colleague's own first scenario is also called "My scenario": the notice says it was renamed,
    // and the project's baseline edits are in place, as they had none.
    await expect
      .poll(() => notice(colleague.page).textContent())
      .toMatch(
        /^Imported 1 scenario from carebalance-project\.json\. Renamed, as you already have scenarios so called: “My scenario” → “My scenario \(2\)”\. It came with edits to the baseline of .+, now in Area set-up: acute beds at start 880 → 1,000, birth rate/,
      )
    expect(await run((state) => state.edits(), colleague.page)).toEqual({
      'birth rate': 0.02,
      'acute beds at start': 1000,
    })
    await colleague.page.context().close()
  })

  it('say which edits a failed run had, and show no chart of other settings meanwhile', async () => {
    await page.locator('nav button.tab-area').click()
    await enter('delayed discharge beds at start', '700')
    await row('delayed discharge beds at start').locator('input.confirm-outside-range').check()
    await expect
      .poll(() => run((state) => state.runError(state.activeId)), { timeout: 20_000 })
      .toMatch(
        /This area’s baseline is edited \(acute beds at start 880 → 1,000, birth rate .*, delayed discharge beds at start 113 → 700 \(outside its sourced range\)\); the last edit was ‘delayed discharge beds at start’: reset it in Area set-up/,
      )
    expect(await run((state) => state.run(state.activeId) === undefined)).toBe(true)
    await page.locator('nav button.tab-outcomes').click()
    expect(await page.locator('cb-outcomes-view .status .error').textContent()).toContain(
      'the last edit was ‘delayed discharge beds at start’',
    )
    expect(await page.locator('cb-outcomes-view cb-chart-card').count()).toBe(0)
    await screenshot(page, 'area-edit-run-failed')
    await page.locator('nav button.tab-area').click()
    await row('delayed discharge beds at start').locator('button.reset-parameter').click()
    await expect
      .poll(() => run((state) => state.run(state.activeId) !== undefined), { timeout: 20_000 })
      .toBe(true)
  })

  it('logged no console errors and no failed requests', () => {
    expect(problems.errors).toEqual([])
  })
})
