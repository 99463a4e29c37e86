// Where patients go when there are more of them than core beds. Hospitals open escalation (surge)
// beds on their fullest days, up to what they can staff; beyond that, admitted patients wait for
// a bed in the emergency department or a corridor. So occupied beds never exceed the beds open:
// the excess shows as escalation beds and patients waiting, as it does in the NHS sitreps.
// Each is the expected excess of a hospital's normally distributed daily demand over a capacity.
import type { CareModelBuilder } from './builder'
import { expectedExcess } from './normal-tables'

export function addBedOverflow(b: CareModelBuilder): void {
  b.aux('escalation bed capacity', 'escalation_bed_capacity_share * available_beds', {
    units: 'beds',
    doc: 'Surge beds the hospitals can staff on their fullest days.',
  })
  b.aux(
    'headroom with escalation beds',
    'bed_headroom + escalation_bed_capacity / acute_hospitals / occupancy_spread',
    {
      units: 'dimensionless',
      doc: 'Free core and escalation beds per hospital, in standard deviations of daily demand.',
    },
  )
  b.aux(
    'patients above core beds',
    `acute_hospitals * occupancy_spread * ${expectedExcess('bed_headroom')}`,
    {
      units: 'patients',
      doc: 'Average patients beyond the core beds: in escalation beds or waiting for a bed.',
    },
  )
  b.aux(
    'patients waiting for a bed',
    `acute_hospitals * occupancy_spread * ${expectedExcess('headroom_with_escalation_beds')}`,
    {
      units: 'patients',
      doc: 'Average admitted patients with no bed even in escalation areas: waiting in the emergency department or a corridor.',
    },
  )
  b.aux('escalation beds', 'MAX(0, patients_above_core_beds - patients_waiting_for_a_bed)', {
    units: 'beds',
    doc: 'Average escalation (surge) beds open and occupied.',
  })
  b.aux('occupied beds', 'patients_needing_a_bed - patients_waiting_for_a_bed', {
    units: 'beds',
    doc: 'General and acute beds occupied, escalation beds included: emergency (active and delayed) and elective patients in a bed.',
  })
  b.aux('bed occupancy', 'occupied_beds / (available_beds + escalation_beds)', {
    units: 'dimensionless',
    doc: 'Occupied share of the beds open, core and escalation (the KH03 definition); never above 1.',
  })
}
