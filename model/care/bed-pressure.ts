// Bed pressure: how staff act on a full (or emptier) hospital. How full it is, and the risk of a
// full day, are in bed-overflow.ts. Staff respond to occupancy as they perceive it against the
// area's base-year occupancy: early discharge and readmission, cancelled electives and, when beds
// are freer than they were, a lower threshold to admit. The base year is the area's own (its
// figures, `bed occupancy at start`), so beds set by a lever from the first year are a change staff
// respond to, not a new normal.
import type { CareModelBuilder } from './builder'
import { NORMAL_LOSS, NORMAL_UPPER_TAIL, WAITING_TIME_FACTOR } from './normal-tables'
import { BEHAVIOUR_PARAMETERS } from './parameters/behaviour'
import { cite } from './sources'

export function addBedPressure(b: CareModelBuilder): void {
  for (const parameter of BEHAVIOUR_PARAMETERS) b.parameter(parameter)
  b.graphical('normal upper tail', NORMAL_UPPER_TAIL, {
    units: 'dimensionless',
    doc: 'P(Z > z) for a standard normal Z.',
    sources: [],
  })
  b.graphical('normal loss', NORMAL_LOSS, {
    units: 'dimensionless',
    doc: 'Expected excess of a standard normal over z, for z >= 0 (L(-z) = z + L(z) gives the rest).',
    sources: [],
  })
  b.graphical('waiting time factor', WAITING_TIME_FACTOR, {
    units: 'dimensionless',
    doc: 'Queueing delay as a function of a service’s utilisation: u/(1-u) (Kingman), steep past full.',
    sources: cite('kingman1961'),
  })

  // Staff act on the pressure they have seen over the last week or two (bed meetings, escalation
  // calls), not on today's count alone. Occupancy as KH03 counts it, never above 1: the measure
  // Friebel's effect was estimated on, and one that stays meaningful however short of beds.
  // Perception starts from the base year, as staff knew it.
  b.aux(
    'perceived bed occupancy',
    'SMTH1(bed_occupancy, bed_pressure_perception_time, bed_occupancy_at_start)',
    { units: 'dimensionless' },
  )
  b.aux(
    'perceived bed pressure',
    'SMTH1(bed_shortage_risk, bed_pressure_perception_time, bed_shortage_risk_at_start)',
    {
      units: 'dimensionless',
      doc: 'The bed shortage risk as managers and clinicians perceive it: recent days, smoothed.',
    },
  )
  // Friebel 2019: each point of occupancy above normal raises the daily discharge rate by about
  // half a percent, so stays shorten as the hospital fills and lengthen as it empties.
  b.aux(
    'early discharge multiplier',
    'MIN(1.2, MAX(0.7, 1 - early_discharge_strength * (perceived_bed_occupancy - bed_occupancy_at_start)))',
    {
      units: 'dimensionless',
      doc: 'Medically active stays relative to the base year: shorter when beds are scarcer than they were.',
    },
  )
  b.aux(
    'readmission probability',
    'readmission_probability_at_start * MAX(0, 1 + readmission_sensitivity_to_early_discharge * (1 - early_discharge_multiplier))',
    { units: 'dimensionless' },
  )
  // Roemer's law: beds freed are filled. When occupancy falls below its base-year level, doctors
  // admit people they would have sent home, and more of the elective waiting list is treated.
  b.aux('free bed gap', 'bed_occupancy_at_start - perceived_bed_occupancy', {
    units: 'dimensionless',
    doc: 'Fall in perceived occupancy since the base year (negative when fuller).',
  })
  // Only the freeing of beds moves the threshold: emergencies still come in when the hospital is
  // fuller than it was, which is what early discharge, cancellations and surge beds absorb.
  b.aux('admission threshold effect', '1 + free_bed_admission_effect * MAX(0, free_bed_gap)', {
    units: 'dimensionless',
    doc: 'Emergency admissions relative to the base year from the hospital’s own pressure: more when beds are free.',
  })
  b.aux(
    'elective fill admissions',
    'elective_fill_share * MAX(0, free_bed_gap) * available_beds / elective_length_of_stay',
    {
      units: 'admissions per year',
      doc: 'Extra elective admissions from the waiting list that use beds freed since the base year.',
    },
  )
  b.aux(
    'elective cancellation share',
    'MIN(1, elective_cancellation_on_full_days * perceived_bed_pressure)',
    {
      units: 'dimensionless',
    },
  )
}
