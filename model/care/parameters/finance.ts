// Money defaults: how budgets grow, commissioning delays, what closing a bed releases, how a
// health deficit is recovered, and prices against general inflation. The unit costs and their base-year facts are in base-year.ts; the
// levers themselves are described in levers.ts.
import type { ParameterDefinition } from '../builder'
import { cite } from '../sources'

export const FUNDING_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'health funding growth above demography',
    value: 0,
    units: 'per year',
    doc: 'Yearly growth of what the health budget buys beyond keeping pace with the ageing population (0: services grow with demographic demand).',
    sources: cite('ifsNhsSpending', 'assumption'),
    range: [-0.03, 0.03],
    derivation: 'Assumption: the baseline buys what demography needs and no more; range ±3% a year.',
  },
  {
    name: 'social care funding growth above demography',
    value: 0,
    units: 'per year',
    doc: 'Yearly growth of what the social care budget buys beyond keeping pace with the ageing population.',
    sources: cite('auditScotland2014', 'assumption'),
    range: [-0.03, 0.03],
    derivation: 'Assumption: the baseline buys what demography needs and no more; range ±3% a year.',
  },
  {
    name: 'NHS share of intermediate care funding',
    value: 0.7,
    units: 'dimensionless',
    doc: 'Share of intermediate care paid by the health partner; councils pay the rest (mostly reablement).',
    sources: cite('naic2017', 'assumption'),
    range: [0.5, 0.9],
    derivation:
      'Not checked: the NAIC funding split is not reachable; bed-based and home-based intermediate care are mostly NHS-funded, reablement mostly council-funded. 0.7, range 0.5 to 0.9.',
  },
  {
    name: 'bed planning delay',
    value: 1,
    units: 'years',
    doc: 'Time for the bed base to follow a change in acute funding (staffing up or closing wards).',
    sources: cite('assumption'),
    range: [0.5, 2],
    derivation:
      'Assumption: about a year from a budget change to beds opened or closed; range half a year to two.',
  },
  {
    name: 'largest yearly capacity growth',
    value: 1,
    units: 'per year',
    doc: 'Fastest a service’s capacity can grow, as a share of itself a year (1: it can double in about a year): staff recruited and trained, premises found, contracts let.',
    sources: cite('assumption'),
    range: [0.5, 2],
    derivation:
      'Assumption: staff, premises and contracts limit growth to about a doubling a year; range 0.5 to 2.',
  },
  {
    name: 'bed closure delay',
    value: 1,
    units: 'years',
    doc: 'Time to close the beds a shift of money to the community pays for (consultation, redeploying staff).',
    sources: cite('ham2010', 'assumption'),
    range: [0.5, 3],
    derivation:
      'Assumption: Torbay closed beds over ten years (Ham 2010); a year from spare capacity to a closure, range half a year to three.',
  },
  {
    name: 'bed closure occupancy ceiling',
    value: 0.92,
    units: 'dimensionless',
    doc: 'Highest bed occupancy at which commissioners still close beds for a shift: beds close only as far as demand has fallen, and closures wait while the hospital is fuller than this.',
    sources: cite('nhsPlanning2023', 'nhsPlanning2020', 'ham2010'),
    range: [0.85, 0.95],
    checked: true,
    derivation:
      'NHS planning guidance asked for adult general and acute occupancy of 92% at most (2023/24; also 2020/21, which added that bed numbers should stop falling); in Torbay occupied beds fell as emergency use fell (Ham 2010). We read 92% as the point above which no manager closes a ward.',
  },
  {
    name: 'intermediate care commissioning delay',
    value: 0.5,
    units: 'years',
    doc: 'Time for intermediate care capacity to follow its funding: recruiting therapists and carers.',
    sources: cite('naic2017', 'assumption'),
    range: [0.25, 1.5],
    derivation: 'Assumption: half a year to commission new places; range a quarter to one and a half years.',
  },
  {
    name: 'home care commissioning delay',
    value: 0.5,
    units: 'years',
    doc: 'Time for home care capacity to follow its funding: contracts and care worker recruitment.',
    sources: cite('homecareAssociation2024', 'assumption'),
    range: [0.25, 1.5],
    derivation:
      'Assumption: half a year to commission new home care; range a quarter to one and a half years.',
  },
  {
    name: 'care home commissioning delay',
    value: 1,
    units: 'years',
    doc: 'Time for care home places to follow funding: block contracts and new homes.',
    sources: cite('assumption'),
    range: [0.5, 3],
    derivation: 'Assumption: a year for new care home places; range half a year to three.',
  },
  {
    name: 'prevention effect delay',
    value: 2,
    units: 'years',
    doc: 'Average time before prevention spending shows in fewer admissions (third-order delay).',
    sources: cite('purdy2012', 'assumption'),
    range: [0.5, 5],
    derivation:
      'Assumption: chronic condition management takes effect over years (Purdy 2012 not read); two years, range half a year to five.',
  },
  {
    name: 'prevention cost per avoided admission',
    value: 5_000,
    units: 'GBP per admission',
    doc: 'Prevention and chronic condition management spending a year that avoids the emergency bed days of one admission of a person with a long-term condition, at small scale.',
    sources: cite('purdy2012', 'bernabei1998', 'assumption'),
    range: [3_000, 20_000],
    derivation:
      'Assumption: no published cost per avoided admission; Bernabei (1998) saved about £1,125 a person-year of follow-up. £5,000, range £3,000 to £20,000.',
  },
  {
    name: 'maximum prevention bed day reduction',
    value: 0.31,
    units: 'dimensionless',
    doc: 'Largest share of the emergency bed days of people with long-term conditions that prevention and chronic condition management can avoid, however much is spent: the trial effect, were everyone with a condition reached.',
    sources: cite('bernabei1998'),
    range: [0.09, 0.47],
    checked: true,
    derivation:
      'Bernabei 1998 (200 frail older people, Rovereto, 1 year): with integrated care and case management "admission to hospital or nursing home ... occurred later and was less common than in controls (hazard ratio 0.69; 95% confidence interval 0.53 to 0.91)": 31% fewer (9% to 47%). Taken as the most the bed days of people managed can fall.',
  },
  {
    name: 'prevention stay share',
    value: 0.25,
    units: 'dimensionless',
    doc: 'Share of prevention’s cut in bed days that comes from shorter stays rather than fewer admissions (0.25: of a 31% cut, 24% fewer admissions and 9% shorter stays).',
    sources: cite('reilly2011', 'assumption'),
    range: [0, 0.5],
    derivation:
      'Reilly et al. 2011 (case management for long-term conditions in 10 English primary care trusts, 867 patients): "Mean emergency admissions and associated length of stay (LOS) for patients reduced significantly in the nine months after the service entry". How the cut divides between the two is our assumption.',
  },
  {
    name: 'bed cost released share',
    value: 0.7,
    units: 'dimensionless',
    doc: 'Share of a bed’s full average cost that closing it releases in cash: staff and consumables go, most overheads (buildings, management, support services) stay.',
    sources: cite('nhsCostCollection', 'kingsFundDelayCost2023', 'assumption'),
    range: [0.5, 0.9],
    derivation:
      'The King’s Fund put the direct cost of a night in hospital (staff time and the overheads of the stay) at about £395 in 2022/23 against NHS England’s full average cost of about £562 a night: about 0.7. The two figures are from different years and methods, so the share is an assumption with a wide range.',
  },
  {
    name: 'deficit recovery time',
    value: 3,
    units: 'years',
    doc: 'Years over which the health partner recovers an overspend from its later budgets.',
    sources: cite('hansardBreakeven2007', 'nhsFinanceRules2024'),
    range: [2, 4],
    checked: true,
    derivation:
      'Under the NHS breakeven duty a cumulative deficit is recovered in the two years after it is first reported, four by exception (Hansard 2007); three is the middle of that range.',
  },
  {
    name: 'largest yearly deficit recovery',
    value: 0.02,
    units: 'dimensionless',
    doc: 'Largest share of a year’s budget the health partner can set aside to recover a deficit; a deficit growing faster than this is carried forward.',
    sources: cite('assumption'),
    range: [0.01, 0.05],
    derivation:
      'Recovery comes from cuts to what the budget buys; a few per cent a year is what NHS cost improvement programmes have delivered on top of their efficiency requirement. Beyond that a deficit is carried, as the NHS’s were in 2015/16 and 2024/25.',
  },
]

/**
 * Prices against general inflation. Money is in base-year prices (deflated by general inflation);
 * care pay follows the National Living Wage and NHS costs follow NHS pay, both rising faster than
 * prices in general, so care and hospital costs rise in real terms. Budgets are set in what they
 * buy, so they rise with their sector's prices too: the real-terms pressure shows in spending.
 */
export const PRICE_GROWTH_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'general inflation',
    value: 0.02,
    units: 'per year',
    doc: 'Growth of prices in general (the GDP deflator): turns the model’s base-year prices into cash (nominal) figures.',
    sources: cite('inflationTarget'),
    range: [0.01, 0.04],
    checked: true,
    derivation:
      'The Government’s inflation target for the Bank of England is 2% a year (CPI); over the long run the GDP deflator that HM Treasury appraisal deflates by grows at about the same rate.',
  },
  {
    name: 'care pay growth above inflation',
    value: 0.01,
    units: 'per year',
    doc: 'Yearly growth of care workers’ pay and of the alternative wage beyond general inflation: both follow the National Living Wage, held at two-thirds of median earnings.',
    sources: cite('lowPayCommission2024', 'skillsForCarePay2024', 'assumption'),
    range: [0, 0.02],
    derivation:
      'The National Living Wage reached two-thirds of median earnings in April 2024 and the Low Pay Commission’s remit is to hold it there, so it grows with earnings; earnings have grown about 1% a year faster than prices over the long run. Care workers’ pay follows it (Skills for Care).',
  },
  {
    name: 'NHS cost growth above inflation',
    value: 0.005,
    units: 'per year',
    doc: 'Yearly growth of the cost of a bed-day and of an intermediate care place beyond general inflation.',
    sources: cite('assumption'),
    range: [0, 0.015],
    derivation:
      'About half of NHS costs are pay, whose awards follow earnings (about 1% a year above prices over the long run); the rest follows prices in general.',
  },
  {
    name: 'care home staff cost share',
    value: 0.6,
    units: 'dimensionless',
    doc: 'Share of a care home’s fee that pays its staff: the part of the fee that rises with care pay.',
    sources: cite('assumption'),
    range: [0.5, 0.7],
    derivation: 'Assumption: staff are the larger part of a care home’s costs; 60%, range 50% to 70%.',
  },
  {
    name: 'home care wage cost per pound of pay',
    value: 1.75,
    units: 'dimensionless',
    doc: 'Cost to a provider of an hour of home care for each pound of a care worker’s hourly pay: travel time between visits, holiday, National Insurance, pension and training.',
    sources: cite('homecareAssociationMinimumPrice2024', 'assumption'),
    range: [1.5, 2],
    derivation:
      'The Homecare Association prices an hour at £28.53 at the £11.44 National Living Wage: care worker pay for contact and travel time with its on-costs, mileage, and the cost of running a compliant business. We take about 70% of it (about £20) to be the care worker costs, about £1.75 for each pound of pay; the share is our assumption.',
  },
  {
    name: 'home care business cost per hour',
    value: 8.51,
    units: 'GBP per hour',
    doc: 'Cost to a provider of an hour of home care beyond care worker pay: mileage, office, registration, insurance, a surplus.',
    sources: cite('homecareAssociationMinimumPrice2024', 'assumption'),
    range: [6, 11],
    derivation:
      'The Homecare Association’s £28.53 less 1.75 times the £11.44 National Living Wage. The £28.53 and £11.44 were read; the 1.75 multiplier is an assumption, so this is one too.',
  },
]
