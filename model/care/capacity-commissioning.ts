// Capacity follows funding with a commissioning delay: each service's capacity moves towards what
// its funding buys at current unit costs, so a shift of money shows up in capacity months later,
// and beds paid for by a shift close only after a closure delay (the double running).
import type { CareModelBuilder } from './builder'

function adjustingCapacity(
  b: CareModelBuilder,
  stock: string,
  initial: string,
  target: string,
  delay: string,
  doc: string,
  units: string,
  /** The most the stock can reach now, whatever the plan says (equation text). */
  reachable?: string,
): void {
  const change = `${stock} change`
  const stockName = stock.replaceAll(' ', '_')
  b.stock(stock, initial, { inflows: [change] }, { units, doc })
  // Commissioning is a pipeline (decide, contract, recruit): the target is passed through a
  // third-order smooth, so capacity responds in an S-shape, months after the money moves. The
  // pipeline starts holding the capacity already there, so funding changed from the first day
  // still takes the whole delay to show (started at the new target, it would take a quarter).
  const planned = `SMTH3(${target}, 0.75 * ${delay}, ${initial})`
  const goal = reachable ? `MIN(${planned}, ${reachable})` : planned
  b.flow(change, `(${goal} - ${stockName}) / (0.25 * ${delay})`, {
    units: `${units} per year`,
    doc: `Commissioning (positive) or decommissioning (negative) of ${stock}; mean lag ${delay.replaceAll('_', ' ')}.`,
  })
}

export function addCapacityCommissioning(b: CareModelBuilder): void {
  b.parameter({
    name: 'acute beds',
    value: 880,
    units: 'beds',
    doc: 'General and acute beds funded in the base year; the bed base then grows with the health budget.',
    sources: [
      {
        title: 'Bed Availability and Occupancy, KH03 (NHS England)',
        year: 2024,
        table:
          'About 101,500 general and acute beds available in England, 2023-24; scaled to 500,000 residents',
      },
    ],
    range: [400, 1500],
  })

  adjustingCapacity(
    b,
    'funded bed base',
    'acute_beds',
    'acute_funding_before_shift / bed_year_cost',
    'bed_planning_delay',
    'General and acute beds the acute budget pays for, before any shift to the community.',
    'beds',
  )
  // A ward can close only when its patients are gone: closures for the shift go as far as demand
  // has fallen, and wait while the hospital is fuller than the ceiling (closed beds are not
  // reopened: beyond them, the hospital escalates). Until they close, their money is not free.
  b.aux(
    'beds free to close',
    'MAX(0, available_beds * (1 - perceived_bed_occupancy / bed_closure_occupancy_ceiling))',
    {
      units: 'beds',
      doc: 'Open beds that could close with occupancy staying at or below the closure ceiling.',
    },
  )
  adjustingCapacity(
    b,
    'beds closed for the shift',
    '0',
    'beds_released_by_shift',
    'bed_closure_delay',
    'Beds closed so their money can pay for community services.',
    'beds',
    'beds_closed_for_the_shift + beds_free_to_close',
  )
  b.aux('available beds', 'funded_bed_base - beds_closed_for_the_shift', {
    units: 'beds',
    doc: 'General and acute beds open.',
  })

  adjustingCapacity(
    b,
    'intermediate care capacity',
    'intermediate_care_clients / intermediate_care_utilisation_at_start',
    'intermediate_care_funding / intermediate_care_place_year_cost',
    'intermediate_care_commissioning_delay',
    'Intermediate care places (beds and home-based slots).',
    'places',
  )
  // Home care and care homes are paid for by use; commissioners fund enough capacity to keep the
  // base-year slack, so funding buys capacity at the base-year utilisation.
  adjustingCapacity(
    b,
    'home care capacity',
    'home_care_clients / home_care_utilisation_at_start',
    'home_care_funding / (home_care_client_year_cost * home_care_utilisation_at_start)',
    'home_care_commissioning_delay',
    'Home care clients the commissioned care workforce can serve.',
    'clients',
  )
  adjustingCapacity(
    b,
    'care home places',
    'care_home_residents / care_home_occupancy_at_start',
    'care_home_funding / (care_home_place_year_cost * publicly_funded_share_of_care_home_residents * care_home_occupancy_at_start)',
    'care_home_commissioning_delay',
    'Care home places in the area (publicly and self funded).',
    'places',
  )
}
