// The area's base year, worked out from its figures alone: the beds, prices and pay it had, how
// full its hospital was, and the flows out of hospital into each service. Budgets, calibrations and
// every reference that behaviour is measured against read these, never the run's own first step.
// So a lever set from the first year (more beds, a higher fee) is a change from the base year that
// the model responds to, rather than a new base year that it calibrates to.
import { addBedOccupancy } from './bed-overflow'
import type { CareModelBuilder } from './builder'
import { BASE_YEAR_FACTS } from './parameters/base-year'

export function addBaseYear(b: CareModelBuilder): void {
  for (const fact of BASE_YEAR_FACTS) b.parameter(fact)

  // The hospital: the base-year patients in the base-year beds, through the same arithmetic as the
  // live hospital (bed-overflow.ts), so that with no lever moved the two agree exactly.
  b.aux(
    'patients needing a bed at start',
    'emergency_occupied_beds_at_start + elective_occupied_beds_at_start',
    {
      units: 'patients',
      doc: 'Emergency (active and delayed) and elective patients needing a bed on an average base-year day.',
    },
  )
  addBedOccupancy(b, {
    beds: 'acute_beds_at_start',
    demand: 'patients_needing_a_bed_at_start',
    suffix: ' at start',
  })
  b.aux(
    'elective cancellation share at start',
    'MIN(1, elective_cancellation_on_full_days * bed_shortage_risk_at_start)',
    {
      units: 'dimensionless',
      doc: 'Share of planned admissions cancelled for want of a bed in the base year.',
    },
  )

  // Flows out of hospital in the base year, at the age mix the population implies (admissions.ts).
  b.aux('medically fit at start', 'emergency_admissions_at_start * live_discharge_share_at_start', {
    units: 'patients per year',
    doc: 'Patients becoming medically fit to leave hospital a year in the base year.',
  })
  b.aux(
    'older discharge share at start',
    'INIT(SUM(expected_admission_mix[*] * older_band[*] * (1 - in_hospital_death_share[*])) / live_discharge_share_at_start)',
    { units: 'dimensionless' },
  )
  for (const pathway of [1, 2, 3])
    b.aux(
      `pathway ${pathway} route share at start`,
      `older_discharge_share_at_start * pathway_${pathway}_share + (1 - older_discharge_share_at_start) * under_65_pathway_${pathway}_share`,
      { units: 'dimensionless' },
    )
  const referrals: Array<[service: string, share: string]> = [
    ['reablement', 'pathway_1_route_share_at_start * pathway_1_share_to_reablement'],
    ['home care', 'pathway_1_route_share_at_start * pathway_1_share_to_home_care'],
    ['bed based intermediate care', 'pathway_2_route_share_at_start'],
    ['care home', 'pathway_3_route_share_at_start'],
  ]
  for (const [service, share] of referrals)
    b.aux(`referrals to ${service} at start`, `medically_fit_at_start * ${share}`, {
      units: 'patients per year',
      doc: `Medically fit patients referred to ${service} a year in the base year.`,
    })

  // The delayed patients by service: the area's delays split by the Government's shares, and those
  // for intermediate care between home and bed in proportion to the patients referred to each and
  // the share of them delayed (Health Foundation: a quarter at home, half for a bed).
  b.aux(
    'reablement share of intermediate care delays',
    'referrals_to_reablement_at_start * delayed_share_of_home_based_intermediate_care_referrals / (referrals_to_reablement_at_start * delayed_share_of_home_based_intermediate_care_referrals + referrals_to_bed_based_intermediate_care_at_start * delayed_share_of_bed_based_intermediate_care_referrals)',
    { units: 'dimensionless' },
  )
  const delayed: Array<[service: string, share: string]> = [
    ['reablement', 'delay_share_awaiting_intermediate_care * reablement_share_of_intermediate_care_delays'],
    [
      'bed based intermediate care',
      'delay_share_awaiting_intermediate_care * (1 - reablement_share_of_intermediate_care_delays)',
    ],
    ['home care', 'delay_share_awaiting_home_care'],
    ['care home', 'delay_share_awaiting_care_home'],
  ]
  for (const [service, share] of delayed)
    b.aux(`delayed awaiting ${service} at start`, `delayed_discharge_beds_at_start * ${share}`, {
      units: 'patients',
    })

  // Where the delayed patients go in the base year.
  b.aux(
    'patients given a home care package instead at start',
    'delayed_awaiting_reablement_at_start / intermediate_care_wait_before_an_alternative',
    { units: 'patients per year' },
  )
  b.aux(
    'step down to reablement at start',
    'referrals_to_reablement_at_start - patients_given_a_home_care_package_instead_at_start',
    { units: 'people per year' },
  )
  b.aux(
    'patients given a care home place instead at start',
    'delayed_awaiting_bed_based_intermediate_care_at_start / intermediate_care_wait_before_an_alternative',
    { units: 'patients per year' },
  )
  b.aux(
    'step down to bed based intermediate care at start',
    'referrals_to_bed_based_intermediate_care_at_start - patients_given_a_care_home_place_instead_at_start',
    { units: 'people per year' },
  )
  b.aux(
    'home care from hospital at start',
    'referrals_to_home_care_at_start + patients_given_a_home_care_package_instead_at_start - delayed_awaiting_home_care_at_start / alternative_discharge_time',
    {
      units: 'people per year',
      doc: 'Patients moving from hospital to home care a year in the base year (referrals and those given a package instead of reablement, less those sent home to wait).',
    },
  )
  b.aux(
    'care home from hospital at start',
    'referrals_to_care_home_at_start + patients_given_a_care_home_place_instead_at_start - delayed_awaiting_care_home_at_start / alternative_discharge_time',
    { units: 'people per year' },
  )
  b.aux(
    'step up admissions at start',
    '(step_down_to_reablement_at_start + step_down_to_bed_based_intermediate_care_at_start) * step_up_share_of_intermediate_care / (1 - step_up_share_of_intermediate_care)',
    { units: 'people per year' },
  )

  // Intermediate care in the base year: full, so its places are its clients at full occupancy, and
  // the share of step-up referrals it took is the share of its queue from hospital it could move.
  b.aux('reablement clients at start', 'step_down_to_reablement_at_start * reablement_length_of_stay', {
    units: 'people',
  })
  b.aux('step up clients at start', 'step_up_admissions_at_start * reablement_length_of_stay', {
    units: 'people',
  })
  b.aux(
    'bed based intermediate care clients at start',
    'step_down_to_bed_based_intermediate_care_at_start * bed_based_intermediate_care_length_of_stay',
    { units: 'people' },
  )
  b.aux(
    'reablement places at start',
    '(reablement_clients_at_start + step_up_clients_at_start) * (reablement_length_of_stay + intermediate_care_start_time) / reablement_length_of_stay',
    { units: 'places' },
  )
  b.aux(
    'intermediate care places at start',
    'reablement_places_at_start + bed_based_intermediate_care_clients_at_start * (bed_based_intermediate_care_length_of_stay + intermediate_care_start_time) / bed_based_intermediate_care_length_of_stay',
    { units: 'places', doc: 'Intermediate care places (at home and in beds) in the base year.' },
  )
  b.aux(
    'intermediate care clients at start',
    'reablement_clients_at_start + step_up_clients_at_start + bed_based_intermediate_care_clients_at_start',
    { units: 'people', doc: 'People in intermediate care on an average base-year day.' },
  )
  b.aux(
    'reablement shortfall at start',
    'MAX(0, 1 - (step_down_to_reablement_at_start + step_up_admissions_at_start) / (delayed_awaiting_reablement_at_start / minimum_placement_time + step_up_referrals_at_start))',
    {
      units: 'dimensionless',
      doc: 'Share of the people who wanted reablement in the base year that it could not take on.',
    },
  )
  b.aux('step up referrals at start', 'step_up_admissions_at_start / step_up_acceptance_at_start', {
    units: 'people per year',
  })
}
