// Long-term social care: home care clients and care home residents. Each takes people from
// hospital (the delayed patients) and from the community, where people assessed as needing care
// wait at home: the unmet social care need, which raises emergency admissions. When a service runs
// full, both queues lengthen, and the service takes people leaving hospital first (rationing.ts).
import type { CareModelBuilder } from './builder'
import { SOCIAL_CARE_PARAMETERS } from './parameters/services'
import { addIntake, addPlacementTime } from './service-queue'
import { cite } from './sources'

export function addSocialCare(b: CareModelBuilder): void {
  for (const parameter of SOCIAL_CARE_PARAMETERS) b.parameter(parameter)
  b.arrayParameter({
    name: 'care need rate',
    dimensions: ['band'],
    values: {
      under65: 0.006,
      age65to69: 0.013,
      age70to74: 0.021,
      age75to79: 0.035,
      age80to84: 0.064,
      age85to89: 0.11,
      age90plus: 0.19,
    },
    units: 'people per resident',
    doc: 'People receiving long-term social care per resident, by age band: the shape of demand as the population ages.',
    sources: cite('ascfr2024', 'assumption'),
    derivation:
      'Our reading of ASC-FR long-term support per 100,000 adults by age band (0.017 at 65-74, 0.046 at 75-84, 0.14 at 85+; not checked against the tables), split into five-year bands rising with age so that each pair averages to them at England’s mid-2023 mix. Only its shape by age matters: each area calibrates its own caseloads. An assumption until the ASC-FR tables are read. Range for sensitivity runs: ±25% (only the shape matters).',
  })
  b.aux('care need population', 'SUM(population[*] * care_need_rate[*])', {
    units: 'people',
    doc: 'People the population would have in long-term care at base-year rates: the demographic driver of social care demand.',
  })
  b.aux('older care need population', 'SUM(population[*] * care_need_rate[*] * older_band[*])', {
    units: 'people',
  })

  // Home care.
  b.aux('home care utilisation', 'home_care_clients / home_care_capacity_available', {
    units: 'dimensionless',
    doc: 'Share of the home care that can be delivered in use.',
  })
  addPlacementTime(b, 'home care placement time', {
    queueAtStart: 'delayed_awaiting_home_care_at_start',
    inflowAtStart: 'home_care_from_hospital_at_start',
    busy: 'home_care_utilisation',
    busyAtStart: 'home_care_utilisation_at_start',
    minimum: 'minimum_placement_time',
    doc: 'Time a medically fit patient waits in hospital for a home care package.',
  })
  // The base year is on its trend: the caseload grows as the need for care does, so more packages
  // start than end (balanced instead, the caseload would start flat and trail its funding for years,
  // emptying places and shortening every wait in the first year).
  b.aux(
    'home care community starts at start',
    'home_care_clients_at_start * (1 / home_care_package_duration + INIT(care_need_population_growth)) - home_care_from_hospital_at_start',
    { units: 'people per year' },
  )
  addPlacementTime(b, 'home care community wait', {
    queueAtStart: 'people_waiting_for_home_care_at_start',
    inflowAtStart: 'home_care_community_starts_at_start',
    busy: 'home_care_utilisation',
    busyAtStart: 'home_care_utilisation_at_start',
    minimum: 'minimum_placement_time',
    doc: 'Time someone at home waits for a home care package to start.',
  })
  b.aux('home care from hospital wanted', 'delayed_awaiting_home_care / home_care_placement_time', {
    units: 'people per year',
  })
  b.aux('home care in community wanted', 'people_waiting_for_home_care / home_care_community_wait', {
    units: 'people per year',
  })
  const [homeCareFromHospital, homeCareFromCommunity] = addIntake(b, 'home care', {
    clients: 'home_care_clients',
    capacity: 'home_care_capacity_available',
    exits: 'home_care_ends',
    queues: [{ desired: 'home_care_from_hospital_wanted' }, { desired: 'home_care_in_community_wanted' }],
    inOrder: true,
  })
  b.flow('home care starts from hospital', homeCareFromHospital, {
    units: 'people per year',
  })
  b.flow('home care starts in community', homeCareFromCommunity, {
    units: 'people per year',
  })
  b.stock(
    'home care clients',
    'home_care_clients_at_start',
    {
      inflows: ['home care starts from hospital', 'home care starts in community'],
      outflows: ['home care ends', 'home care packages handed back'],
    },
    { units: 'people', doc: 'People receiving publicly funded long-term home care.' },
  )
  b.flow('home care ends', 'home_care_clients / home_care_package_duration', { units: 'people per year' })
  b.stock(
    'people waiting for home care',
    'people_waiting_for_home_care_at_start',
    {
      inflows: [
        'community home care referrals',
        'reablement to home care',
        'step up to home care',
        'bed based intermediate care to home care',
        'home care patients sent home to wait',
        'home care packages handed back',
      ],
      outflows: ['home care starts in community', 'home care queue exits'],
    },
    { units: 'people' },
  )
  b.flow('home care queue exits', 'people_waiting_for_home_care / community_wait_give_up_time', {
    units: 'people per year',
    doc: 'People who stop waiting: die, move, pay privately, or family takes over.',
  })
  // People joining the community queues in the base year after a hospital stay: from intermediate
  // care, and sent home to wait. The community referrals are what is left of each queue's base-year
  // inflow (its starts, its leavers and its growth) after them.
  b.aux(
    'home care queue arrivals from hospital at start',
    'reablement_clients_at_start / reablement_length_of_stay * reablement_home_care_share + step_up_clients_at_start / reablement_length_of_stay * step_up_home_care_share + bed_based_intermediate_care_clients_at_start / bed_based_intermediate_care_length_of_stay * bed_based_intermediate_care_home_care_share + delayed_awaiting_home_care_at_start / alternative_discharge_time',
    { units: 'people per year' },
  )
  b.aux(
    'care home queue arrivals from hospital at start',
    'reablement_clients_at_start / reablement_length_of_stay * reablement_care_home_share + step_up_clients_at_start / reablement_length_of_stay * step_up_care_home_share + bed_based_intermediate_care_clients_at_start / bed_based_intermediate_care_length_of_stay * bed_based_intermediate_care_care_home_share + delayed_awaiting_care_home_at_start / alternative_discharge_time',
    { units: 'people per year' },
  )
  b.aux(
    'home care referral scale',
    '(home_care_community_starts_at_start + people_waiting_for_home_care_at_start * (1 / community_wait_give_up_time + INIT(care_need_population_growth)) - home_care_queue_arrivals_from_hospital_at_start) / INIT(care_need_population)',
    { units: 'per year' },
  )
  b.flow('community home care referrals', 'home_care_referral_scale * care_need_population * eligibility', {
    units: 'people per year',
    doc: 'People at home newly assessed as needing home care.',
  })

  // Care homes.
  b.aux('care home occupancy', 'care_home_residents / care_home_places_available', {
    units: 'dimensionless',
    doc: 'Share of the care home places that can be staffed in use.',
  })
  addPlacementTime(b, 'care home placement time', {
    queueAtStart: 'delayed_awaiting_care_home_at_start',
    inflowAtStart: 'care_home_from_hospital_at_start',
    busy: 'care_home_occupancy',
    busyAtStart: 'care_home_occupancy_at_start',
    minimum: 'minimum_placement_time',
    doc: 'Time a medically fit patient waits in hospital for a care home place.',
  })
  b.aux(
    'care home community starts at start',
    'care_home_residents_at_start * (1 / care_home_length_of_stay + INIT(older_care_need_population_growth)) - care_home_from_hospital_at_start',
    { units: 'people per year' },
  )
  addPlacementTime(b, 'care home community wait', {
    queueAtStart: 'people_waiting_for_a_care_home_at_start',
    inflowAtStart: 'care_home_community_starts_at_start',
    busy: 'care_home_occupancy',
    busyAtStart: 'care_home_occupancy_at_start',
    minimum: 'minimum_placement_time',
    doc: 'Time someone at home waits for a care home place.',
  })
  b.aux('care home from hospital wanted', 'delayed_awaiting_care_home / care_home_placement_time', {
    units: 'people per year',
  })
  b.aux('care home from community wanted', 'people_waiting_for_a_care_home / care_home_community_wait', {
    units: 'people per year',
  })
  const [careHomeFromHospital, careHomeFromCommunity] = addIntake(b, 'care home', {
    clients: 'care_home_residents',
    capacity: 'care_home_places_available',
    exits: 'care_home_leavers',
    queues: [{ desired: 'care_home_from_hospital_wanted' }, { desired: 'care_home_from_community_wanted' }],
    inOrder: true,
  })
  b.flow('care home admissions from hospital', careHomeFromHospital, {
    units: 'people per year',
  })
  b.flow('care home admissions from community', careHomeFromCommunity, {
    units: 'people per year',
  })
  b.stock(
    'care home residents',
    'care_home_residents_at_start',
    {
      inflows: ['care home admissions from hospital', 'care home admissions from community'],
      outflows: ['care home leavers'],
    },
    { units: 'people', doc: 'Older people living in care homes.' },
  )
  b.flow('care home leavers', 'care_home_residents / care_home_length_of_stay', {
    units: 'people per year',
    doc: 'Residents who die or move on.',
  })
  b.stock(
    'people waiting for a care home',
    'people_waiting_for_a_care_home_at_start',
    {
      inflows: [
        'community care home referrals',
        'reablement to care home',
        'step up to care home',
        'bed based intermediate care to care home',
        'care home patients sent home to wait',
      ],
      outflows: ['care home admissions from community', 'care home queue exits'],
    },
    { units: 'people' },
  )
  b.flow('care home queue exits', 'people_waiting_for_a_care_home / community_wait_give_up_time', {
    units: 'people per year',
  })
  b.aux(
    'care home referral scale',
    '(care_home_community_starts_at_start + people_waiting_for_a_care_home_at_start * (1 / community_wait_give_up_time + INIT(older_care_need_population_growth)) - care_home_queue_arrivals_from_hospital_at_start) / INIT(older_care_need_population)',
    { units: 'per year' },
  )
  // Self-funders pay for their own place and are outside the council's eligibility rules.
  b.flow(
    'community care home referrals',
    'care_home_referral_scale * older_care_need_population * (publicly_funded_share_of_care_home_residents * eligibility + 1 - publicly_funded_share_of_care_home_residents)',
    {
      units: 'people per year',
      doc: 'People at home newly assessed as needing a care home place: those the council funds, within its eligibility, and self-funders.',
    },
  )

  b.aux(
    'unmet need at start',
    'people_waiting_for_home_care_at_start + people_waiting_for_a_care_home_at_start',
    {
      units: 'people',
    },
  )

  // Older patients' share of the medically active beds: their share of admissions weighted by
  // their longer stays.
  b.aux(
    'older people in hospital',
    'medically_active_patients * SUM(admission_mix[*] * active_length_of_stay_ratio[*] * older_band[*]) / ' +
      'SUM(admission_mix[*] * active_length_of_stay_ratio[*]) + delayed_discharge_beds',
    { units: 'people', doc: 'Inpatients aged 65+ (delayed patients are almost all older).' },
  )
  b.aux(
    'share of 65+ supported at home',
    '1 - (care_home_residents + older_people_in_hospital) / population_65_plus',
    {
      units: 'dimensionless',
      doc: 'Share of people aged 65+ living at home, supported or not (not in a care home or hospital bed).',
    },
  )
}
