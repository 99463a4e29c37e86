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
  const routes: Array<[service: string, share: string, delayShare: string]> = [
    ['home care', 'share_discharged_with_home_care', 'delay_share_awaiting_home_care'],
    ['care home', 'share_discharged_to_care_home', 'delay_share_awaiting_care_home'],
  ]
  for (const [service, share, delayShare] of routes) {
    b.aux(
      `referrals to ${service} at start`,
      `medically_fit_at_start * INIT(SUM(expected_admission_mix[*] * ${share}[*]))`,
      {
        units: 'patients per year',
        doc: `Medically fit patients referred to ${service} a year in the base year.`,
      },
    )
    b.aux(`delayed awaiting ${service} at start`, `delayed_discharge_beds_at_start * ${delayShare}`, {
      units: 'patients',
    })
    const key = service.replaceAll(' ', '_')
    b.aux(
      `${service} from hospital at start`,
      `referrals_to_${key}_at_start - delayed_awaiting_${key}_at_start / alternative_discharge_time`,
      {
        units: 'people per year',
        doc: `Patients moving from hospital to ${service} a year in the base year (referrals less those sent home to wait).`,
      },
    )
  }
  b.aux(
    'delayed awaiting intermediate care at start',
    'delayed_discharge_beds_at_start * delay_share_awaiting_intermediate_care',
    {
      units: 'patients',
    },
  )
  b.aux(
    'referrals to intermediate care at start',
    'medically_fit_at_start * intermediate_care_route_share_at_start',
    {
      units: 'patients per year',
    },
  )
  b.aux(
    'intermediate care clients at start',
    '(step_down_admissions_at_start + step_up_admissions_at_start) * intermediate_care_length_of_stay',
    { units: 'people', doc: 'People in intermediate care on an average base-year day.' },
  )
  b.aux(
    'intermediate care places at start',
    'intermediate_care_clients_at_start / intermediate_care_utilisation_at_start',
    {
      units: 'places',
    },
  )
}
