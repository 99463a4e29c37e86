// The acute hospital: patients who are medically active, then medically fit; the fit leave for
// home or wait (delayed) for the service they need: intermediate care, home care or a care home.
// Some die in hospital; some discharged patients come back as emergency readmissions. Elective
// inpatients share the beds. The stocks count patients, not beds: on full days some of them are
// waiting for a bed (bed-overflow.ts).
import type { CareModelBuilder } from './builder'

export function addHospital(b: CareModelBuilder): void {
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
    'active_length_of_stay_scale * SUM(admission_mix[*] * active_length_of_stay_ratio[*]) * early_discharge_multiplier',
    {
      units: 'years',
      doc: 'Average medically active part of an emergency stay, for the current age mix and bed pressure.',
    },
  )
  b.aux('in hospital death share average', 'SUM(admission_mix[*] * in_hospital_death_share[*])', {
    units: 'dimensionless',
  })
  b.aux('intermediate care route share', 'SUM(admission_mix[*] * share_discharged_to_intermediate_care[*])', {
    units: 'dimensionless',
  })
  b.aux('home care route share', 'SUM(admission_mix[*] * share_discharged_with_home_care[*])', {
    units: 'dimensionless',
  })
  b.aux('care home route share', 'SUM(admission_mix[*] * share_discharged_to_care_home[*])', {
    units: 'dimensionless',
  })

  b.stock(
    'medically active patients',
    'emergency_occupied_beds_at_start - delayed_discharge_beds_at_start',
    {
      inflows: ['emergency admissions'],
      outflows: [
        'deaths in hospital',
        'discharges home',
        'referrals to intermediate care',
        'referrals to home care',
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
    'patients_becoming_medically_fit * (1 - intermediate_care_route_share - home_care_route_share - care_home_route_share)',
    {
      units: 'patients per year',
      doc: 'Medically fit patients going home without new services (pathway 0).',
    },
  )
  b.flow(
    'referrals to intermediate care',
    'patients_becoming_medically_fit * intermediate_care_route_share',
    {
      units: 'patients per year',
    },
  )
  b.flow('referrals to home care', 'patients_becoming_medically_fit * home_care_route_share', {
    units: 'patients per year',
  })
  b.flow('referrals to care home', 'patients_becoming_medically_fit * care_home_route_share', {
    units: 'patients per year',
  })

  // Medically fit patients wait in a bed until their service can take them: these are the delayed
  // discharges (all patients no longer meeting the criteria to reside, as England counts them).
  b.stock(
    'delayed awaiting intermediate care',
    'delayed_discharge_beds_at_start * delay_share_awaiting_intermediate_care',
    {
      inflows: ['referrals to intermediate care'],
      outflows: ['step down admissions', 'intermediate care patients sent home'],
    },
    { units: 'patients' },
  )
  b.stock(
    'delayed awaiting home care',
    'delayed_discharge_beds_at_start * delay_share_awaiting_home_care',
    {
      inflows: ['referrals to home care'],
      outflows: ['home care starts from hospital', 'home care patients sent home to wait'],
    },
    { units: 'patients' },
  )
  b.stock(
    'delayed awaiting care home',
    'delayed_discharge_beds_at_start * delay_share_awaiting_care_home',
    {
      inflows: ['referrals to care home'],
      outflows: ['care home admissions from hospital', 'care home patients sent home to wait'],
    },
    { units: 'patients' },
  )
  // After a long wait some patients go home without the service they were waiting for: home to
  // wait there for home care or a care home place, or home without rehabilitation.
  b.flow(
    'intermediate care patients sent home',
    'delayed_awaiting_intermediate_care / alternative_discharge_time',
    {
      units: 'patients per year',
    },
  )
  b.flow('home care patients sent home to wait', 'delayed_awaiting_home_care / alternative_discharge_time', {
    units: 'patients per year',
  })
  b.flow('care home patients sent home to wait', 'delayed_awaiting_care_home / alternative_discharge_time', {
    units: 'patients per year',
  })
  b.aux(
    'delayed discharge beds',
    'delayed_awaiting_intermediate_care + delayed_awaiting_home_care + delayed_awaiting_care_home',
    { units: 'beds', doc: 'Beds occupied by patients who are medically fit but waiting for a service.' },
  )

  // Readmissions: a share of the patients discharged home or to long-term care return within
  // about 30 days. The stock tracks those who will return; they are at home meanwhile, so it is a
  // count of future readmissions, not of people in a place.
  b.aux(
    'live discharges to the community',
    'discharges_home + home_care_starts_from_hospital + care_home_admissions_from_hospital + intermediate_care_patients_sent_home + home_care_patients_sent_home_to_wait + care_home_patients_sent_home_to_wait',
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
