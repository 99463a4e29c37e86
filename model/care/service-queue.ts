// Queues for a service with limited places:
// - the placement time of each queue: how long the next person waits. It starts at the base-year
//   value (observed waits) and grows with how busy the service is, as a queue's wait does
//   (Kingman's u/(1-u)), never below the minimum time to arrange a move;
// - an intake limit: a service cannot take more people than leave it plus its free places filled
//   over a few weeks, so when it is full its queues are rationed: in proportion, or in order
//   (councils serve hospital discharges first, then people waiting at home).
// Intermediate care, whose episodes last weeks, is a queue that fills its places: everyone waiting
// moves as soon as a place is free, the places in use settle at the share a turnover gap of a
// couple of days leaves (addFullServiceIntake), and the wait is what the queue's length makes it.
import type { CareModelBuilder } from './builder'

/**
 * Adds `<name> at start`, the base-year wait (the queue over the flow out of it, in the area's base
 * year), and `<name>`, the wait now: the base-year wait moved as the service is busier or emptier
 * than in the base year (Kingman), never below the minimum time to arrange a move.
 */
export function addPlacementTime(
  b: CareModelBuilder,
  name: string,
  options: {
    queueAtStart: string
    inflowAtStart: string
    /** How busy the service is now (its utilisation or offered load) and in the base year. */
    busy: string
    busyAtStart: string
    minimum: string
    doc: string
  },
): void {
  const { queueAtStart, inflowAtStart, busy, busyAtStart, minimum, doc } = options
  b.aux(`${name} at start`, `MAX(${minimum}, XIDZ(${queueAtStart}, ${inflowAtStart}, ${minimum}))`, {
    units: 'years',
    doc: `${doc} In the base year.`,
  })
  const atStart = `${name.replaceAll(' ', '_')}_at_start`
  b.aux(
    name,
    `${minimum} + (${atStart} - ${minimum}) * waiting_time_factor(${busy}) / waiting_time_factor(${busyAtStart})`,
    { units: 'years', doc },
  )
}

/** One queue feeding a service: the moves a year its placement time gives (its stock over its wait). */
export interface ServiceQueue {
  desired: string
}

/**
 * Adds the intake of a service fed by several queues and returns each queue's flow into it.
 * A full service rations: it takes no more than leavers replaced plus free places filled over the
 * vacancy fill time, shared in proportion to what each queue wants, or in order.
 */
export function addIntake(
  b: CareModelBuilder,
  service: string,
  options: {
    clients: string
    capacity: string
    exits: string
    queues: ServiceQueue[]
    /** Serve the queues in order, each from what the ones before leave (councils: hospital first). */
    inOrder?: boolean
  },
): string[] {
  const key = service.replaceAll(' ', '_')
  const { clients, capacity, exits, queues, inOrder } = options
  b.aux(`${service} intake limit`, `MAX(0, ${exits} + (${capacity} - ${clients}) / vacancy_fill_time)`, {
    units: 'people per year',
    doc: `Most people ${service} can take on a year: leavers replaced, free places filled.`,
  })
  b.aux(`${service} wanted intake`, queues.map((q) => q.desired).join(' + '), {
    units: 'people per year',
    doc: `Moves into ${service} a year that its queues' waits give.`,
  })
  if (inOrder) return servedInOrder(b, service, queues)
  b.aux(`${service} intake ratio`, `MIN(1, XIDZ(${key}_intake_limit, ${key}_wanted_intake, 1))`, {
    units: 'dimensionless',
    doc: `Share of the wanted moves into ${service} its capacity allows (1 when not full).`,
  })
  return queues.map((q) => `${q.desired} * ${key}_intake_ratio`)
}

/**
 * A full service takes the first queue's people first and the next queue's from what is left:
 * discharge to assess puts people leaving hospital ahead of people waiting at home.
 */
function servedInOrder(b: CareModelBuilder, service: string, queues: ServiceQueue[]): string[] {
  const key = service.replaceAll(' ', '_')
  return queues.map((queue, i) => {
    const name = `${service} intake left after queue ${i + 1}`
    const before = i === 0 ? `${key}_intake_limit` : `${key}_intake_left_after_queue_${i}`
    const served = `MIN(${queue.desired}, ${before})`
    if (i < queues.length - 1)
      b.aux(name, `MAX(0, ${before} - ${queue.desired})`, {
        units: 'people per year',
        doc: `Intake ${service} still has for later queues once queue ${i + 1} is served.`,
      })
    return served
  })
}

/**
 * Adds `<service> full occupancy` and `<service> intake limit` for a service that fills its places
 * from its queues: a full service takes on as many as leave it and refills any place beyond that
 * over the vacancy fill time, up to its full occupancy (the share of places in use when each stands
 * empty for the start time between one person and the next). Returns the limit's equation name.
 */
export function addFullServiceLimit(
  b: CareModelBuilder,
  service: string,
  options: { clients: string; capacity: string; lengthOfStay: string },
): string {
  const key = service.replaceAll(' ', '_')
  const { clients, capacity, lengthOfStay } = options
  b.aux(`${service} full occupancy`, `${lengthOfStay} / (${lengthOfStay} + intermediate_care_start_time)`, {
    units: 'dimensionless',
    doc: `Share of ${service} places in use when it is full: each place stands empty for the start time between one person and the next.`,
  })
  b.aux(
    `${service} intake limit`,
    `MAX(0, (${clients}) / ${lengthOfStay} + (${capacity} * ${key}_full_occupancy - (${clients})) / vacancy_fill_time)`,
    {
      units: 'people per year',
      doc: `Most people ${service} can take on a year: as many as leave it, and its empty places filled.`,
    },
  )
  return `${key}_intake_limit`
}

/**
 * The intake of such a service from one queue: everyone waiting moves (at the pace the queue's own
 * wait allows) while places are free, and no more than the intake limit when it is full.
 */
export function addFullServiceIntake(
  b: CareModelBuilder,
  service: string,
  options: { clients: string; capacity: string; lengthOfStay: string; wanted: string },
): string {
  const limit = addFullServiceLimit(b, service, options)
  return `MIN(${options.wanted}, ${limit})`
}
