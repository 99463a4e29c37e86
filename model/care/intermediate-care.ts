// Intermediate care: a few weeks of recovery support, at home (reablement, rehabilitation at home:
// discharge pathway 1) or in a bed (pathway 2). Patients wait for it in hospital; older people in a
// crisis at home are taken on instead of being admitted (step-up). Both share one commissioned
// capacity, split between home and bed places as in the base year.
//
// A service with people waiting fills its places (service-queue.ts): it takes people on as fast as
// places come free and refills empty ones within weeks, up to the share of places a turnover gap
// of a couple of days leaves in use. So cutting it lengthens its queue; expanding it shortens the
// queue and takes on more step-up referrals, until no one waits.
//
// What happens afterwards is what the evidence measured against what would have happened without
// it: a patient waiting too long for reablement is given a conventional home care package instead,
// and after reablement few need one (Glendinning: costs 60% lower a year on); a person cared for at
// home instead of admitted goes on to long-term care about half as often as the admission would
// have left them (Cochrane review of hospital at home, measured for care homes).
import type { CareModelBuilder } from './builder'
import { INTERMEDIATE_CARE_PARAMETERS } from './parameters/services'
import { addFullServiceIntake, addFullServiceLimit } from './service-queue'

interface Outcome {
  flow: string
  share: string
  doc: string
}

/** Outflows of a stock of clients by the shares given; the first takes what the others leave. */
function addOutcomes(b: CareModelBuilder, clients: string, lengthOfStay: string, outcomes: Outcome[]): void {
  const [rest, ...shared] = outcomes
  const others = shared.map((o) => o.share).join(' - ')
  const leaving = `${clients.replaceAll(' ', '_')} / ${lengthOfStay}`
  b.flow(rest.flow, `${leaving} * (1 - ${others})`, { units: 'people per year', doc: rest.doc })
  for (const outcome of shared)
    b.flow(outcome.flow, `${leaving} * ${outcome.share}`, { units: 'people per year', doc: outcome.doc })
}

export function addIntermediateCare(b: CareModelBuilder): void {
  for (const parameter of INTERMEDIATE_CARE_PARAMETERS) b.parameter(parameter)

  // One capacity, split between home and bed places as in the base year.
  b.aux('reablement place share', 'reablement_places_at_start / intermediate_care_places_at_start', {
    units: 'dimensionless',
    doc: 'Share of intermediate care places that are at home (reablement, rehabilitation at home).',
  })
  b.aux('reablement capacity', 'intermediate_care_capacity * reablement_place_share', {
    units: 'places',
    doc: 'Home-based intermediate care places.',
  })
  b.aux('bed based intermediate care capacity', 'intermediate_care_capacity * (1 - reablement_place_share)', {
    units: 'places',
    doc: 'Bed-based intermediate care places (rehabilitation and recovery beds).',
  })

  // What the admission a step-up episode avoids would have led to, for an older patient at the
  // base-year pathways: step-up leaves people needing long-term care about half as often (Cochrane,
  // measured for care homes).
  b.aux(
    'older in hospital death share at start',
    'INIT(SUM(expected_admission_mix[*] * older_band[*] * in_hospital_death_share[*]) / SUM(expected_admission_mix[*] * older_band[*]))',
    { units: 'dimensionless' },
  )
  b.aux(
    'share of reablement referrals given a package at start',
    'patients_given_a_home_care_package_instead_at_start / referrals_to_reablement_at_start',
    { units: 'dimensionless' },
  )
  b.aux(
    'step up home care share',
    'step_up_long_term_care_relative_risk * (1 - older_in_hospital_death_share_at_start) * (pathway_1_share * (pathway_1_share_to_home_care + pathway_1_share_to_reablement * (share_of_reablement_referrals_given_a_package_at_start + (1 - share_of_reablement_referrals_given_a_package_at_start) * reablement_home_care_share)) + pathway_2_share * (1 - share_of_bed_referrals_given_a_care_home_place_at_start) * bed_based_intermediate_care_home_care_share)',
    {
      units: 'dimensionless',
      doc: 'Share of step-up episodes ending with a long-term home care package: about half as many as after the older admission it avoids.',
    },
  )
  b.aux(
    'share of bed referrals given a care home place at start',
    'patients_given_a_care_home_place_instead_at_start / referrals_to_bed_based_intermediate_care_at_start',
    { units: 'dimensionless' },
  )
  b.aux(
    'step up care home share',
    'step_up_long_term_care_relative_risk * (1 - older_in_hospital_death_share_at_start) * (pathway_3_share + pathway_2_share * (share_of_bed_referrals_given_a_care_home_place_at_start + (1 - share_of_bed_referrals_given_a_care_home_place_at_start) * bed_based_intermediate_care_care_home_share) + pathway_1_share * pathway_1_share_to_reablement * (1 - share_of_reablement_referrals_given_a_package_at_start) * reablement_care_home_share)',
    {
      units: 'dimensionless',
      doc: 'Share of step-up episodes ending in a care home: about half as many as after the older admission it avoids.',
    },
  )

  // At home: patients from hospital (pathway 1) and step-up from the community share the places.
  b.aux('step down to reablement wanted', 'delayed_awaiting_reablement / minimum_placement_time', {
    units: 'people per year',
    doc: 'Moves from hospital to reablement a year if a place were free for everyone waiting.',
  })
  // Step-up care must start within hours or the person is admitted instead, so the service takes
  // on the share of step-up referrals its shortfall allows first (half in the base year: NAIC found
  // provision about half of what was needed), and patients waiting in hospital from what is left.
  // The share turned away moves with the service's shortfall against everyone who wants a place.
  const limit = addFullServiceLimit(b, 'reablement', {
    clients: 'reablement_clients + step_up_clients',
    capacity: 'reablement_capacity',
    lengthOfStay: 'reablement_length_of_stay',
  })
  b.aux(
    'reablement shortfall',
    `MAX(0, 1 - XIDZ(${limit}, step_down_to_reablement_wanted + step_up_referrals, 1))`,
    {
      units: 'dimensionless',
      doc: 'Share of the people who want reablement now (everyone waiting in hospital, every step-up referral) that it cannot take on.',
    },
  )
  b.aux(
    'step up acceptance',
    'MAX(0, MIN(1, 1 - (1 - step_up_acceptance_at_start) * XIDZ(reablement_shortfall, reablement_shortfall_at_start, 0)))',
    {
      units: 'dimensionless',
      doc: 'Share of step-up referrals that get a place in time (the rest are admitted).',
    },
  )
  b.flow('step up admissions', 'step_up_referrals * step_up_acceptance', {
    units: 'people per year',
    doc: 'People in a crisis cared for at home by intermediate care instead of being admitted to hospital.',
  })
  b.flow(
    'step down to reablement',
    `MIN(step_down_to_reablement_wanted, MAX(0, ${limit} - step_up_admissions))`,
    {
      units: 'people per year',
      doc: 'Patients moving from a hospital bed to reablement or rehabilitation at home.',
    },
  )
  b.stock(
    'reablement clients',
    'reablement_clients_at_start',
    {
      inflows: ['step down to reablement'],
      outflows: [
        'reablement to independence',
        'reablement to home care',
        'reablement to care home',
        'reablement readmissions',
        'deaths in reablement',
      ],
    },
    { units: 'people', doc: 'People in reablement or rehabilitation at home after a hospital stay.' },
  )
  addOutcomes(b, 'reablement clients', 'reablement_length_of_stay', [
    { flow: 'reablement to independence', share: '', doc: 'Home with no ongoing care.' },
    {
      flow: 'reablement to home care',
      share: 'reablement_home_care_share',
      doc: 'Join the queue for long-term home care.',
    },
    {
      flow: 'reablement to care home',
      share: 'reablement_care_home_share',
      doc: 'Join the queue for a care home.',
    },
    {
      flow: 'reablement readmissions',
      share: 'intermediate_care_readmitted_share',
      doc: 'Readmitted as an emergency.',
    },
    { flow: 'deaths in reablement', share: 'reablement_died_share', doc: 'Die during the episode.' },
  ])
  b.stock(
    'step up clients',
    'step_up_clients_at_start',
    {
      inflows: ['step up admissions'],
      outflows: [
        'step up to independence',
        'step up to home care',
        'step up to care home',
        'step up readmissions',
        'deaths in step up care',
      ],
    },
    {
      units: 'people',
      doc: 'People cared for at home by intermediate care instead of an emergency admission.',
    },
  )
  addOutcomes(b, 'step up clients', 'reablement_length_of_stay', [
    { flow: 'step up to independence', share: '', doc: 'Home with no ongoing care.' },
    {
      flow: 'step up to home care',
      share: 'step_up_home_care_share',
      doc: 'Join the queue for long-term home care, as often as after the admission avoided.',
    },
    {
      flow: 'step up to care home',
      share: 'step_up_care_home_share',
      doc: 'Join the queue for a care home, about half as often as after the admission avoided.',
    },
    { flow: 'step up readmissions', share: 'intermediate_care_readmitted_share', doc: 'Admitted after all.' },
    { flow: 'deaths in step up care', share: 'reablement_died_share', doc: 'Die during the episode.' },
  ])

  // In a bed: patients from hospital (pathway 2).
  b.aux(
    'step down to bed based intermediate care wanted',
    'delayed_awaiting_bed_based_intermediate_care / minimum_placement_time',
    { units: 'people per year' },
  )
  const toBed = addFullServiceIntake(b, 'bed based intermediate care', {
    clients: 'bed_based_intermediate_care_clients',
    capacity: 'bed_based_intermediate_care_capacity',
    lengthOfStay: 'bed_based_intermediate_care_length_of_stay',
    wanted: 'step_down_to_bed_based_intermediate_care_wanted',
  })
  b.flow('step down to bed based intermediate care', toBed, {
    units: 'people per year',
    doc: 'Patients moving from a hospital bed to a rehabilitation or recovery bed.',
  })
  b.stock(
    'bed based intermediate care clients',
    'bed_based_intermediate_care_clients_at_start',
    {
      inflows: ['step down to bed based intermediate care'],
      outflows: [
        'bed based intermediate care to independence',
        'bed based intermediate care to home care',
        'bed based intermediate care to care home',
        'bed based intermediate care readmissions',
        'deaths in bed based intermediate care',
      ],
    },
    { units: 'people', doc: 'People in a rehabilitation or recovery bed after a hospital stay.' },
  )
  addOutcomes(b, 'bed based intermediate care clients', 'bed_based_intermediate_care_length_of_stay', [
    { flow: 'bed based intermediate care to independence', share: '', doc: 'Home with no ongoing care.' },
    {
      flow: 'bed based intermediate care to home care',
      share: 'bed_based_intermediate_care_home_care_share',
      doc: 'Join the queue for long-term home care.',
    },
    {
      flow: 'bed based intermediate care to care home',
      share: 'bed_based_intermediate_care_care_home_share',
      doc: 'Join the queue for a care home.',
    },
    {
      flow: 'bed based intermediate care readmissions',
      share: 'intermediate_care_readmitted_share',
      doc: 'Readmitted as an emergency.',
    },
    {
      flow: 'deaths in bed based intermediate care',
      share: 'bed_based_intermediate_care_died_share',
      doc: 'Die during the stay.',
    },
  ])

  b.aux(
    'intermediate care clients',
    'reablement_clients + step_up_clients + bed_based_intermediate_care_clients',
    { units: 'people', doc: 'People in intermediate care, at home or in a bed, stepped down or stepped up.' },
  )
  b.aux('intermediate care utilisation', 'intermediate_care_clients / intermediate_care_capacity', {
    units: 'dimensionless',
    doc: 'Share of intermediate care places in use.',
  })
  b.aux(
    'intermediate care readmissions',
    'reablement_readmissions + step_up_readmissions + bed_based_intermediate_care_readmissions',
    { units: 'admissions per year' },
  )
  b.aux('step down admissions', 'step_down_to_reablement + step_down_to_bed_based_intermediate_care', {
    units: 'people per year',
    doc: 'Patients moving from a hospital bed to intermediate care, at home or in a bed.',
  })
}
