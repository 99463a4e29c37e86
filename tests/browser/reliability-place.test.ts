// The analyst keeps their place: the open scenario and compare ticks of each area survive a switch
// to another area and back, and a reload; an import from another area leaves no stale ticks; a tick
// refused as one too many is unticked; "Show uncertainty" stays as it was left.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { importFile, probe } from './app-probe'
import { openAppForTests, type PageProblems, waitForApp } from './app-session'

let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ page, problems } = opened)
})

interface Probe {
  areaId: string
  activeId: string
  compareIds: string[]
  entries: { id: string; scenario: { name: string } }[]
  flush(): Promise<void>
}

const run = <T>(read: (state: Probe) => T) => probe(page, read)

/** The open scenario's name and the ticked ones', as the analyst sees them. */
const place = () =>
  run((state) => {
    const name = (id: string) => state.entries.find((e) => e.id === id)?.scenario.name
    return { open: name(state.activeId), compared: state.compareIds.map(name) }
  })

const tick = (name: string) =>
  page.locator('cb-scenario-panel li').filter({ hasText: name }).locator('input.compare-toggle')
const open = (name: string) =>
  page.locator('cb-scenario-panel li button.open').filter({ hasText: name }).click()
const pickArea = (id: string) => page.locator('select.area-picker').selectOption(id)

/** Resolves once the ensemble behind "Show uncertainty" reports runs done. */
async function ensembleRunning(): Promise<void> {
  const progress = page.locator('cb-outcomes-view progress.ensemble-progress')
  await expect
    .poll(async () => Number((await progress.getAttribute('value', { timeout: 30_000 })) ?? 0), {
      timeout: 30_000,
    })
    .toBeGreaterThan(0)
}

async function reload(): Promise<void> {
  await run((state) => state.flush())
  await page.reload()
  await waitForApp(page)
}

describe('keeping the analyst’s place', () => {
  it('keeps each area’s open scenario and compare ticks across a switch and a reload', async () => {
    await page.locator('cb-scenario-panel button.new-scenario').click()
    await open('Baseline: do nothing')
    await tick('Baseline: do nothing').check()
    await tick('My scenario').check()
    const england = await place()
    expect(england).toEqual({
      open: 'Baseline: do nothing',
      compared: ['Baseline: do nothing', 'My scenario'],
    })
    await pickArea('scotland')
    await expect.poll(() => run((state) => state.areaId)).toBe('scotland')
    const scotland = await place()
    expect(scotland.compared).toEqual([])
    await pickArea('england-500k')
    await expect.poll(place).toEqual(england)
    await reload()
    expect(await place()).toEqual(england)
  })

  it('unticks a fifth scenario it refuses to compare', async () => {
    await tick('New scenario').check()
    const fourth = page.locator('cb-scenario-panel li input.compare-toggle:not(:checked)').first()
    await fourth.check()
    const fifth = page.locator('cb-scenario-panel li input.compare-toggle:not(:checked)').first()
    await fifth.click()
    await expect
      .poll(() => page.locator('cb-notice .notice .text').textContent())
      .toBe('Compare up to 4 scenarios at once: untick one first.')
    expect(await fifth.isChecked()).toBe(false)
    expect(await page.locator('cb-scenario-panel li input.compare-toggle:checked').count()).toBe(4)
  })

  it('settles the ticks when an import opens another area', async () => {
    await importFile(page, 'island.json', {
      format: 2,
      name: 'Island plan',
      description: 'From a colleague in Scotland',
      area: 'scotland',
      levers: { 'pooled budget share': 0.7 },
    })
    await expect.poll(() => run((state) => state.areaId)).toBe('scotland')
    expect(await place()).toEqual({ open: 'Island plan', compared: [] })
    // Scotland's ticks start empty, so three ticks there are three, not a refused fifth.
    await tick('Island plan').check()
    await tick('Scotland: baseline').check()
    await page.locator('cb-scenario-panel li input.compare-toggle:not(:checked)').first().check()
    expect((await place()).compared.length).toBe(3)
    await pickArea('england-500k')
    await expect.poll(async () => (await place()).compared.length).toBe(4)
  })

  it('remembers “Show uncertainty” across a reload', async () => {
    const toggle = page.locator('cb-outcomes-view input.show-uncertainty')
    await toggle.check()
    // Each time the ensemble starts, the pool's workers load their script: wait until they have
    // loaded and run, so a reload does not abort those requests mid-flight (a failed request the
    // last test counts).
    await ensembleRunning()
    await reload()
    expect(await page.locator('cb-outcomes-view input.show-uncertainty').isChecked()).toBe(true)
    await ensembleRunning()
    await page.locator('cb-outcomes-view input.show-uncertainty').uncheck()
    await reload()
    expect(await page.locator('cb-outcomes-view input.show-uncertainty').isChecked()).toBe(false)
  })

  it('logged no console errors and no failed requests', () => {
    expect(problems.errors).toEqual([])
  })
})
