// Capacity follows funding with a commissioning delay: each service's capacity moves towards what
// its budget buys at current unit costs, so a shift of money or a new price shows up in capacity
// months later, and beds paid for by a shift close only after a closure delay (the double running).
// Each capacity starts at what the area had in the base year; the bed base starts at the beds the
// `acute beds` lever funds (a capacity lever: the beds are open from the year it is set).
import type { CareModelBuilder } from './builder'
import { BED_LEVER } from './parameters/base-year'
import { addPlannedGrowth, type FundingTrend } from './planned-growth'

interface Capacity {
  stock: string
  initial: string
  /** What the funding buys now (equation text). */
  target: string
  delay: string
  doc: string
  units: string
  /** The funding trend the capacity keeps pace with; only changes beyond it take the lag. */
  trend?: FundingTrend
  /** The most the stock can reach now, whatever the plan says (equation text). */
  reachable?: string
}

function adjustingCapacity(b: CareModelBuilder, capacity: Capacity): void {
  const { stock, initial, target, delay, doc, units, trend, reachable } = capacity
  const change = `${stock} change`
  const stockName = stock.replaceAll(' ', '_')
  b.stock(stock, initial, { inflows: [change] }, { units, doc })
  // Commissioning is a pipeline (decide, contract, recruit): the target is passed through a
  // third-order smooth, so capacity responds in an S-shape, months after the money moves. The
  // pipeline starts holding the capacity already there, so funding changed from the first day
  // still takes the whole delay to show (started at the new target, it would take a quarter).
  // The trend everyone can see coming (population projections, planned growth) is not waited for:
  // the pipeline carries the target relative to that trend, and capacity grows with the trend as
  // it goes. So an area growing for years starts on its trend, not flat (flat, it fell behind its
  // funding by the growth over the lag, a year's worth for beds, and occupancy jumped in 2024).
  const planned = trend
    ? `${trend.index} * SMTH3((${target}) / ${trend.index}, 0.75 * ${delay}, ${initial})`
    : `SMTH3(${target}, 0.75 * ${delay}, ${initial})`
  const goal = reachable ? `MIN(${planned}, ${reachable})` : planned
  const keepingPace = trend ? ` + ${stockName} * ${trend.growth}` : ''
  // No service can be more than doubled in a year, however much money arrives: staff have to be
  // recruited and trained, premises found, contracts let. Only the extremes of a lever meet this
  // (40% of Scotland's acute funding moved at once would multiply intermediate care by five). Bed
  // closures, which start from none, are paced by their own rule.
  const adjusting = `(${goal} - ${stockName}) / (0.25 * ${delay})${keepingPace}`
  const paced = trend ? `MIN(${adjusting}, ${stockName} * largest_yearly_capacity_growth)` : adjusting
  b.flow(change, paced, {
    units: `${units} per year`,
    doc: `Commissioning (positive) or decommissioning (negative) of ${stock}; mean lag ${delay.replaceAll('_', ' ')}.`,
  })
}

export function addCapacityCommissioning(b: CareModelBuilder): void {
  b.parameter(BED_LEVER)
  const trends = addPlannedGrowth(b)
  adjustingCapacity(b, {
    stock: 'funded bed base',
    initial: 'acute_beds',
    target: 'acute_bed_funding * health_funding_after_recovery / bed_year_cost',
    delay: 'bed_planning_delay',
    doc: 'General and acute beds the acute budget pays for, before any shift to the community.',
    units: 'beds',
    trend: trends.beds,
  })
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
  // Closures follow a plan, not a trend: none are planned in the base year.
  adjustingCapacity(b, {
    stock: 'beds closed for the shift',
    initial: '0',
    target: 'beds_released_by_shift',
    delay: 'bed_closure_delay',
    doc: 'Beds closed so their money can pay for community services.',
    units: 'beds',
    reachable: 'beds_closed_for_the_shift + beds_free_to_close',
  })
  b.aux('available beds', 'funded_bed_base - beds_closed_for_the_shift', {
    units: 'beds',
    doc: 'General and acute beds open.',
  })

  adjustingCapacity(b, {
    stock: 'intermediate care capacity',
    initial: 'intermediate_care_places_at_start',
    target: 'intermediate_care_funding / intermediate_care_place_year_cost',
    delay: 'intermediate_care_commissioning_delay',
    doc: 'Intermediate care places (beds and home-based slots).',
    units: 'places',
    trend: trends.intermediateCare,
  })
  // Home care and care homes are paid for by use; commissioners fund enough capacity to keep the
  // base-year slack, so funding buys capacity at the base-year utilisation.
  adjustingCapacity(b, {
    stock: 'home care capacity',
    initial: 'home_care_clients_at_start / home_care_utilisation_at_start',
    target: 'home_care_funding / (home_care_client_year_cost * home_care_utilisation_at_start)',
    delay: 'home_care_commissioning_delay',
    doc: 'Home care clients the commissioned care workforce can serve.',
    units: 'clients',
    trend: trends.homeCare,
  })
  // Care homes keep places for self-funders as well: those follow the older population's need for
  // care, whatever the council pays; the council's budget buys its own places.
  b.aux(
    'self funded care home places',
    'care_home_residents_at_start * (1 - publicly_funded_share_of_care_home_residents) / care_home_occupancy_at_start * older_care_need_population / INIT(older_care_need_population)',
    { units: 'places', doc: 'Care home places for people paying for themselves.' },
  )
  adjustingCapacity(b, {
    stock: 'care home places',
    initial: 'care_home_residents_at_start / care_home_occupancy_at_start',
    target:
      'care_home_funding / (care_home_place_year_cost * care_home_occupancy_at_start) + self_funded_care_home_places',
    delay: 'care_home_commissioning_delay',
    doc: 'Care home places in the area (publicly and self funded).',
    units: 'places',
    trend: trends.careHomes,
  })
}
