// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { LeverSpec } from '../../model/care/types'
import './cb-lever-control'
import type { CbLeverControl, LeverChangeDetail } from './cb-lever-control'

const spec: LeverSpec = {
  name: 'community shift share',
  group: 'shift to community',
  description: 'Share of acute spend moved to community services.',
  units: 'share',
  min: 0,
  max: 0.3,
  step: 0.01,
  sources: [{ title: 'Torbay integrated care evaluation', year: 2011, table: 'p. 12' }],
  defaultValue: 0,
}

async function mount(props: Partial<CbLeverControl> = {}): Promise<CbLeverControl> {
  const element = document.createElement('cb-lever-control')
  Object.assign(element, { spec, baseline: 0.05, baseYear: 2025, startTime: 0, stopTime: 20 }, props)
  document.body.append(element)
  await element.updateComplete
  return element
}

function changes(element: HTMLElement): LeverChangeDetail[] {
  const seen: LeverChangeDetail[] = []
  element.addEventListener('lever-change', (e) => seen.push((e as CustomEvent<LeverChangeDetail>).detail))
  return seen
}

describe('cb-lever-control', () => {
  it('shows the name, units, explanation and source', async () => {
    const element = await mount()
    const text = element.shadowRoot?.textContent ?? ''
    expect(text).toContain('Community shift share')
    expect(text).toContain('Share of acute spend moved to community services.')
    expect(text).toContain('Torbay integrated care evaluation (2011), p. 12')
    expect(text).toContain('share')
  })

  it('names the slider with its units and value in words, and every other control after the lever', async () => {
    const element = await mount({ value: 0.1 })
    const root = element.shadowRoot
    const slider = root?.querySelector('input[type=range]')
    expect(slider?.getAttribute('aria-label')).toBe('Community shift share, 10 percent')
    expect(slider?.getAttribute('aria-valuetext')).toBe('10 percent')
    expect(root?.querySelector('input.amount-box')?.getAttribute('aria-label')).toBe(
      'Community shift share in percent',
    )
    expect(root?.querySelector('input.phase-toggle')?.getAttribute('aria-label')).toBe(
      'Phase in community shift share',
    )
    const money = await mount({
      spec: { ...spec, name: 'hump fund', units: 'GBP per year', min: 0, max: 20e6, step: 0.5e6 },
      value: 5e6,
    })
    const moneySlider = money.shadowRoot?.querySelector('input[type=range]')
    expect(moneySlider?.getAttribute('aria-label')).toBe('Hump fund, 5.0 million pounds a year')
    expect(money.shadowRoot?.querySelector('input.amount-box')?.getAttribute('aria-label')).toBe(
      'Hump fund in million pounds a year',
    )
  })

  it('says when a lever acts only through another', async () => {
    const element = await mount({
      spec: { ...spec, name: 'hump fund', actsWith: { 'community shift share': 0.1 } },
    })
    expect(element.shadowRoot?.textContent).toContain(
      'Acts only with community shift share above its baseline.',
    )
  })

  it('fires a change on every slider movement', async () => {
    const element = await mount()
    const seen = changes(element)
    const slider = element.shadowRoot?.querySelector<HTMLInputElement>('input[type=range]')
    if (!slider) throw new Error('no slider')
    for (const value of ['0.1', '0.12', '0.2']) {
      slider.value = value
      slider.dispatchEvent(new Event('input'))
    }
    expect(seen.map((d) => d.value)).toEqual([0.1, 0.12, 0.2])
    expect(seen[0].name).toBe('community shift share')
  })

  it('shows a share in percent, takes typed percent, and clamps to the lever range', async () => {
    const element = await mount()
    const seen = changes(element)
    const box = element.shadowRoot?.querySelector<HTMLInputElement>('input[type=number]')
    if (!box) throw new Error('no number box')
    expect(box.value).toBe('5')
    expect(element.shadowRoot?.querySelector('.baseline')?.textContent).toBe('baseline 5%')
    box.value = '12'
    box.dispatchEvent(new Event('change'))
    box.value = '50'
    box.dispatchEvent(new Event('change'))
    expect(seen.map((d) => d.value)).toEqual([0.12, 0.3])
  })

  it('shows money in millions in the area’s currency and keeps the raw value exact', async () => {
    const hump = { ...spec, name: 'hump fund', units: 'GBP per year', min: 0, max: 50_000_000, step: 500_000 }
    const element = await mount({ spec: hump, baseline: 0, value: 5_000_000, currency: 'EUR' })
    const seen = changes(element)
    const box = element.shadowRoot?.querySelector<HTMLInputElement>('input[type=number]')
    if (!box) throw new Error('no number box')
    expect(box.value).toBe('5.0')
    expect(element.shadowRoot?.textContent).toContain('€m a year')
    expect(element.shadowRoot?.querySelector('.baseline')?.textContent).toBe('baseline €0 a year')
    box.value = '5.5'
    box.dispatchEvent(new Event('change'))
    expect(seen[0].value).toBe(5_500_000)
  })

  it('phases an amount in from a start year over ramp years', async () => {
    const element = await mount({ value: 0.2 })
    const seen = changes(element)
    const toggle = element.shadowRoot?.querySelector<HTMLInputElement>('input.phase-toggle')
    if (!toggle) throw new Error('no phase toggle')
    toggle.checked = true
    toggle.dispatchEvent(new Event('change'))
    expect(seen[0].value).toEqual({ value: 0.2, start: 1, ramp: 3 })
    element.value = seen[0].value
    await element.updateComplete
    const start = element.shadowRoot?.querySelector<HTMLInputElement>('input.start-year')
    const ramp = element.shadowRoot?.querySelector<HTMLInputElement>('input.ramp-years')
    if (!start || !ramp) throw new Error('no phase inputs')
    expect(start.value).toBe('2026')
    start.value = '2028'
    start.dispatchEvent(new Event('change'))
    expect(seen[1].value).toEqual({ value: 0.2, start: 3, ramp: 3 })
    ramp.value = '5'
    ramp.dispatchEvent(new Event('change'))
    expect(seen[2].value).toEqual({ value: 0.2, start: 1, ramp: 5 })
  })

  it('goes back to the baseline and can be disabled', async () => {
    const element = await mount({ value: 0.2 })
    const seen = changes(element)
    element.shadowRoot?.querySelector<HTMLButtonElement>('button.reset')?.click()
    expect(seen).toEqual([{ name: 'community shift share', value: undefined }])
    element.disabled = true
    await element.updateComplete
    expect(element.shadowRoot?.querySelector<HTMLInputElement>('input[type=range]')?.disabled).toBe(true)
  })
})
