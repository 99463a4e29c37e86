// Prevention and chronic condition management: spending that, after a delay of years, cuts the
// emergency bed days of people with long-term conditions, with diminishing returns, up to what
// integrated case management achieved in a trial (Bernabei 1998: 31% fewer admissions to hospital
// or a nursing home). The cut comes as fewer admissions and shorter stays (Reilly 2011 saw both).
import type { CareModelBuilder } from './builder'
import { byState } from './dimensions'

export function addPrevention(b: CareModelBuilder): void {
  b.aux('prevention spend in effect', 'SMTH3(prevention_spend, prevention_effect_delay, 0)', {
    units: 'GBP per year',
    doc: 'Prevention spending as it shows in health: a third-order delay of the spending itself.',
  })
  b.aux('has long term condition', '', {
    dimensions: ['state'],
    elements: byState((state) => (state === 'no_ltc' ? '0' : '1')),
    units: 'dimensionless',
    doc: '1 for the health states with at least one long-term condition: the people prevention reaches.',
  })
  b.aux(
    'admissions of people with conditions at start',
    'INIT(admission_calibration * SUM(people[*, *] * admission_rate[*, *] * has_long_term_condition[*]))',
    { units: 'admissions per year' },
  )
  // Small programmes avoid one admission's worth of bed days per `prevention cost per avoided
  // admission`; larger ones approach the most that prevention can reach.
  b.aux(
    'prevention bed day reduction',
    'maximum_prevention_bed_day_reduction * (1 - EXP(-prevention_spend_in_effect / (prevention_cost_per_avoided_admission * maximum_prevention_bed_day_reduction * admissions_of_people_with_conditions_at_start)))',
    {
      units: 'dimensionless',
      doc: 'Share of the emergency bed days of people with long-term conditions that prevention avoids.',
    },
  )
  b.aux(
    'prevention admission reduction',
    '1 - (1 - prevention_bed_day_reduction) ^ (1 - prevention_stay_share)',
    {
      units: 'dimensionless',
      doc: 'Share of the emergency admissions of people with long-term conditions avoided by prevention.',
    },
  )
  b.aux('prevention stay reduction', '1 - (1 - prevention_bed_day_reduction) ^ prevention_stay_share', {
    units: 'dimensionless',
    doc: 'How much shorter the emergency stays of people with long-term conditions are under chronic condition management.',
  })
}

/** Prevention's reach into the hospital: shorter stays for people with conditions, and their admissions. */
export function addPreventionInHospital(b: CareModelBuilder): void {
  b.aux(
    'share of admissions with conditions at start',
    'admissions_of_people_with_conditions_at_start / INIT(admission_calibration * SUM(expected_admissions[*]))',
    { units: 'dimensionless' },
  )
  b.aux(
    'prevention stay multiplier',
    '1 - prevention_stay_reduction * share_of_admissions_with_conditions_at_start',
    {
      units: 'dimensionless',
      doc: 'Medically active stays relative to no prevention: people with conditions under chronic condition management stay a little less long.',
    },
  )
  b.aux(
    'emergency admissions of people with conditions',
    'admission_calibration * admission_threshold_effect * SUM((people[*, one_ltc] * admission_rate[*, one_ltc] + people[*, multimorbid] * admission_rate[*, multimorbid]) * (1 - avoided_older_admissions_share * older_band[*])) * (1 - prevention_admission_reduction)',
    {
      units: 'admissions per year',
      doc: 'First emergency admissions of people with one or more long-term conditions (before step-up care), after prevention.',
    },
  )
  b.aux(
    'emergency bed days of people with conditions',
    '365 * emergency_admissions_of_people_with_conditions * active_length_of_stay_scale * SUM(admission_mix[*] * active_length_of_stay_ratio[*]) * early_discharge_multiplier * (1 - prevention_stay_reduction)',
    {
      units: 'days per year',
      doc: 'Medically active bed days a year of the first emergency admissions of people with long-term conditions: what chronic condition management acts on.',
    },
  )
}
