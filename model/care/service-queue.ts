// Queues for a service with limited places:
// - the placement time of each queue: how long the next person waits. It starts at the base-year
//   value (observed waits) and grows with how busy the service is, as a queue's wait does
//   (Kingman's u/(1-u)), never below the minimum time to arrange a move;
// - an intake limit: a service cannot take more people than leave it plus its free places filled
//   over a few weeks, so when it is full every queue is rationed in proportion.
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
    /** The base-year referrals, unaffected by levers set from the first day (defaults to `referrals`). */
    referralsAtStart?: string
    capacity: string
    utilisationAtStart: string
  },
): string {
  const perPlace = `(${options.referrals}) / ${options.capacity}`
  const atStart = `INIT((${options.referralsAtStart ?? options.referrals}) / ${options.capacity})`
  // Services see their referrals over a couple of weeks, not day by day.
  b.aux(
    `${service} offered load`,
    `SMTH1(${options.utilisationAtStart} * ${perPlace} / ${atStart}, vacancy_fill_time)`,
    {
      units: 'dimensionless',
      doc: `Share of ${service} places the people referred to it would fill: its base-year utilisation, moved by referrals per place since.`,
    },
  )
  return `${service.replaceAll(' ', '_')}_offered_load`
}

export function placementTime(options: {
  /** The waiting stock and its inflow at the start (their ratio is the base-year wait). */
  queue: string
  inflow: string
  /** How busy the service is: its utilisation or its offered load. */
  busy: string
  minimum: string
}): string {
  const { queue, inflow, busy, minimum } = options
  const atStart = `INIT(MAX(${minimum}, XIDZ(${queue}, ${inflow}, ${minimum})))`
  return (
    `${minimum} + (${atStart} - ${minimum}) * ` +
    `waiting_time_factor(${busy}) / INIT(waiting_time_factor(${busy}))`
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
  options: { clients: string; capacity: string; exits: string; offeredLoad?: string; queues: ServiceQueue[] },
): string[] {
  const key = service.replaceAll(' ', '_')
  const { clients, capacity, exits, offeredLoad, queues } = options
  b.aux(`${service} intake limit`, `MAX(0, ${exits} + (${capacity} - ${clients}) / vacancy_fill_time)`, {
    units: 'people per year',
    doc: `Most people ${service} can take on a year: leavers replaced, free places filled.`,
  })
  b.aux(`${service} wanted intake`, queues.map((q) => q.desired).join(' + '), {
    units: 'people per year',
    doc: `Moves into ${service} a year that its queues' waits give.`,
  })
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
