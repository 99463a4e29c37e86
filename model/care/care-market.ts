// The home care market: what the council's fee pays against what an hour of care costs providers,
// and what of the commissioned care can be delivered. Delivered care is the lesser of what the
// budget buys and what the workforce can deliver (care-workforce.ts): the service takes new clients
// only into that. A fee further below the providers' cost of care than in the base year loses
// capacity, after a delay, as providers hand packages back and leave council work; the clients
// handed back wait again. (The base year's fees
// were already below what the Homecare Association prices a sustainable hour at; the market of the
// base year, with its hand-backs and re-lets, is in the base-year figures.) A fee above the base
// year's cover buys no extra capacity: the money buys fewer hours (budgets.ts).
import type { CareModelBuilder } from './builder'

export function addCareMarket(b: CareModelBuilder): void {
  b.aux(
    'cost of care per hour',
    'care_worker_pay * home_care_wage_cost_per_pound_of_pay + home_care_business_cost_per_hour',
    {
      units: 'GBP per hour',
      doc: 'What an hour of home care costs a provider now: care worker pay with travel time and on-costs, and running the business.',
    },
  )
  b.aux('home care fee', 'home_care_hourly_cost * home_care_fee_index', {
    units: 'GBP per hour',
    doc: 'The council’s fee for an hour of home care now, in base-year prices.',
  })
  b.aux('fee cover', 'home_care_fee / cost_of_care_per_hour', {
    units: 'dimensionless',
    doc: 'Share of the providers’ cost of care the council’s fee pays.',
  })
  b.aux('fee cover at start', 'home_care_hourly_cost_at_start / cost_of_care_per_hour_at_start', {
    units: 'dimensionless',
  })
  b.aux('perceived fee cover', 'SMTH1(fee_cover, provider_response_time, fee_cover_at_start)', {
    units: 'dimensionless',
    doc: 'The fee cover providers act on: a fee has to stay low for notice to be given and exits to follow.',
  })
  b.aux(
    'provider capacity factor',
    'MIN(1, (perceived_fee_cover / fee_cover_at_start) ^ provider_supply_elasticity)',
    {
      units: 'dimensionless',
      doc: 'Share of commissioned home care providers keep at the fee: less than 1 once the fee covers less of the cost than in the base year.',
    },
  )
  b.aux(
    'home care capacity available',
    'home_care_capacity * care_staffing_factor * provider_capacity_factor',
    {
      units: 'clients',
      doc: 'Home care clients that can be served: what the budget commissioned, less what the workforce cannot deliver and what providers have handed back.',
    },
  )
  b.aux('care home places available', 'care_home_places * care_staffing_factor', {
    units: 'places',
    doc: 'Care home places that can be staffed.',
  })
  // Providers leaving council work hand their clients back as they go: the share of capacity
  // leaving a year is the rate at which the provider capacity factor falls (from the perceived
  // cover's own smoothing, so no derivative is taken of anything else). Capacity lost for other
  // reasons (fewer care workers, a smaller budget) is not handed back: fewer new packages start, and
  // the caseload falls as packages end (social-care.ts).
  b.aux(
    'provider exit rate',
    'IF perceived_fee_cover < fee_cover_at_start THEN MAX(0, provider_supply_elasticity * (perceived_fee_cover - fee_cover) / (provider_response_time * perceived_fee_cover)) ELSE 0',
    {
      units: 'per year',
      doc: 'Share of commissioned home care whose providers leave council work a year, handing their packages back.',
    },
  )
  b.flow('home care packages handed back', 'home_care_clients * provider_exit_rate', {
    units: 'people per year',
    doc: 'Clients whose provider hands their package back as it leaves council work: they wait for another.',
  })

  const hours = 'home_care_hours_per_client'
  b.aux('home care hours funded', `home_care_capacity * ${hours}`, {
    units: 'clients * hours per week',
    doc: 'Hours of home care a week the budget has commissioned (capacity, slack included).',
  })
  b.aux('home care hours deliverable', `home_care_capacity_available * ${hours}`, {
    units: 'clients * hours per week',
    doc: 'Hours a week that can be delivered: the lesser of what is funded and what the workforce and providers can deliver.',
  })
  b.aux('home care hours delivered', `home_care_clients * ${hours}`, {
    units: 'clients * hours per week',
    doc: 'Hours of home care a week clients receive.',
  })
}
