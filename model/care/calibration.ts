// Values the model derives from sourced figures before it runs: the onset and progression rates
// that keep each age band's mix of health states steady in the base year. Computed here, in plain
// TypeScript, so the derivation is visible and testable, and written into the model as constants.
import { BANDS, STATES } from './dimensions'
import type { HealthDeclineRates } from './health-states'
import { HEALTH_ARRAY_PARAMETERS, HEALTH_STATE_SHARES } from './parameters/health'

export interface DemographyInputs {
  populationAtStart: Record<string, number>
  mortality: Record<string, number>
  birthRate: number
  migration: Record<string, number>
  /** Share of each band moving to the next a year at the start (the under-65s: those aged 64). */
  ageing: Record<string, number>
}

/** Smallest rate kept, so no state is ever cut off from the one below it. */
const MINIMUM_RATE = 0.001

/**
 * In each band, the flows other than onset and progression (births, ageing in and out, deaths,
 * migration) would change the mix of states; the onset and progression rates are the ones that
 * leave each state's share of the band unchanged at the start. Two unknowns per band, two
 * independent conditions (the shares sum to one).
 */
export function deriveHealthDeclineRates(inputs: DemographyInputs): HealthDeclineRates {
  const ageing = inputs.ageing
  const ratios = HEALTH_ARRAY_PARAMETERS.find((p) => p.name === 'mortality ratio')!.values
  const people = (band: string, state: string) =>
    inputs.populationAtStart[band] * HEALTH_STATE_SHARES[`${band},${state}`]
  const total = BANDS.reduce((sum, band) => sum + inputs.populationAtStart[band], 0)
  const onset: Record<string, number> = {}
  const progression: Record<string, number> = {}

  BANDS.forEach((band, index) => {
    const normaliser = STATES.reduce((sum, s) => sum + HEALTH_STATE_SHARES[`${band},${s}`] * ratios[s], 0)
    const net = (state: string) => {
      const arrivals = index === 0 ? 0 : ageing[BANDS[index - 1]] * people(BANDS[index - 1], state)
      const births = index === 0 && state === 'no_ltc' ? inputs.birthRate * total : 0
      const death = (inputs.mortality[band] * ratios[state]) / normaliser
      return arrivals + births + (inputs.migration[band] - ageing[band] - death) * people(band, state)
    }
    const bandChange = STATES.reduce((sum, s) => sum + net(s), 0)
    const share = (state: string) => HEALTH_STATE_SHARES[`${band},${state}`]
    const first = (net('no_ltc') - share('no_ltc') * bandChange) / people(band, 'no_ltc')
    const second = (share('multimorbid') * bandChange - net('multimorbid')) / people(band, 'one_ltc')
    onset[band] = Math.max(MINIMUM_RATE, first)
    progression[band] = Math.max(MINIMUM_RATE, second)
  })

  const show = (rates: Record<string, number>) =>
    BANDS.map((band) => `${band} ${rates[band].toFixed(4)}`).join(', ')
  return {
    onset,
    progression,
    derivation:
      'Derived in model/care/calibration.ts: in each band, births, ageing in and out, deaths by state and migration ' +
      'would shift the base-year mix of health states; onset and progression are set to the rates that hold each ' +
      `state's share steady at the start (floor ${MINIMUM_RATE}). Default area: onset ${show(onset)}; ` +
      `progression ${show(progression)}.`,
  }
}
