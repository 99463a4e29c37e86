// The acute hospital: patients who are medically active, then medically fit; the fit leave by the
// discharge pathways, home or to wait (delayed) for the service they need: reablement or a
// rehabilitation bed (intermediate care), home care or a care home.
// Some die in hospital; some discharged patients come back as emergency readmissions. Elective
// inpatients share the beds. The stocks count patients, not beds: on full days some of them are
// waiting for a bed (bed-overflow.ts).
import type { CareModelBuilder } from './builder'
import { PATHWAY_PARAMETERS } from './parameters/hospital'

export function addHospital(b: CareModelBuilder): void {
  for (const parameter of PATHWAY_PARAMETERS) b.parameter(parameter)
  b.aux(
    'active length of stay scale',
    'INIT((emergency_occupied_beds_at_start - delayed_discharge_beds_at_start) / emergency_admissions_at_start / SUM(expected_admission_mix[*] * active_length_of_stay_ratio[*]))',
    {
      units: 'years',
      doc: 'Medically active stay of an under-65 patient, calibrated to the base-year bed use.',
    },
  )
  b.aux(
    'active length of stay',
    'active_length_of_stay_scale * SUM(admission_mix[*] * active_length_of_stay_ratio[*]) * early_discharge_multiplier * prevention_stay_multiplier',
    {
      units: 'years',
      doc: 'Average medically active part of an emergency stay, for the current age mix and bed pressure.',
    },
  )
  b.aux('in hospital death share average', 'SUM(admission_mix[*] * in_hospital_death_share[*])', {
    units: 'dimensionless',
  })
  // Discharge to assess: patients aged 65+ leave by DHSC's pathways (the area's shares), the
  // under-65s mostly home; the age mix of admissions weights the two.
  b.aux(
    'older discharge share',
    'SUM(admission_mix[*] * older_band[*] * (1 - in_hospital_death_share[*])) / (1 - in_hospital_death_share_average)',
    { units: 'dimensionless', doc: 'Share of patients leaving hospital alive who are aged 65+.' },
  )
  for (const pathway of [1, 2, 3])
    b.aux(
      `pathway ${pathway} route share`,
      `older_discharge_share * pathway_${pathway}_share + (1 - older_discharge_share) * under_65_pathway_${pathway}_share`,
      {
        units: 'dimensionless',
        doc: `Share of patients leaving hospital alive on discharge pathway ${pathway}.`,
      },
    )

  b.stock(
    'medically active patients',
    'emergency_occupied_beds_at_start - delayed_discharge_beds_at_start',
    {
      inflows: ['emergency admissions'],
      outflows: [
        'deaths in hospital',
        'discharges home',
        'referrals to reablement',
        'referrals to home care',
        'referrals to bed based intermediate care',
        'referrals to care home',
      ],
    },
    { units: 'patients', doc: 'Emergency inpatients still needing acute care.' },
  )
  b.aux(
    'patients becoming medically fit',
    'medically_active_patients * (1 - in_hospital_death_share_average) / active_length_of_stay',
    { units: 'patients per year' },
  )
  b.flow(
    'deaths in hospital',
    'medically_active_patients * in_hospital_death_share_average / active_length_of_stay',
    {
      units: 'patients per year',
    },
  )
  b.flow(
    'discharges home',
    'patients_becoming_medically_fit * (1 - pathway_1_route_share * (pathway_1_share_to_reablement + pathway_1_share_to_home_care) - pathway_2_route_share - pathway_3_route_share)',
    {
      units: 'patients per year',
      doc: 'Medically fit patients going home with no new service: pathway 0, and pathway 1 patients whose support restarts from services they had.',
    },
  )
  b.flow(
    'referrals to reablement',
    'patients_becoming_medically_fit * pathway_1_route_share * pathway_1_share_to_reablement',
    {
      units: 'patients per year',
      doc: 'Pathway 1 patients referred for reablement or rehabilitation at home.',
    },
  )
  b.flow(
    'referrals to home care',
    'patients_becoming_medically_fit * pathway_1_route_share * pathway_1_share_to_home_care',
    {
      units: 'patients per year',
      doc: 'Pathway 1 patients needing a new or increased home care package.',
    },
  )
  b.flow(
    'referrals to bed based intermediate care',
    'patients_becoming_medically_fit * pathway_2_route_share',
    {
      units: 'patients per year',
      doc: 'Pathway 2 patients referred to a rehabilitation or recovery bed.',
    },
  )
  b.flow('referrals to care home', 'patients_becoming_medically_fit * pathway_3_route_share', {
    units: 'patients per year',
    doc: 'Pathway 3 patients going to a care home for the first time.',
  })

  // Medically fit patients wait in a bed until their service can take them: these are the delayed
  // discharges (all patients no longer meeting the criteria to reside, as England counts them).
  b.stock(
    'delayed awaiting reablement',
    'delayed_awaiting_reablement_at_start',
    {
      inflows: ['referrals to reablement'],
      outflows: ['step down to reablement', 'patients given a home care package instead'],
    },
    { units: 'patients' },
  )
  b.stock(
    'delayed awaiting bed based intermediate care',
    'delayed_awaiting_bed_based_intermediate_care_at_start',
    {
      inflows: ['referrals to bed based intermediate care'],
      outflows: ['step down to bed based intermediate care', 'patients given a care home place instead'],
    },
    { units: 'patients' },
  )
  b.stock(
    'delayed awaiting home care',
    'delayed_awaiting_home_care_at_start',
    {
      inflows: ['referrals to home care', 'patients given a home care package instead'],
      outflows: ['home care starts from hospital', 'home care patients sent home to wait'],
    },
    { units: 'patients' },
  )
  b.stock(
    'delayed awaiting care home',
    'delayed_awaiting_care_home_at_start',
    {
      inflows: ['referrals to care home', 'patients given a care home place instead'],
      outflows: ['care home admissions from hospital', 'care home patients sent home to wait'],
    },
    { units: 'patients' },
  )
  // A patient kept waiting for intermediate care is given the alternative, as discharge teams do when
  // no place comes: a conventional home care package instead of reablement, a care home place
  // instead of a rehabilitation bed. One waiting a long time for a home care package or a care home
  // goes home to wait there.
  b.flow(
    'patients given a home care package instead',
    'delayed_awaiting_reablement / intermediate_care_wait_before_an_alternative',
    {
      units: 'patients per year',
      doc: 'Patients waiting for reablement who get a home care package instead.',
    },
  )
  b.flow(
    'patients given a care home place instead',
    'delayed_awaiting_bed_based_intermediate_care / intermediate_care_wait_before_an_alternative',
    {
      units: 'patients per year',
      doc: 'Patients waiting for a rehabilitation bed who go to a care home instead.',
    },
  )
  b.flow('home care patients sent home to wait', 'delayed_awaiting_home_care / alternative_discharge_time', {
    units: 'patients per year',
  })
  b.flow('care home patients sent home to wait', 'delayed_awaiting_care_home / alternative_discharge_time', {
    units: 'patients per year',
  })
  b.aux(
    'delayed awaiting intermediate care',
    'delayed_awaiting_reablement + delayed_awaiting_bed_based_intermediate_care',
    {
      units: 'patients',
      doc: 'Patients medically fit and waiting for intermediate care, at home or in a bed.',
    },
  )
  b.aux(
    'delayed discharge beds',
    'delayed_awaiting_intermediate_care + delayed_awaiting_home_care + delayed_awaiting_care_home',
    { units: 'beds', doc: 'Beds occupied by patients who are medically fit but waiting for a service.' },
  )
  b.aux('delayed discharge beds by pathway', '', {
    dimensions: ['pathway'],
    elements: {
      pathway_1: 'delayed_awaiting_reablement + delayed_awaiting_home_care',
      pathway_2: 'delayed_awaiting_bed_based_intermediate_care',
      pathway_3: 'delayed_awaiting_care_home',
    },
    units: 'beds',
    doc: 'Beds occupied by delayed patients by discharge pathway: 1 waiting for reablement or home care, 2 for a rehabilitation bed, 3 for a care home.',
  })

  // Readmissions: a share of the patients discharged home or to long-term care return within
  // about 30 days. The stock tracks those who will return; they are at home meanwhile, so it is a
  // count of future readmissions, not of people in a place.
  b.aux(
    'live discharges to the community',
    'discharges_home + home_care_starts_from_hospital + care_home_admissions_from_hospital + home_care_patients_sent_home_to_wait + care_home_patients_sent_home_to_wait',
    { units: 'patients per year' },
  )
  b.stock(
    'discharged patients who will be readmitted',
    'readmission_probability * live_discharges_to_the_community * readmission_delay',
    { inflows: ['discharges later readmitted'], outflows: ['readmissions after discharge'] },
    { units: 'patients' },
  )
  b.flow('discharges later readmitted', 'readmission_probability * live_discharges_to_the_community', {
    units: 'patients per year',
  })
  b.flow('readmissions after discharge', 'discharged_patients_who_will_be_readmitted / readmission_delay', {
    units: 'admissions per year',
  })
  b.aux('readmissions', 'readmissions_after_discharge + intermediate_care_readmissions', {
    units: 'admissions per year',
    doc: 'Emergency readmissions: after discharge home or to long-term care, and from intermediate care.',
  })

  // Elective inpatients: planned admissions grow with the population and are cancelled on days
  // the hospital has no bed for them.
  b.stock(
    'elective inpatients',
    'elective_occupied_beds_at_start',
    { inflows: ['elective admissions'], outflows: ['elective discharges'] },
    { units: 'patients' },
  )
  b.aux(
    'planned elective admissions',
    'elective_occupied_beds_at_start / elective_length_of_stay / (1 - elective_cancellation_share_at_start) * total_population / INIT(total_population) + elective_fill_admissions',
    { units: 'admissions per year' },
  )
  b.flow('elective admissions', 'planned_elective_admissions * (1 - elective_cancellation_share)', {
    units: 'admissions per year',
  })
  b.aux('cancelled elective admissions', 'planned_elective_admissions * elective_cancellation_share', {
    units: 'admissions per year',
    doc: 'Planned admissions cancelled because no bed was free.',
  })
  b.flow('elective discharges', 'elective_inpatients / elective_length_of_stay', {
    units: 'patients per year',
  })

  // Every inpatient needs a bed; whether they have one is decided in bed-overflow.ts.
  b.aux(
    'patients needing a bed',
    'medically_active_patients + delayed_discharge_beds + elective_inpatients',
    {
      units: 'patients',
      doc: 'Emergency patients (active and delayed) and elective patients: in a bed, or admitted and waiting for one.',
    },
  )
}
