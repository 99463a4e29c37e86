// The app's responsiveness as `npm run bench` reports it: in Chromium, the time from a lever's
// input event to the first chart of the outcomes view having redrawn with the run that the input
// asked for, over many moves. Each move waits for its redraw before the next, so every sample is
// one whole round trip: event -> app state -> worker run -> transfer -> figure -> d3 redraw.
import type { Page } from 'playwright-core'
import { type AppSession, NAME_HELPER, openApp, startAppSession } from './app-session'

export interface LeverLatency {
  /** Median time from input event to redrawn chart, in milliseconds. */
  medianMs: number
  /** 90th percentile, same measure. */
  p90Ms: number
  /** Median time to the next animation frame after the redraw (what the eye can see). */
  medianToFrameMs: number
  moves: number
  lever: string
  samples: number[]
}

export interface LeverLatencyOptions {
  /** Number of measured moves (after 5 unmeasured warm-up moves). Default 60. */
  moves?: number
  /** The lever to move; default: the first lever of the model. */
  lever?: string
  /** Measure on an app page already open; otherwise the app is built, served and opened here. */
  page?: Page
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const position = (sorted.length - 1) * q
  const low = Math.floor(position)
  const high = Math.ceil(position)
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low)
}

/** Moves one lever back and forth inside the page and times each move to its redraw. */
async function measureInPage(page: Page, moves: number, lever: string | undefined) {
  await page.evaluate(NAME_HELPER)
  return page.evaluate(
    async ({ moves, lever }) => {
      type Probe = {
        activeId: string
        latestRequest(id: string): number
        catalogue: { levers: { name: string; min: number; max: number; step: number }[] }
      }
      const app = document.querySelector('cb-app') as HTMLElement & { state: Probe }
      const state = app.state
      const spec = lever ? state.catalogue.levers.find((l) => l.name === lever) : state.catalogue.levers[0]
      if (!spec) throw new Error(`no lever named ${lever}`)
      const panel = app.shadowRoot?.querySelector('cb-lever-panel')
      const control = Array.from(panel?.shadowRoot?.querySelectorAll('cb-lever-control') ?? []).find(
        (c) => (c as HTMLElement & { spec?: { name: string } }).spec?.name === spec.name,
      )
      const slider = control?.shadowRoot?.querySelector<HTMLInputElement>('input[type=range]')
      if (!slider) throw new Error(`no slider for ${spec.name}`)
      const steps = Math.max(2, Math.round((spec.max - spec.min) / spec.step))
      const nextFrame = () =>
        new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))
      const toDraw: number[] = []
      const toFrame: number[] = []
      for (let i = 0; i < moves + 5; i++) {
        // Sweep up and down the slider's range so every move asks for a new run.
        const phase = i % (2 * steps)
        const position = phase < steps ? phase + 1 : 2 * steps - phase - 1
        const value = spec.min + Math.min(steps, position) * spec.step
        const drawn = new Promise<number>((resolve) => {
          const onDrawn = (event: Event) => {
            const revision = (event as CustomEvent<{ revision: number }>).detail.revision
            if (revision >= state.latestRequest(state.activeId) && revision > 0) {
              document.removeEventListener('cb-chart-drawn', onDrawn)
              resolve(performance.now())
            }
          }
          document.addEventListener('cb-chart-drawn', onDrawn)
        })
        const started = performance.now()
        slider.value = String(value)
        slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
        const drawnAt = await drawn
        const frameAt = await nextFrame()
        if (i >= 5) {
          toDraw.push(drawnAt - started)
          toFrame.push(frameAt - started)
        }
      }
      return { toDraw, toFrame, lever: spec.name }
    },
    { moves, lever },
  )
}

export async function measureLeverToRedraw(options: LeverLatencyOptions = {}): Promise<LeverLatency> {
  const moves = options.moves ?? 60
  let session: AppSession | undefined
  let page = options.page
  try {
    if (!page) {
      session = await startAppSession()
      page = (await openApp(await session.newContext(), session.url)).page
    }
    const { toDraw, toFrame, lever } = await measureInPage(page, moves, options.lever)
    const sorted = [...toDraw].sort((a, b) => a - b)
    return {
      medianMs: quantile(sorted, 0.5),
      p90Ms: quantile(sorted, 0.9),
      medianToFrameMs: quantile(
        [...toFrame].sort((a, b) => a - b),
        0.5,
      ),
      moves,
      lever,
      samples: toDraw,
    }
  } finally {
    await session?.close()
  }
}
