// Intermediate care: short-term reablement and rehabilitation, at home or in a bed, for about a
// month. People arrive step-down from hospital (delayed until a place is free) or step-up from the
// community instead of an emergency admission. They leave independent, with home care, for a care
// home, back to hospital, or die.
import type { CareModelBuilder } from './builder'
import { INTERMEDIATE_CARE_PARAMETERS } from './parameters/services'
import { addIntake, addOfferedLoad, addPlacementTime } from './service-queue'

const OUTCOMES: Array<[flow: string, share: string, doc: string]> = [
  ['intermediate care to independence', 'intermediate_care_independent_share', 'Home with no ongoing care.'],
  [
    'intermediate care to home care',
    'intermediate_care_home_care_share',
    'Join the queue for long-term home care.',
  ],
  [
    'intermediate care to care home',
    'intermediate_care_care_home_share',
    'Join the queue for a care home place.',
  ],
  [
    'intermediate care readmissions',
    'intermediate_care_readmitted_share',
    'Admitted to hospital as an emergency.',
  ],
  ['deaths in intermediate care', 'intermediate_care_died_share', 'Die during the episode.'],
]

export function addIntermediateCare(b: CareModelBuilder): void {
  for (const parameter of INTERMEDIATE_CARE_PARAMETERS) b.parameter(parameter)

  b.aux('intermediate care utilisation', 'intermediate_care_clients / intermediate_care_capacity', {
    units: 'dimensionless',
  })
  const offeredLoad = addOfferedLoad(b, 'intermediate care', {
    // Step-up referrals count at the base-year acceptance: the places they would fill.
    referrals: 'referrals_to_intermediate_care + step_up_referrals * step_up_acceptance_at_start',
    capacity: 'intermediate_care_capacity',
    perPlaceAtStart:
      '(referrals_to_intermediate_care_at_start + step_up_admissions_at_start) / intermediate_care_places_at_start',
    utilisationAtStart: 'intermediate_care_utilisation_at_start',
  })
  addPlacementTime(b, 'intermediate care placement time', {
    queueAtStart: 'delayed_awaiting_intermediate_care_at_start',
    inflowAtStart: 'step_down_admissions_at_start',
    busy: offeredLoad,
    busyAtStart: 'intermediate_care_utilisation_at_start',
    minimum: 'minimum_placement_time',
    doc: 'Time a medically fit patient waits in hospital for an intermediate care place.',
  })
  b.aux('step down wanted', 'delayed_awaiting_intermediate_care / intermediate_care_placement_time', {
    units: 'people per year',
  })
  // Step-up care must start within a day or two or the person is admitted instead, so the share of
  // step-up referrals accepted falls as the wait for a place grows.
  b.aux('step up acceptance at start', 'step_up_admissions_at_start / step_up_referrals_at_start', {
    units: 'dimensionless',
  })
  b.aux(
    'step up acceptance',
    'MIN(1, step_up_acceptance_at_start * intermediate_care_placement_time_at_start / intermediate_care_placement_time)',
    { units: 'dimensionless', doc: 'Share of step-up referrals that get a place in time.' },
  )
  b.aux('step up wanted', 'step_up_referrals * step_up_acceptance', { units: 'people per year' })
  // Step-up referrals are not a queue: a referral not taken at once is admitted to hospital, so
  // all of them are what step-up can supply.
  const [stepDown, stepUp] = addIntake(b, 'intermediate care', {
    clients: 'intermediate_care_clients',
    capacity: 'intermediate_care_capacity',
    exits: 'intermediate_care_clients / intermediate_care_length_of_stay',
    offeredLoad: 'intermediate_care_offered_load',
    queues: [
      { desired: 'step_down_wanted', supply: 'delayed_awaiting_intermediate_care / vacancy_fill_time' },
      { desired: 'step_up_wanted', supply: 'step_up_referrals' },
    ],
  })
  b.flow('step down admissions', stepDown, {
    units: 'people per year',
    doc: 'Patients moving from a hospital bed to intermediate care.',
  })
  b.flow('step up admissions', stepUp, {
    units: 'people per year',
    doc: 'People cared for by intermediate care at home instead of being admitted to hospital.',
  })
  b.stock(
    'intermediate care clients',
    'intermediate_care_clients_at_start',
    { inflows: ['step down admissions', 'step up admissions'], outflows: OUTCOMES.map(([flow]) => flow) },
    { units: 'people', doc: 'People receiving intermediate care (reablement, rehabilitation, step-up).' },
  )
  for (const [flow, share, doc] of OUTCOMES) {
    b.flow(flow, `intermediate_care_clients / intermediate_care_length_of_stay * ${share}`, {
      units: 'people per year',
      doc,
    })
  }
}
