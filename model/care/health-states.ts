// The chronic disease chain inside each age band: people move from no long-term condition to one
// (onset) and from one to two or more (progression, i.e. multimorbidity). The rates are derived
// so that each band's mix of states holds steady in the base year (see calibration.ts); the mix
// of the whole population still shifts towards multimorbidity as it ages.
import type { CareModelBuilder } from './builder'
import { byBandAndState, STATES } from './dimensions'
import { HEALTH_ARRAY_PARAMETERS } from './parameters/health'
import { cite } from './sources'

export interface HealthDeclineRates {
  /** Onset of a first condition, by band. */
  onset: Record<string, number>
  /** Progression from one condition to two or more, by band. */
  progression: Record<string, number>
  /** How the rates were derived, for the documentation. */
  derivation: string
}

export function addHealthStates(b: CareModelBuilder, rates: HealthDeclineRates): void {
  for (const parameter of HEALTH_ARRAY_PARAMETERS) b.arrayParameter(parameter)
  b.arrayParameter({
    name: 'health decline rate',
    dimensions: ['band', 'state'],
    values: byBandAndState((band, state) =>
      state === 'no_ltc' ? rates.onset[band] : state === 'one_ltc' ? rates.progression[band] : 0,
    ),
    units: 'per year',
    doc: 'Share of people in a health state who move to the next worse state each year (onset, then progression).',
    sources: [...HEALTH_ARRAY_PARAMETERS[0].sources, ...cite('calibrated')],
    derivation: `${rates.derivation} Calibrated, not a published figure: it follows the checked state shares and mortality ratios.`,
  })

  b.flow(
    'health decline',
    'people[band, state] * health_decline_rate[band, state] * demographic_change_switch',
    {
      dimensions: ['band', 'state'],
      units: 'people per year',
      doc: 'People leaving a health state for the next worse one: onset of a first condition, or progression to multimorbidity.',
    },
  )
  b.flow('health decline arrivals', '', {
    dimensions: ['band', 'state'],
    elements: byBandAndState((band, state) => {
      const index = STATES.indexOf(state)
      return index === 0 ? '0' : `health_decline[${band}, ${STATES[index - 1]}]`
    }),
    units: 'people per year',
  })
  b.aux('people with multimorbidity', 'SUM(people[*, multimorbid])', { units: 'people' })
}
