// What a health overspend leads to. NHS bodies have a statutory duty to break even: a deficit is
// carried forward and recovered from later budgets (in the two years after it is reported, four
// by exception). So an overspend adds to a deficit carried forward, and recovering it takes money
// from what the health budget buys (beds and intermediate care) over the deficit recovery time,
// up to a share of the budget a year. A deficit growing faster than that is carried forward, and
// shows as such. (Councils cannot run deficits; their consequence is tighter eligibility, in
// social-care.ts.)
import type { CareModelBuilder } from './builder'

export function addHealthDeficit(b: CareModelBuilder): void {
  b.stock(
    'health deficit carried forward',
    '0',
    { inflows: ['health overspend'], outflows: ['health deficit recovery'] },
    { units: 'GBP', doc: 'The health partner’s overspends not yet recovered from its later budgets.' },
  )
  b.flow('health overspend', 'MAX(0, -health_budget_balance)', {
    units: 'GBP per year',
    doc: 'Health spending above the money available to it a year.',
  })
  b.flow(
    'health deficit recovery',
    'MIN(health_deficit_carried_forward / deficit_recovery_time, largest_yearly_deficit_recovery * health_budget)',
    {
      units: 'GBP per year',
      doc: 'Money a year the health partner takes from what its budget buys to recover its deficit.',
    },
  )
  b.aux('health funding after recovery', '1 - XIDZ(health_deficit_recovery, health_budget, 0)', {
    units: 'dimensionless',
    doc: 'Share of the health budget left to buy beds and intermediate care while a deficit is recovered.',
  })
}
