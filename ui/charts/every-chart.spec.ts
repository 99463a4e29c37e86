// @vitest-environment happy-dom
// Every chart the app draws, for every area, with the baseline and the area's bundled scenarios
// (and one with every lever at its top, to push the numbers), drawn at card, small-multiple and
// slide sizes: every axis must read by the rules a finance director would apply.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Catalogue } from '../../workers/engine-api'
import { EngineService } from '../../workers/engine-service'
import { areaCurrency, currencySymbol, type Quantity } from '../format/quantity'
import { OutputIndex, RunView } from '../results/run-view'
import {
  cumulativeDifferenceFigure,
  differenceFigure,
  type FigureContext,
  lineFigure,
  stackedFigure,
} from './build-figures'
import type { ChartFrame } from './chart-axes'
import { baselineRun, type ChartRun } from './chart-run'
import type { Figure } from './figure'
import { drawLineChart } from './line-chart-draw'
import { scenarioStyle } from './line-style'
import { OUTCOME_CHARTS } from './outcome-charts'
import { seriesColour } from './palette'
import { drawStackedChart } from './stacked-chart-draw'
import { approximateWidth } from './text-measure'

const scenarioDir = join(import.meta.dirname, '..', '..', 'scenarios')
const files = Object.fromEntries(
  readdirSync(scenarioDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, readFileSync(join(scenarioDir, f), 'utf8')]),
)
const engine = new EngineService(files)

const FRAMES: ChartFrame[] = [
  { width: 640, height: 320, fontSize: 12, compact: false },
  { width: 300, height: 190, fontSize: 11, compact: true },
  { width: 1150, height: 520, fontSize: 16, compact: false },
]

const SUFFIX: Record<string, number> = { '': 1, k: 1e3, m: 1e6, bn: 1e9 }

/** The number a tick label stands for, or NaN if the label does not follow the rules. */
function readBack(label: string, quantity: Quantity): number {
  const symbol = currencySymbol(quantity.currency).trim()
  const escaped = symbol.replace(/[$]/g, '\\$')
  const patterns: Record<string, RegExp> = {
    share: /^(-?\d[\d,]*(?:\.\d+)?)%$/,
    points: /^(-?\d[\d,]*(?:\.\d+)?)(?: pts)?$/,
    money: new RegExp(`^(-?)${escaped}(\\d[\\d,]*(?:\\.\\d+)?)(k|m|bn)?$`),
    count: /^(-?\d[\d,]*(?:\.\d+)?)(k|m|bn)?$/,
    number: /^(-?\d[\d,]*(?:\.\d+)?)(k|m|bn)?$/,
  }
  const match = patterns[quantity.kind]?.exec(label)
  if (!match) return Number.NaN
  const parse = (text: string) => Number(text.replace(/,/g, ''))
  switch (quantity.kind) {
    case 'share':
    case 'points':
      return parse(match[1]) / 100
    case 'money':
      return (match[1] ? -1 : 1) * parse(match[2]) * SUFFIX[match[3] ?? '']
    default:
      return parse(match[1]) * SUFFIX[match[2] ?? '']
  }
}

function draw(figure: Figure, frame: ChartFrame): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
  if (figure.kind === 'line') {
    drawLineChart(
      svg,
      { series: figure.series, bands: figure.bands, quantity: figure.quantity, zero: figure.zero },
      frame,
      approximateWidth,
    )
  } else {
    drawStackedChart(
      svg,
      { xs: figure.xs, layers: figure.layers, quantity: figure.quantity },
      frame,
      approximateWidth,
    )
  }
  return svg
}

interface AreaFigures {
  areaId: string
  currency: string
  figures: Figure[]
}

const byArea: AreaFigures[] = []

async function runFor(index: OutputIndex, scenario: Catalogue['scenarios'][number]['scenario']) {
  const result = await engine.run({ scenario })
  return new RunView(index, result.times, result.values, 1)
}

beforeAll(async () => {
  const catalogue = await engine.catalogue()
  const index = new OutputIndex(catalogue.outputNames)
  for (const area of catalogue.areas) {
    const levers = catalogue.leversByArea[area.id] ?? catalogue.levers
    const library = catalogue.scenarios.filter((s) => s.scenario.area === area.id).map((s) => s.scenario)
    const pushed = {
      name: 'Every lever at its top',
      description: '',
      area: area.id,
      levers: Object.fromEntries(levers.map((l) => [l.name, l.max])),
    }
    const baseline = baselineRun(
      await runFor(index, { name: 'Baseline', description: '', area: area.id, levers: {} }),
    )
    const scenarios: ChartRun[] = []
    for (const [i, scenario] of [...library.slice(0, 3), pushed].entries()) {
      scenarios.push({
        key: `s${i}`,
        label: scenario.name,
        colour: seriesColour(i),
        style: scenarioStyle(i),
        baseline: false,
        view: await runFor(index, scenario),
      })
    }
    const currency = areaCurrency(area as { currency?: string })
    const ctx: FigureContext = {
      areaName: area.name,
      baseYear: area.baseYear,
      startTime: catalogue.startTime,
      outputs: catalogue.outputs,
      currency,
      areaSources: area.sources,
      sourcesOf: (name) => area.sources[name] ?? [],
    }
    const figures: (Figure | undefined)[] = []
    for (const chart of OUTCOME_CHARTS) {
      if (chart.kind === 'line') {
        figures.push(lineFigure(chart, [baseline, ...scenarios], ctx))
        figures.push(differenceFigure(chart, scenarios, baseline, ctx))
        if (chart.cumulative) figures.push(cumulativeDifferenceFigure(chart, scenarios, baseline, ctx))
        // One scenario alone against the baseline, as in the small multiples.
        figures.push(lineFigure(chart, [baseline, scenarios[0]], ctx))
      } else {
        for (const run of [baseline, ...scenarios]) figures.push(stackedFigure(chart, run, ctx))
      }
    }
    byArea.push({ areaId: area.id, currency, figures: figures.filter((f): f is Figure => f !== undefined) })
  }
}, 120_000)

interface Drawn {
  where: string
  figure: Figure
  frame: ChartFrame
  yLabels: string[]
  yPositions: number[]
  xLabels: string[]
}

/** Every figure drawn at every size, once: what the checks below read. */
function drawnCharts(): Drawn[] {
  const drawn: Drawn[] = []
  for (const { areaId, figures } of byArea) {
    for (const figure of figures) {
      for (const frame of FRAMES) {
        const svg = draw(figure, frame)
        const ticks = Array.from(svg.querySelectorAll('g.y-axis g.tick'))
        const yLabels = ticks.map((t) => t.querySelector('text')?.textContent ?? '')
        drawn.push({
          where: `${areaId} ${figure.id} at ${frame.width}px: ${yLabels.join(' | ')}`,
          figure,
          frame,
          yLabels,
          yPositions: ticks.map((t) =>
            Number(/translate\(0,([-\d.]+)\)/.exec(t.getAttribute('transform') ?? '')?.[1]),
          ),
          xLabels: Array.from(svg.querySelectorAll('g.x-axis text')).map((t) => t.textContent ?? ''),
        })
      }
    }
  }
  return drawn
}

describe('every chart for every area', () => {
  let drawn: Drawn[] = []
  beforeAll(() => {
    drawn = drawnCharts()
  }, 120_000)

  it('covers every area and every chart', () => {
    expect(byArea.length).toBeGreaterThanOrEqual(3)
    for (const { figures } of byArea) expect(figures.length).toBeGreaterThan(OUTCOME_CHARTS.length * 2)
    expect(drawn.length).toBe(byArea.reduce((n, a) => n + a.figures.length, 0) * FRAMES.length)
  })

  it('labels every value axis in the figure’s units, distinctly, reading back to its ticks', () => {
    const problems: string[] = []
    for (const { where, figure, yLabels: labels, yPositions } of drawn) {
      if (labels.length < 2) problems.push(`${where}: fewer than two ticks`)
      if (new Set(labels).size !== labels.length) problems.push(`${where}: repeated labels`)
      if (labels.some((l) => /µ|−|e[+-]?\d|\dG\b|\dM\b/.test(l)))
        problems.push(`${where}: SI or odd notation`)
      const read = labels.map((l) => readBack(l, figure.quantity))
      if (read.some((v) => !Number.isFinite(v)))
        problems.push(`${where}: a label breaks the ${figure.quantity.kind} rule`)
      // Ticks are evenly spaced on screen, so the numbers their labels read must be evenly spaced too.
      const steps = read.slice(1).map((v, i) => v - read[i])
      const pixels = yPositions.slice(1).map((v, i) => yPositions[i] - v)
      if (steps.some((s) => s <= 0) || pixels.some((p) => p <= 0))
        problems.push(`${where}: labels out of order`)
      const perPixel = steps.map((s, i) => s / pixels[i])
      if (Math.max(...perPixel) > Math.min(...perPixel) * 1.02)
        problems.push(`${where}: labels do not match ticks`)
    }
    expect(problems).toEqual([])
  })

  it('starts counts and money at zero or below, and keeps shares within 0-100%', () => {
    const problems: string[] = []
    for (const { where, figure, yLabels } of drawn) {
      const read = yLabels.map((l) => readBack(l, figure.quantity))
      if (['count', 'money'].includes(figure.quantity.kind) && Math.min(...read) > 0)
        problems.push(`${where}: does not start at zero`)
      if (figure.quantity.kind === 'share' && (Math.min(...read) < 0 || Math.max(...read) > 1))
        problems.push(`${where}: a share beyond 0-100%`)
    }
    expect(problems).toEqual([])
  })

  it('writes money in the area’s own currency', () => {
    for (const { areaId, currency } of byArea) {
      const money = drawn.filter(
        (d) => d.where.startsWith(`${areaId} `) && d.figure.quantity.kind === 'money',
      )
      expect(money.length).toBeGreaterThan(0)
      for (const { yLabels } of money) {
        expect(yLabels.every((l) => l.includes(currencySymbol(currency).trim()))).toBe(true)
      }
    }
  })

  it('labels the time axis in whole, distinct calendar years', () => {
    const problems: string[] = []
    for (const { where, xLabels } of drawn) {
      if (
        xLabels.length < 2 ||
        !xLabels.every((l) => /^\d{4}$/.test(l)) ||
        new Set(xLabels).size !== xLabels.length
      )
        problems.push(`${where}: years ${xLabels.join(' ')}`)
    }
    expect(problems).toEqual([])
  })
})
