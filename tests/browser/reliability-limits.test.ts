// Oversized or malformed input is refused with a message naming the file, the field and the limit,
// before the app reads or parses more than it must; nothing saved changes. Well-formed files with a
// byte-order mark are read, and an import renamed to avoid a clash says so.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { importFile, probe } from './app-probe'
import { openAppForTests, type PageProblems, screenshot } from './app-session'

let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ page, problems } = opened)
})

const valid = {
  format: 2,
  name: 'My scenario',
  description: 'A well-formed file',
  area: 'england-500k',
  levers: { 'pooled budget share': 0.3 },
}

interface Probe {
  activeId: string
  flush(): Promise<void>
  savedScenarios(): { scenario: unknown }[]
  rename(id: string, name: string): void
  setLever(id: string, name: string, value: unknown): void
}

const run = <T, A = undefined>(read: (state: Probe, arg: A) => T, arg?: A) => probe(page, read, arg)

const savedWork = async () => {
  await run((state) => state.flush())
  return run((state) => JSON.stringify(state.savedScenarios()))
}

const notice = () => page.locator('cb-notice .notice .text')

describe('limits', () => {
  it('refuse a scenario file over 1 MB, naming the file and both sizes, and change nothing', async () => {
    const before = await savedWork()
    await importFile(
      page,
      'pasted-report.json',
      JSON.stringify({ ...valid, description: 'x'.repeat(1_200_000) }),
    )
    await expect
      .poll(() => notice().textContent())
      .toBe(
        'Could not import the scenario file. pasted-report.json: it is 1.2 MB, larger than a scenario file may be (1 MB). Nothing was changed.',
      )
    expect(await savedWork()).toBe(before)
    await screenshot(page, 'limits-file-too-large')
  })

  it('refuse a file too large to be a project without reading it', async () => {
    const before = await savedWork()
    await importFile(page, 'huge.json', Buffer.alloc(12_000_000, 32))
    await expect
      .poll(() => notice().textContent())
      .toBe(
        'Could not import huge.json: it is 12 MB, larger than a scenario file (1 MB) or a project file (10 MB) may be. Nothing was changed.',
      )
    expect(await savedWork()).toBe(before)
  })

  it('refuse a name over 200 characters, typed or imported', async () => {
    expect(await page.locator('cb-scenario-panel input.scenario-name').getAttribute('maxlength')).toBe('200')
    await run((state) => state.rename(state.activeId, 'n'.repeat(5000)))
    await expect
      .poll(() => notice().textContent())
      .toBe('The name was not changed: 5,000 characters is longer than the 200 allowed.')
    await importFile(page, 'long-name.json', JSON.stringify({ ...valid, name: 'n'.repeat(201) }))
    await expect.poll(() => notice().textContent()).toContain("long-name.json: field 'name': 201 characters")
  })

  it('refuse the same lever twice in another case, naming it, and read a byte-order mark', async () => {
    const twice = JSON.stringify(valid).replace('"levers":{', '"levers":{"Pooled Budget Share":0.1,')
    await importFile(page, 'twice.json', twice)
    await expect
      .poll(() => notice().textContent())
      .toContain(
        "twice.json: field 'levers.pooled budget share': the lever 'pooled budget share' is set twice (also as 'Pooled Budget Share'): keep one",
      )
    await importFile(page, 'windows.json', `\uFEFF${JSON.stringify(valid)}`)
    // Its name is taken by the first scenario: the notice says what it was called instead.
    await expect
      .poll(() => notice().textContent())
      .toBe(
        'Imported “My scenario” from windows.json as “My scenario (2)” (you already have one called “My scenario”).',
      )
    await screenshot(page, 'limits-import-renamed')
  })

  it('refuse to make a share link larger than a link can carry, and say what to do instead', async () => {
    // Four levers with a monthly series each: within a scenario file's limits, too long for a link.
    const series = Array.from({ length: 1000 }, (_, i) => [2024 + i / 50, 0.1 + i / 100_000])
    await run((state: Probe, series: number[][]) => {
      const levers = [
        'pooled budget share',
        'community shift share',
        'shift to intermediate care share',
        'avoided older admissions share',
      ]
      for (const lever of levers) state.setLever(state.activeId, lever, series)
    }, series)
    await page.locator('cb-scenario-panel button.share').click()
    await expect
      .poll(() => notice().textContent())
      .toMatch(
        /^This scenario is too large for a link \(1\d\d,\d{3} characters; a link holds up to 100,000\)\. Use Export file and send the file instead\.$/,
      )
    expect(await page.locator('cb-scenario-panel input.share-link').count()).toBe(0)
  })

  it('refuse a link longer than a link may be before decoding it', async () => {
    const url = page.url().split('#')[0]
    await page.goto('about:blank')
    await page.goto(`${url}#scenario=${'A'.repeat(150_000)}`)
    await expect
      .poll(() => page.locator('cb-notice [role=alert]').textContent(), { timeout: 30_000 })
      .toMatch(
        /The link is too long to open \(150,010 characters; a shared link holds up to 100,000\)\. Ask for the scenario as a file and use Import instead\./,
      )
  })

  it('logged no console errors and no failed requests', () => {
    expect(problems.errors).toEqual([])
  })
})
