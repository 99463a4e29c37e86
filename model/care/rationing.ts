// How councils ration social care, in the order they follow. First, people leaving hospital:
// under discharge to assess they are placed first, before anyone waiting at home, and no
// eligibility threshold stands between them and a placement (the service intakes in
// social-care.ts serve the hospital queue first). Then people at home: when the council's spending
// runs above its budget, its eligibility threshold for new community care tightens over a budget
// cycle (as the number of people receiving council care fell by a quarter in 2009/10-2013/14 while
// spending fell 17%), and relaxes back as it underspends. Self-funders, who pay for their own care
// home place, are outside eligibility altogether: the council pays only for the publicly funded
// residents, and only their referrals are rationed.
import type { CareModelBuilder } from './builder'

export function addRationing(b: CareModelBuilder): void {
  b.stock(
    'eligibility',
    '1',
    { inflows: ['eligibility change'] },
    {
      units: 'dimensionless',
      doc: 'Share of base-year community demand that still meets the council’s eligibility threshold (1 = base-year criteria).',
    },
  )
  b.flow(
    'eligibility change',
    '(MIN(1, eligibility * XIDZ(social_care_budget, social_care_spend, 1)) - eligibility) / eligibility_adjustment_time',
    { units: 'per year' },
  )
  b.aux(
    'people excluded by eligibility',
    '(1 - eligibility) * (home_care_referral_scale * care_need_population * home_care_package_duration + care_home_referral_scale * older_care_need_population * publicly_funded_share_of_care_home_residents * care_home_length_of_stay)',
    {
      units: 'people',
      doc: 'People who would be receiving council-funded home care or a care home place under base-year criteria (a steady-state estimate).',
    },
  )
  // Everyone assessed as needing long-term care and not getting it: at home (where it raises
  // emergency admissions, admissions.ts) or in a hospital bed.
  b.aux(
    'unmet social care need at home',
    'people_waiting_for_home_care + people_waiting_for_a_care_home + people_excluded_by_eligibility',
    {
      units: 'people',
      doc: 'People at home assessed as needing long-term care and waiting for it, plus people no longer eligible who would have been.',
    },
  )
  b.aux(
    'unmet social care need',
    'unmet_social_care_need_at_home + delayed_awaiting_home_care + delayed_awaiting_care_home',
    {
      units: 'people',
      doc: 'People assessed as needing long-term care and waiting for it, at home or in a hospital bed, plus people no longer eligible who would have been.',
    },
  )

  // Who pays for each care home resident: publicly funded residents arrive as the council's share of
  // admissions (all of those from hospital at the base-year share; from home, the council-funded
  // referrals within eligibility) and stay as long as any resident.
  b.aux(
    'publicly funded share of community care home referrals',
    'XIDZ(publicly_funded_share_of_care_home_residents * eligibility, publicly_funded_share_of_care_home_residents * eligibility + 1 - publicly_funded_share_of_care_home_residents, 0)',
    { units: 'dimensionless' },
  )
  b.flow(
    'publicly funded care home admissions',
    'care_home_admissions_from_hospital * publicly_funded_share_of_care_home_residents + care_home_admissions_from_community * publicly_funded_share_of_community_care_home_referrals',
    { units: 'people per year' },
  )
  b.flow(
    'publicly funded care home leavers',
    'publicly_funded_care_home_residents / care_home_length_of_stay',
    { units: 'people per year' },
  )
  b.stock(
    'publicly funded care home residents',
    'care_home_residents_at_start * publicly_funded_share_of_care_home_residents',
    { inflows: ['publicly funded care home admissions'], outflows: ['publicly funded care home leavers'] },
    { units: 'people', doc: 'Care home residents whose place the council (or NHS) pays for.' },
  )
}
