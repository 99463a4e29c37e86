// Queues for a service with limited places:
// - the placement time of each queue: how long the next person waits. It starts at the base-year
//   value (observed waits) and grows with how busy the service is, as a queue's wait does
//   (Kingman's u/(1-u)), never below the minimum time to arrange a move;
// - an intake limit: a service cannot take more people than leave it plus its free places filled
//   over a few weeks, so when it is full its queues are rationed: in proportion, or in order
//   (councils serve hospital discharges first, then people waiting at home).
// How busy a service is: for home care and care homes, whose clients stay for years, the share of
// places in use. Intermediate care episodes last a month, so its occupancy answers within days to
// its own admissions, and a wait read from it throttles those admissions faster than the model's
// step can follow (a stiff loop that chattered when the service was full). Its wait follows its
// offered load instead: the places the people referred to it would fill.
import type { CareModelBuilder } from './builder'

/**
 * Adds `<service> offered load`: the share of places that current referrals would fill at
 * base-year rates, anchored at the base-year utilisation. Returns its equation name.
 */
export function addOfferedLoad(
  b: CareModelBuilder,
  service: string,
  options: {
    referrals: string
    capacity: string
    /** Referrals per place in the area's base year (from its figures, not the run's first step). */
    perPlaceAtStart: string
    utilisationAtStart: string
  },
): string {
  const perPlace = `(${options.referrals}) / ${options.capacity}`
  // Services see their referrals over a couple of weeks, not day by day.
  b.aux(
    `${service} offered load`,
    `SMTH1(${options.utilisationAtStart} * ${perPlace} / (${options.perPlaceAtStart}), vacancy_fill_time)`,
    {
      units: 'dimensionless',
      doc: `Share of ${service} places the people referred to it would fill: its base-year utilisation, moved by referrals per place since.`,
    },
  )
  return `${service.replaceAll(' ', '_')}_offered_load`
}

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

/** One queue feeding a service: the moves its wait gives, and the most it can supply. */
export interface ServiceQueue {
  /** Moves a year the queue's placement time gives (its stock over its wait). */
  desired: string
  /** The most the queue can supply a year to fill empty places (needed with an offered load). */
  supply?: string
}

/**
 * Adds the intake of a service fed by several queues and returns each queue's flow into it.
 * A full service rations: it takes no more than leavers replaced plus free places filled over the
 * vacancy fill time, shared in proportion to what each queue wants. Given `offeredLoad`, a service
 * whose places stand empty while its referrals would fill them also fills them from the queues
 * over the vacancy fill time (a wait read from the load alone would leave them empty).
 */
export function addIntake(
  b: CareModelBuilder,
  service: string,
  options: {
    clients: string
    capacity: string
    exits: string
    offeredLoad?: string
    queues: ServiceQueue[]
    /** Serve the queues in order, each from what the ones before leave (councils: hospital first). */
    inOrder?: boolean
  },
): string[] {
  const key = service.replaceAll(' ', '_')
  const { clients, capacity, exits, offeredLoad, queues, inOrder } = options
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
  if (!offeredLoad) return queues.map((q) => `${q.desired} * ${key}_intake_ratio`)

  // Places come free as clients leave and are refilled over the vacancy fill time; beyond those,
  // places standing empty while the referrals would fill them are filled from the queues.
  const supply = (q: ServiceQueue) => q.supply ?? '0'
  const headroom = (q: ServiceQueue) => `MAX(0, ${supply(q)} - ${q.desired})`
  b.aux(
    `${service} intake to fill empty places`,
    `MAX(0, (MIN(1, ${offeredLoad}) * ${capacity} - ${clients}) / vacancy_fill_time)`,
    {
      units: 'people per year',
      doc: `People ${service} takes on a year to fill places its referrals would fill but that stand empty.`,
    },
  )
  b.aux(
    `${service} extra intake`,
    `MAX(0, MIN(${key}_intake_limit, ${key}_intake_to_fill_empty_places, ${queues.map(supply).join(' + ')}) - ${key}_wanted_intake)`,
    {
      units: 'people per year',
      doc: `People ${service} takes from its queues a year beyond what their waits give, to fill empty places.`,
    },
  )
  b.aux(`${service} queue headroom`, queues.map(headroom).join(' + '), {
    units: 'people per year',
    doc: 'How much more the queues could supply than their waits give: shares out the extra intake.',
  })
  return queues.map(
    (q) =>
      `${q.desired} * ${key}_intake_ratio + XIDZ(${key}_extra_intake * ${headroom(q)}, ${key}_queue_headroom, 0)`,
  )
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
