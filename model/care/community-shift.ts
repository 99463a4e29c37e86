// The shift of money from acute beds to community services, and the pooled fund that lets health
// money buy social care. The shift is phased in as any lever is, by giving `community shift share`
// a phase-in or a time series (lever-value.ts). The share meant for intermediate care stays within
// the NHS; the share meant for home care can only move through a pooled fund, up to its size. The
// committed money goes to community services as planned; acute spend falls only as beds close,
// which they do only as demand falls. Until then both run at once (double running): a transition
// ("hump") fund pays for that up to its size, and the rest is the health partner's overspend, the
// cost a board has to plan for. Prevention spending is paid the same way: from the beds it lets close.
// With a pooled budget, social care savings pay for part of it, and fewer beds need to close.
import type { CareModelBuilder } from './builder'

export function addCommunityShift(b: CareModelBuilder): void {
  b.aux('planned shift money', 'community_shift_share * acute_funding_before_shift', {
    units: 'GBP per year',
    doc: 'Acute funding the plan moves to community services.',
  })
  b.aux('pooled fund', 'pooled_budget_share * (health_budget + social_care_budget)', {
    units: 'GBP per year',
    doc: 'Money both partners put in a pooled fund (a Section 75 agreement, an integration joint board, a single budget).',
  })
  b.aux('shift planned for home care', 'planned_shift_money * (1 - shift_to_intermediate_care_share)', {
    units: 'GBP per year',
  })
  b.aux('shift through pooled fund', 'MIN(shift_planned_for_home_care, pooled_fund)', {
    units: 'GBP per year',
    doc: 'Health money that reaches council-run home care: only as far as the pooled fund allows.',
  })
  b.aux(
    'committed shift money',
    'planned_shift_money * shift_to_intermediate_care_share + shift_through_pooled_fund',
    { units: 'GBP per year', doc: 'The part of the planned shift that can actually move.' },
  )
  // Closing a bed releases its staff and consumables, not its share of the hospital's overheads
  // (King's Fund: a night's direct cost is about 70% of its full average cost).
  b.aux('cash released per bed closed', 'bed_year_cost * bed_cost_released_share', {
    units: 'GBP per bed-year',
    doc: 'Cash a year that closing one bed releases: less than its average cost.',
  })
  // Prevention and chronic condition management are paid the same way: from the beds they empty.
  // With a pooled budget, the social care money the new services save (fewer care home placements,
  // fewer conventional packages) pays for them too, as Torbay's care trust did: the pool's share of
  // the social care underspend. What it pays, no bed has to close for.
  b.aux('social care underspend', 'MAX(0, social_care_budget - social_care_spend)', {
    units: 'GBP per year',
    doc: 'Social care budget left unspent a year.',
  })
  b.aux('pooled savings available', 'pooled_budget_share * social_care_underspend', {
    units: 'GBP per year',
    doc: 'The pooled fund’s share of the social care underspend: money the pool can put towards the shift and prevention.',
  })
  b.aux(
    'investment to release from beds',
    'MAX(0, committed_shift_money + prevention_spend - pooled_savings_available)',
    {
      units: 'GBP per year',
      doc: 'Money a year that bed closures must release: the committed shift and prevention spending, less what pooled social care savings pay.',
    },
  )
  b.aux('beds released by shift', 'investment_to_release_from_beds / cash_released_per_bed_closed', {
    units: 'beds',
    doc: 'Beds to close so the cash their closure releases pays for the committed shift and for prevention.',
  })
  b.aux('money released by bed closures', 'beds_closed_for_the_shift * cash_released_per_bed_closed', {
    units: 'GBP per year',
  })
  b.aux('community investment', 'committed_shift_money', {
    units: 'GBP per year',
    doc: 'Money going to community services under the shift, whether or not the beds it replaces have closed yet.',
  })
  b.aux(
    'pooled savings used',
    'MIN(pooled_savings_available, MAX(0, community_investment + prevention_spend - money_released_by_bed_closures))',
    {
      units: 'GBP per year',
      doc: 'Social care savings the pooled fund moves a year to pay for the shift and prevention: a transfer from the social care to the health partner.',
    },
  )
  b.aux(
    'double running cost',
    'MAX(0, community_investment + prevention_spend - money_released_by_bed_closures - pooled_savings_used)',
    {
      units: 'GBP per year',
      doc: 'Community services and prevention paid for before the beds they replace have closed, beyond what pooled social care savings pay: both run at once.',
    },
  )
  b.aux('hump fund used', 'MIN(hump_fund, double_running_cost)', {
    units: 'GBP per year',
    doc: 'Transition money paying for double running; any double running beyond it is a health overspend.',
  })
  b.aux(
    'investment in intermediate care',
    'community_investment * XIDZ(planned_shift_money * shift_to_intermediate_care_share, committed_shift_money, shift_to_intermediate_care_share)',
    { units: 'GBP per year' },
  )
  b.aux('investment in home care', 'community_investment - investment_in_intermediate_care', {
    units: 'GBP per year',
  })
}
