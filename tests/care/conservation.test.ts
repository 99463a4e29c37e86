// People and money are neither created nor lost: every stock changes by exactly its inflows less
// its outflows, and the spending of the two partners adds up to the spending on the services.
import { describe, expect, it } from 'vitest'
import { BANDS, STATES } from '../../model/care/dimensions'
import { CARE_DT } from '../../model/care/model'
import { careModelWith, values } from './care-runs'

// Every step saved, so summed flows times dt can be compared with the stocks' changes.
const model = careModelWith({ savePeriod: CARE_DT })
const shift = {
  'community shift share': 0.12,
  'pooled budget share': 0.5,
  'hump fund': 5_000_000,
  'prevention spend': 2_000_000,
  'social care funding change': [
    [2030, 0],
    [2032, -0.1],
  ] as Array<[number, number]>,
}

/** Sum of several outputs at every saved time. */
function summed(result: ReturnType<typeof model.run>, names: string[]): Float64Array {
  const total = new Float64Array(result.times.length)
  for (const name of names) {
    const series = values(result, name)
    for (let step = 0; step < total.length; step++) total[step] += series[step]
  }
  return total
}

/** Largest gap between a stock total's change and its net flows summed over the run. */
function largestImbalance(
  result: ReturnType<typeof model.run>,
  stocks: string[],
  inflows: string[],
  outflows: string[],
): { gap: number; scale: number } {
  const level = summed(result, stocks)
  const into = summed(result, inflows)
  const out = summed(result, outflows)
  let expected = level[0]
  let gap = 0
  for (let step = 0; step < level.length - 1; step++) {
    expected += CARE_DT * (into[step] - out[step])
    gap = Math.max(gap, Math.abs(expected - level[step + 1]))
  }
  return { gap, scale: Math.abs(level[0]) }
}

describe('conservation of people', () => {
  it('changes the population only by births, deaths and net migration', () => {
    const result = model.run({ overrides: shift })
    const { gap, scale } = largestImbalance(
      result,
      ['total population'],
      ['total births', 'total net migration'],
      ['total deaths'],
    )
    expect(scale).toBeGreaterThan(400_000)
    expect(gap / scale).toBeLessThan(1e-9)
  })

  it('moves people between health states and age bands without creating or losing any', () => {
    const result = model.run({ overrides: shift })
    const elements = BANDS.flatMap((band) => STATES.map((state) => `${band}, ${state}`))
    const total = (flow: string, step: number) =>
      elements.reduce((sum, element) => sum + values(result, `${flow}[${element}]`)[step], 0)
    const steps = result.times.length
    for (const step of [0, Math.floor(steps / 2), steps - 1]) {
      const moved = total('health decline', step)
      expect(moved).toBeGreaterThan(100)
      expect(Math.abs(total('health decline arrivals', step) - moved) / moved).toBeLessThan(1e-12)
      const aged = total('ageing', step)
      expect(aged).toBeGreaterThan(1_000)
      expect(Math.abs(total('ageing arrivals', step) - aged) / aged).toBeLessThan(1e-12)
    }
  })

  it('balances emergency admissions against deaths, discharges and patients still in hospital', () => {
    const result = model.run({ overrides: shift })
    const { gap, scale } = largestImbalance(
      result,
      ['medically active patients', 'delayed discharge beds'],
      ['emergency admissions'],
      [
        'deaths in hospital',
        'discharges home',
        'step down to reablement',
        'step down to bed based intermediate care',
        'home care starts from hospital',
        'care home admissions from hospital',
        'home care patients sent home to wait',
        'care home patients sent home to wait',
      ],
    )
    expect(gap / scale).toBeLessThan(1e-9)
  })

  it('accounts for everyone who enters or leaves intermediate care', () => {
    const result = model.run({ overrides: shift })
    const { gap, scale } = largestImbalance(
      result,
      ['intermediate care clients'],
      ['step down to reablement', 'step down to bed based intermediate care', 'step up admissions'],
      ['reablement', 'step up', 'bed based intermediate care']
        .flatMap((service) => [
          `${service} to independence`,
          `${service} to home care`,
          `${service} to care home`,
          `${service} readmissions`,
        ])
        .concat(['deaths in reablement', 'deaths in step up care', 'deaths in bed based intermediate care']),
    )
    expect(gap / scale).toBeLessThan(1e-9)
  })
})

describe('conservation in social care and its workforce', () => {
  // Pay at the top of its range with the fee held: providers hand packages back, so every flow runs.
  const squeezed = { ...shift, 'care worker hourly pay': 16 }

  it('accounts for everyone who starts, ends, is handed back or waits for home care', () => {
    const result = model.run({ overrides: squeezed })
    expect(Math.max(...values(result, 'home care packages handed back'))).toBeGreaterThan(100)
    const { gap, scale } = largestImbalance(
      result,
      ['home care clients', 'people waiting for home care'],
      [
        'home care starts from hospital',
        'community home care referrals',
        'reablement to home care',
        'step up to home care',
        'bed based intermediate care to home care',
        'home care patients sent home to wait',
      ],
      ['home care ends', 'home care queue exits'],
    )
    expect(gap / scale).toBeLessThan(1e-9)
  })

  it('changes the care workforce only by recruitment and leavers', () => {
    const result = model.run({ overrides: squeezed })
    const { gap, scale } = largestImbalance(
      result,
      ['care workers'],
      ['care worker recruitment'],
      ['care worker leavers'],
    )
    expect(scale).toBeGreaterThan(1_000)
    expect(gap / scale).toBeLessThan(1e-9)
  })
})

describe('conservation of money', () => {
  const result = model.run({ overrides: shift })
  const services = [
    'acute spend',
    'intermediate care spend',
    'home care spend',
    'care home spend',
    'prevention spending',
  ]

  it('has spending by partner equal to spending by service at every step', () => {
    const byPartner = summed(result, ['health spend', 'social care spend'])
    const byService = summed(result, services)
    for (let step = 0; step < byPartner.length; step++) {
      expect(Math.abs(byPartner[step] - byService[step]) / byService[step]).toBeLessThan(1e-12)
    }
  })

  it('has cumulative spending by partner equal to cumulative spending by service', () => {
    const last = result.times.length - 1
    const byPartner = values(result, 'cumulative total spend')[last]
    const byService = summed(
      result,
      ['acute', 'intermediate care', 'home care', 'care home', 'prevention'].map(
        (s) => `cumulative ${s} spend`,
      ),
    )[last]
    expect(byPartner).toBeGreaterThan(1e9)
    expect(Math.abs(byPartner - byService) / byService).toBeLessThan(1e-9)
  })

  it('puts through the pooled fund exactly its share of all spending', () => {
    const step = result.times.length - 1
    expect(values(result, 'pooled fund spend')[step]).toBeCloseTo(
      0.5 * values(result, 'total spend')[step],
      0,
    )
  })
})
