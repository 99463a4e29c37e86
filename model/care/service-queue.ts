// The placement time of a queue for a service: how long the next person waits for a place. It
// starts at the base-year value (observed waits) and grows with the service's utilisation as a
// queue does (Kingman's u/(1-u)), never falling below the minimum time to arrange a move.
export function placementTime(options: {
  /** The waiting stock's base-year value and its inflow at the start. */
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
