// Queues for a service with limited places. Two parts:
// - the placement time of each queue: how long the next person waits. It starts at the base-year
//   value (observed waits) and grows with the service's utilisation as a queue does (Kingman's
//   u/(1-u)), never below the minimum time to arrange a move;
// - an intake limit: a service cannot take more people than leave it plus its free places filled
//   over a few weeks, so when it is full every queue is rationed in proportion.
import type { CareModelBuilder } from './builder'

export function placementTime(options: {
  /** The waiting stock and its inflow at the start (their ratio is the base-year wait). */
  queue: string
  inflow: string
  utilisation: string
  minimum: string
}): string {
  const { queue, inflow, utilisation, minimum } = options
  const atStart = `INIT(MAX(${minimum}, XIDZ(${queue}, ${inflow}, ${minimum})))`
  return (
    `${minimum} + (${atStart} - ${minimum}) * ` +
    `waiting_time_factor(${utilisation}) / INIT(waiting_time_factor(${utilisation}))`
  )
}

/**
 * Adds `<service> intake limit` and `<service> intake ratio`: the share of the queues' desired
 * moves into the service that it can take. Returns the ratio's equation name.
 */
export function addIntakeLimit(
  b: CareModelBuilder,
  service: string,
  options: { clients: string; capacity: string; exits: string; desired: string[] },
): string {
  const key = service.replaceAll(' ', '_')
  b.aux(
    `${service} intake limit`,
    `MAX(0, ${options.exits} + (${options.capacity} - ${options.clients}) / vacancy_fill_time)`,
    {
      units: 'people per year',
      doc: `Most people ${service} can take on a year: leavers replaced, free places filled.`,
    },
  )
  b.aux(`${service} intake ratio`, `MIN(1, XIDZ(${key}_intake_limit, ${options.desired.join(' + ')}, 1))`, {
    units: 'dimensionless',
    doc: `Share of the moves into ${service} its capacity allows (1 when not full).`,
  })
  return `${key}_intake_ratio`
}
