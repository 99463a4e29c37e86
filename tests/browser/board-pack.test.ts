// What a board pack needs from the app: four options with long names compared without a legend
// ever overlapping (in Compare, on the slides and with uncertainty bands), one option compared with
// the baseline alone, undo of a lever move, and the pack in one click as a PowerPoint file and a
// PDF holding the same slides as Present mode and the scenario files.
import JSZip from 'jszip'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { download, leverControl, openAppForTests, type PageProblems, screenshot } from './app-session'

let page: Page
let problems: PageProblems
openAppForTests((opened) => {
  ;({ page, problems } = opened)
})

/** Four scenario names of exactly 80 characters, alike at the start as real option names are. */
const NAMES = ['A', 'B', 'C', 'D'].map((letter) =>
  `Option ${letter}: shift acute funding to community services, phased, with a hump fund and pooling`.slice(
    0,
    80,
  ),
)
const LEVERS = [/community shift share/i, /prevention spend/i, /pooled budget share/i, /hump fund/i]

interface LegendProblem {
  where: string
  problem: string
}

/**
 * Every legend entry under `root` (shadow roots included): none may overlap another of its legend
 * or leave its chart, and a cut label must carry the full name as its tooltip.
 */
function legendProblems(root: string): Promise<LegendProblem[]> {
  return page.evaluate(
    ({ root, names }) => {
      const all = (node: Document | Element | ShadowRoot, selector: string): Element[] => {
        const found = Array.from(node.querySelectorAll(selector))
        for (const element of Array.from(node.querySelectorAll('*')))
          if (element.shadowRoot) found.push(...all(element.shadowRoot, selector))
        return found
      }
      const start = all(document, root)[0]
      if (!start) return [{ where: root, problem: 'not found' }]
      const problems: { where: string; problem: string }[] = []
      const legends = all(start.shadowRoot ?? start, 'g.legend')
      if (legends.length === 0) problems.push({ where: root, problem: 'no legends' })
      for (const legend of legends) {
        const svg = legend.closest('svg') as SVGSVGElement
        const frame = svg.getBoundingClientRect()
        const items = Array.from(legend.querySelectorAll('g.item'))
        const boxes = items.map((item) => item.getBoundingClientRect())
        const where = svg.getAttribute('aria-label')?.slice(0, 60) ?? 'chart'
        boxes.forEach((box, i) => {
          if (box.left < frame.left - 1 || box.right > frame.right + 1)
            problems.push({ where, problem: `entry ${i} leaves the chart` })
          for (let j = i + 1; j < boxes.length; j++) {
            const other = boxes[j]
            const overlap =
              box.left < other.right - 1 &&
              other.left < box.right - 1 &&
              box.top < other.bottom - 1 &&
              other.top < box.bottom - 1
            if (overlap) problems.push({ where, problem: `entries ${i} and ${j} overlap` })
          }
          const text = items[i].querySelector('text')?.textContent ?? ''
          const title = items[i].querySelector('title')?.textContent ?? ''
          if (text.endsWith('…') && !names.includes(title) && !title.endsWith('percentile'))
            problems.push({ where, problem: `cut label “${text}” has no full-name tooltip` })
        })
      }
      return problems
    },
    { root, names: NAMES },
  )
}

async function newScenario(name: string, lever: RegExp): Promise<void> {
  await page.locator('cb-scenario-panel button.new-scenario').click()
  const nameBox = page.locator('cb-scenario-panel input.scenario-name')
  await nameBox.fill(name)
  await nameBox.press('Tab')
  const slider = leverControl(page, lever).locator('input[type=range]')
  await slider.fill(String(await slider.getAttribute('max')))
}

function startButtonCount(): Promise<number> {
  return page
    .locator('cb-present-mode button.start-presenting')
    .textContent()
    .then((text) => Number(/\((\d+) slides?\)/.exec(text ?? '')?.[1]))
}

describe('one option against the baseline', () => {
  it('compares a single ticked scenario: difference, key figures and break-even', async () => {
    await newScenario(NAMES[0], LEVERS[0])
    await page
      .locator('cb-scenario-panel li')
      .filter({ hasText: NAMES[0] })
      .locator('input.compare-toggle')
      .check()
    await page.locator('cb-app nav button.tab-compare').click()
    const compare = page.locator('cb-compare-view')
    await expect.poll(() => compare.locator('h2').textContent()).toContain('against the baseline')
    expect(await compare.locator('cb-chart-card h3').allTextContents()).toContain(
      'Emergency admissions: difference from baseline',
    )
    expect(await compare.locator('cb-break-even-table tbody tr').count()).toBe(1)
    expect(await compare.locator('cb-kpi-table tbody tr').count()).toBeGreaterThan(8)
    expect(await compare.locator('cb-narrative p.sentence').count()).toBeGreaterThanOrEqual(2)
  })
})

describe('undo and redo', () => {
  it('takes back a lever move with Ctrl+Z and makes it again with Ctrl+Shift+Z', async () => {
    await page.locator('cb-app nav button.tab-outcomes').click()
    const slider = leverControl(page, /avoided older admissions/i).locator('input[type=range]')
    const before = await slider.inputValue()
    await slider.fill(String(await slider.getAttribute('max')))
    const moved = await slider.inputValue()
    expect(moved).not.toBe(before)
    await page.locator('cb-app nav').click()
    await page.keyboard.press('Control+z')
    await expect.poll(() => slider.inputValue()).toBe(before)
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => slider.inputValue()).toBe(moved)
    await page.locator('cb-app button.undo').click()
    await expect.poll(() => slider.inputValue()).toBe(before)
  })
})

describe('four options with 80-character names', () => {
  it('never overlap in a legend in Compare', async () => {
    for (const [i, name] of NAMES.entries()) {
      if (i > 0) await newScenario(name, LEVERS[i])
      const tick = page
        .locator('cb-scenario-panel li')
        .filter({ hasText: name })
        .locator('input.compare-toggle')
      if (!(await tick.isChecked())) await tick.check()
    }
    await page.locator('cb-app nav button.tab-compare').click()
    const overlaid = page.locator('cb-compare-view cb-chart-card').first()
    await expect.poll(() => overlaid.locator('g.lines path').count()).toBe(5)
    expect(await legendProblems('cb-compare-view')).toEqual([])
    await screenshot(page, 'compare-long-names')
  })

  it('never overlap in a legend with uncertainty bands', async () => {
    await page.locator('cb-app nav button.tab-outcomes').click()
    await page.locator('cb-outcomes-view input.show-uncertainty').check()
    await page.locator('cb-outcomes-view path.uncertainty-band').first().waitFor({ timeout: 30_000 })
    expect(await legendProblems('cb-outcomes-view')).toEqual([])
    await page.locator('cb-outcomes-view input.show-uncertainty').uncheck()
  })

  it('never overlap in a legend on the slides, which show every option on every chart', async () => {
    await page.locator('cb-app nav button.tab-present').click()
    await page.locator('cb-present-mode input.audience-compared').check()
    const service = page.locator('cb-present-mode li[data-slide="spend-by-service"]')
    expect(await service.locator('input.slide-choice').isChecked()).toBe(true)
    await page.locator('cb-present-mode button.start-presenting').click()
    const slide = page.locator('cb-present-mode .show svg.slide')
    for (let i = 0; i < 30; i++) {
      if ((await slide.getAttribute('aria-label')) === 'Spend by service') break
      await page.keyboard.press('ArrowRight')
    }
    // The baseline and each of the four options, one stack each.
    expect(await slide.locator('svg.slide-chart').count()).toBe(5)
    await page.keyboard.press('Home')
    // Past the title, the brief, the key figures, the differences, break-even and the appraisal.
    for (let i = 0; i < 30; i++) {
      if ((await slide.getAttribute('aria-label')) === 'Emergency admissions') break
      await page.keyboard.press('ArrowRight')
    }
    await expect.poll(() => slide.getAttribute('aria-label')).toBe('Emergency admissions')
    expect(await slide.locator('g.lines path').count()).toBe(5)
    expect(await legendProblems('cb-present-mode')).toEqual([])
    await screenshot(page, 'present-long-names')
    await page.keyboard.press('Escape')
  })
})

describe('the board pack', () => {
  it('reorders and picks slides', async () => {
    const list = page.locator('cb-present-mode ol.slide-list li')
    const first = await list.nth(0).getAttribute('data-slide')
    const second = await list.nth(1).getAttribute('data-slide')
    await list.nth(1).locator('button.up').click()
    expect([
      await list.nth(0).getAttribute('data-slide'),
      await list.nth(1).getAttribute('data-slide'),
    ]).toEqual([second, first])
    await list.nth(0).locator('button.down').click()
    const before = await startButtonCount()
    await page.locator('cb-present-mode li[data-slide="population"] input.slide-choice').check()
    expect(await startButtonCount()).toBe(before + 1)
  })

  it('downloads a PowerPoint file with one slide per slide of Present mode and the names in it', async () => {
    const expected = await startButtonCount()
    const { name, bytes } = await download(page, () =>
      page.locator('cb-present-mode button.download-pptx').click(),
    )
    expect(name).toMatch(/^board-pack_english-area-500-000-people_option-a.*\.pptx$/)
    const zip = await JSZip.loadAsync(bytes)
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    expect(slides.length).toBe(expected)
    const text = (
      await Promise.all(slides.map((f) => zip.file(f)?.async('string') ?? Promise.resolve('')))
    ).join(' ')
    for (const scenario of NAMES) expect(text).toContain(scenario)
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f))
    expect(charts.length).toBeGreaterThan(5)
    const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
    expect(notes.length).toBeGreaterThan(0)
  })

  it('downloads a PDF with the same number of pages and the scenario files attached', async () => {
    const expected = await startButtonCount()
    const { name, bytes } = await download(page, () =>
      page.locator('cb-present-mode button.download-pdf').click(),
    )
    expect(name).toMatch(/\.pdf$/)
    const pdf = await PDFDocument.load(bytes)
    expect(pdf.getPageCount()).toBe(expected)
    const files = pdf.catalog
      .lookup(PDFName.of('Names'), PDFDict)
      .lookup(PDFName.of('EmbeddedFiles'), PDFDict)
      .lookup(PDFName.of('Names'), PDFArray)
      .asArray()
      .filter(
        (item): item is PDFString | PDFHexString => item instanceof PDFString || item instanceof PDFHexString,
      )
      .map((item) => item.decodeText())
    expect(files).toHaveLength(NAMES.length)
    expect(files).toContain('option-a-shift-acute-funding-to-community-services-phased.json')
    await screenshot(page, 'present-setup')
  })

  it('logged no console errors and no failed requests', () => {
    expect(problems.errors).toEqual([])
  })
})
