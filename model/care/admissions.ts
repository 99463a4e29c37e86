// Emergency admissions: each band and health state has its own admission rate; the area total is
// calibrated to the base year. Admissions fall with prevention and with step-up intermediate care
// (people cared for at home instead), rise with unmet social care need, and drift with the
// hospital's own pressure (free beds lower the threshold to admit).
import type { CareModelBuilder } from './builder'
import { BANDS, OLDER_BANDS } from './dimensions'
import { HOSPITAL_ARRAY_PARAMETERS, HOSPITAL_PARAMETERS } from './parameters/hospital'

export function addAdmissions(b: CareModelBuilder): void {
  for (const parameter of HOSPITAL_PARAMETERS) b.parameter(parameter)
  for (const parameter of HOSPITAL_ARRAY_PARAMETERS) b.arrayParameter(parameter)

  b.aux('admission normaliser', 'SUM(health_state_share_at_start[band, *] * admission_risk_ratio[*])', {
    dimensions: ['band'],
    units: 'dimensionless',
  })
  b.aux(
    'admission rate',
    'emergency_admission_rate_by_band[band] * admission_risk_ratio[state] / admission_normaliser[band]',
    {
      dimensions: ['band', 'state'],
      units: 'admissions per person per year',
      doc: 'Emergency admission rate by age band and health state before the area calibration.',
    },
  )
  b.aux('older band', '', {
    dimensions: ['band'],
    elements: Object.fromEntries(BANDS.map((band) => [band, OLDER_BANDS.includes(band) ? '1' : '0'])),
    units: 'dimensionless',
    doc: '1 for the bands aged 65 and over.',
  })
  // Admissions the population would generate at base-year rates, before any intervention: the
  // quantity the calibration scales to the area's observed total.
  b.aux('expected admissions', 'SUM(INIT(people[band, *]) * admission_rate[band, *])', {
    dimensions: ['band'],
    units: 'admissions per year',
    doc: 'Base-year admissions at the unscaled rates (read once at the start: the calibration uses it).',
  })
  b.aux(
    'underlying emergency admissions',
    'admission_calibration * admission_threshold_effect * (1 - avoided_older_admissions_share * older_band[band]) * ' +
      '(people[band, no_ltc] * admission_rate[band, no_ltc] + ' +
      '(people[band, one_ltc] * admission_rate[band, one_ltc] + people[band, multimorbid] * admission_rate[band, multimorbid]) ' +
      '* (1 - prevention_admission_reduction))',
    {
      dimensions: ['band'],
      units: 'admissions per year',
      doc: 'First emergency admissions by age band after prevention and schemes outside the model, before step-up care diverts some.',
    },
  )
  b.aux(
    'admission mix',
    'XIDZ(underlying_emergency_admissions[band], SUM(underlying_emergency_admissions[*]), 0.25)',
    {
      dimensions: ['band'],
      units: 'dimensionless',
      doc: 'Age mix of people admitted; weights the hospital’s lengths of stay, deaths and discharge routes.',
    },
  )
  b.aux('admissions from unmet need', 'unmet_social_care_need_at_home * unmet_need_admission_rate', {
    units: 'admissions per year',
    doc: 'Extra emergency admissions of older people waiting for social care.',
  })
  b.aux(
    'older potential admissions',
    'SUM(underlying_emergency_admissions[*] * older_band[*]) + admissions_from_unmet_need',
    { units: 'admissions per year' },
  )
  // The base-year step-up referrals (base-year.ts) as a share of the older people's admissions the
  // population would generate at base-year rates, so that a lever set from the first day (fewer
  // admissions, say) shows in step-up care rather than being absorbed by the calibration.
  b.aux(
    'step up eligible share',
    'step_up_referrals_at_start / INIT(admission_calibration * SUM(expected_admissions[*] * older_band[*]) + unmet_need_admission_rate * unmet_need_at_start)',
    {
      units: 'dimensionless',
      doc: 'Share of older people’s would-be emergency admissions referred for step-up intermediate care (from the base year).',
    },
  )
  b.aux('step up referrals', 'step_up_eligible_share * older_potential_admissions', {
    units: 'people per year',
    doc: 'Older people in a crisis whom step-up intermediate care could look after at home instead of in hospital.',
  })
  b.aux(
    'first emergency admissions',
    'SUM(underlying_emergency_admissions[*]) + admissions_from_unmet_need - step_up_admissions',
    { units: 'admissions per year' },
  )
  b.flow('emergency admissions', 'first_emergency_admissions + readmissions', {
    units: 'admissions per year',
    doc: 'All emergency admissions, readmissions included.',
  })

  // Calibration: in the base year, admissions A = first admissions F + readmissions R, where R is
  // the readmissions of patients discharged to the community (all live discharges but those moving
  // to intermediate care) and of intermediate care clients (base-year.ts has the flows). Solving
  // for the first admissions the population must generate gives the scale of the admission rates.
  // Base-year quantities use the age mix the population implies before any intervention, so the
  // calibration does not depend on itself.
  b.aux('expected admission mix', 'expected_admissions[band] / SUM(expected_admissions[*])', {
    dimensions: ['band'],
    units: 'dimensionless',
  })
  b.aux(
    'live discharge share at start',
    'INIT(1 - SUM(expected_admission_mix[*] * in_hospital_death_share[*]))',
    {
      units: 'dimensionless',
    },
  )
  b.aux(
    'readmissions at start',
    'readmission_probability_at_start * (medically_fit_at_start - step_down_to_reablement_at_start - step_down_to_bed_based_intermediate_care_at_start) + ' +
      'intermediate_care_readmitted_share * (step_down_to_reablement_at_start + step_down_to_bed_based_intermediate_care_at_start + step_up_admissions_at_start)',
    { units: 'admissions per year' },
  )
  b.aux(
    'admission calibration',
    'INIT((emergency_admissions_at_start - readmissions_at_start - unmet_need_admission_rate * unmet_need_at_start + step_up_admissions_at_start) / SUM(expected_admissions[*]))',
    {
      units: 'dimensionless',
      doc: "Scale on the admission rates that reproduces the area's base-year emergency admissions.",
    },
  )
}
