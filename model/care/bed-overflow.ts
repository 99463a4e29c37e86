// How full the beds are, and where patients go when there are more of them than core beds.
// Patients needing a bed vary from day to day (random arrivals) and with the seasons, so a hospital
// whose average demand is below its beds is still full on some days; the chance of a full day rises
// sharply above about 85% (Bagust 1999). On full days hospitals open escalation (surge) beds, up to
// what they can staff; beyond that, admitted patients wait for a bed in the emergency department or
// a corridor. So occupied beds never exceed the beds open: the excess shows as escalation beds and
// patients waiting, as it does in the NHS sitreps. Each is the expected excess of a hospital's
// normally distributed daily demand over a capacity.
//
// The same arithmetic runs twice: on the beds open and the patients now, and on the area's
// base-year beds and patients (`... at start`), so that the hospital's base-year occupancy, the
// reference that staff behaviour is measured from, comes from the area's figures and not from a
// lever set in the first year.
import type { CareModelBuilder } from './builder'
import { expectedExcess } from './normal-tables'

interface BedsAndDemand {
  /** Core beds open (equation name). */
  beds: string
  /** Patients needing a bed (equation name). */
  demand: string
  /** Appended to every name: '' for the live hospital, ' at start' for the base year. */
  suffix: string
}

export function addBedOccupancy(b: CareModelBuilder, { beds, demand, suffix }: BedsAndDemand): void {
  const n = (name: string) => `${name}${suffix}`
  const v = (name: string) => n(name).replaceAll(' ', '_')
  const when = suffix ? ' in the base year' : ''

  b.aux(n('acute hospitals'), `MAX(1, ${beds} / beds_per_acute_hospital)`, {
    units: 'dimensionless',
    doc: `Number of acute hospitals the beds are spread over${when}.`,
  })
  b.aux(n('bed demand per hospital'), `${demand} / ${v('acute hospitals')}`, { units: 'beds' })
  b.aux(
    n('occupancy spread'),
    `SQRT(${v('bed demand per hospital')} * bed_demand_overdispersion + (seasonal_occupancy_swing * ${v('bed demand per hospital')})^2 / 2)`,
    { units: 'beds', doc: 'Standard deviation of one hospital’s daily bed demand over the days of a year.' },
  )
  b.aux(
    n('bed headroom'),
    `(${beds} / ${v('acute hospitals')} - ${v('bed demand per hospital')}) / ${v('occupancy spread')}`,
    {
      units: 'dimensionless',
      doc: 'Free core beds per hospital in standard deviations of daily demand (negative when demand exceeds them).',
    },
  )
  b.aux(n('bed shortage risk'), `normal_upper_tail(${v('bed headroom')})`, {
    units: 'dimensionless',
    doc: `Share of days on which a hospital has more patients than core beds${when}.`,
  })
  b.aux(n('escalation bed capacity'), `escalation_bed_capacity_share * ${beds}`, {
    units: 'beds',
    doc: 'Surge beds the hospitals can staff on their fullest days.',
  })
  b.aux(
    n('headroom with escalation beds'),
    `${v('bed headroom')} + ${v('escalation bed capacity')} / ${v('acute hospitals')} / ${v('occupancy spread')}`,
    {
      units: 'dimensionless',
      doc: 'Free core and escalation beds per hospital, in standard deviations of daily demand.',
    },
  )
  b.aux(
    n('patients above core beds'),
    `${v('acute hospitals')} * ${v('occupancy spread')} * ${expectedExcess(v('bed headroom'))}`,
    {
      units: 'patients',
      doc: `Average patients beyond the core beds${when}: in escalation beds or waiting for a bed.`,
    },
  )
  b.aux(
    n('patients waiting for a bed'),
    `${v('acute hospitals')} * ${v('occupancy spread')} * ${expectedExcess(v('headroom with escalation beds'))}`,
    {
      units: 'patients',
      doc: 'Average admitted patients with no bed even in escalation areas: waiting in the emergency department or a corridor.',
    },
  )
  b.aux(
    n('escalation beds'),
    `MAX(0, ${v('patients above core beds')} - ${v('patients waiting for a bed')})`,
    {
      units: 'beds',
      doc: 'Average escalation (surge) beds open and occupied.',
    },
  )
  b.aux(n('occupied beds'), `${demand} - ${v('patients waiting for a bed')}`, {
    units: 'beds',
    doc: 'General and acute beds occupied, escalation beds included: emergency (active and delayed) and elective patients in a bed.',
  })
  b.aux(n('bed occupancy'), `${v('occupied beds')} / (${beds} + ${v('escalation beds')})`, {
    units: 'dimensionless',
    doc: `Occupied share of the beds open, core and escalation (the KH03 definition)${when}; never above 1.`,
  })
}

/** The live hospital: the beds open now and the patients needing one. */
export function addBedOverflow(b: CareModelBuilder): void {
  addBedOccupancy(b, { beds: 'available_beds', demand: 'patients_needing_a_bed', suffix: '' })
}
