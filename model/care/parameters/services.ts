// Intermediate care, home care and care home defaults: how long people stay, how full services
// run, what happens after intermediate care, and the default area's base-year caseloads.
import type { ParameterDefinition } from '../builder'
import { cite } from '../sources'

export const INTERMEDIATE_CARE_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'reablement length of stay',
    value: 30 / 365,
    units: 'years',
    doc: 'Average episode of home-based intermediate care (reablement and rehabilitation at home).',
    sources: cite('naic2017', 'ascfrSalt2022', 'assumption'),
    range: [14 / 365, 42 / 365],
    derivation:
      'Short-term support to maximise independence is "typically lasting no longer than 6 weeks, and frequently as little as 1-2 weeks or less" (NHS Digital, SALT guidance STS004); our reading of NAIC summaries (not checked against the report tables) is 30-35 days for home-based services and reablement. Not checked: the NAIC report tables are not reachable; SALT’s six-week ceiling bounds it.',
  },
  {
    name: 'bed based intermediate care length of stay',
    value: 26 / 365,
    units: 'years',
    doc: 'Average stay in a rehabilitation or recovery bed (bed-based intermediate care).',
    sources: cite('naic2017', 'assumption'),
    range: [14 / 365, 42 / 365],
    derivation:
      'Our reading of NAIC summaries (not checked against the report tables): bed-based episodes about 26 days. Not checked: the NAIC report tables are not reachable; an assumption within two to six weeks.',
  },
  {
    name: 'intermediate care start time',
    value: 2 / 365,
    units: 'years',
    doc: 'Time from a place coming free to the next person starting in it when people are waiting: the turnover gap that keeps a full service below 100% of its places.',
    sources: cite('niceQs173'),
    checked: true,
    range: [1 / 365, 4 / 365],
    derivation:
      'NICE quality standard QS173 (intermediate care), statement 2: "Adults accepted for bed-based intermediate care start the service within 2 days of referral." A place left empty for 2 days between episodes of 30 days is in use 30/32 = 94% of the time.',
  },
  {
    name: 'step up share of intermediate care',
    value: 0.5,
    units: 'dimensionless',
    doc: 'Share of intermediate care starts in the base year that come from the community to avoid a hospital admission (step-up).',
    sources: cite('healthFoundationIntermediateCare2024'),
    checked: true,
    range: [0.3, 0.7],
    derivation:
      'Health Foundation (2024): in 2023, 39,000 people a month discharged from acute hospitals received intermediate care and "a further estimated 41,000 people a month start step-up intermediate care": 41/80, about half.',
  },
  {
    name: 'step up acceptance at start',
    value: 0.5,
    units: 'dimensionless',
    doc: 'Share of older people referred for step-up intermediate care in a crisis whom it took on in the base year (the rest were admitted).',
    sources: cite('naic2013', 'naic2015', 'assumption'),
    range: [0.3, 0.8],
    derivation:
      'The National Audit of Intermediate Care found provision "still only about half of that needed" (2013, John Young, reported by HSJ) and that it "needs to approximately double to meet increasing demand" (2015, reported by GM Journal): about half of the people who could have been cared for at home were. Not checked: the NAIC figures were read only as the press reported them (HSJ, GM Journal), not in the audit’s own text.',
  },
  {
    name: 'intermediate care wait before an alternative',
    value: 28 / 365,
    units: 'years',
    doc: 'Average time a patient waits in hospital for intermediate care before the discharge team arranges the alternative: a conventional home care package instead of reablement, a care home place instead of a rehabilitation bed.',
    sources: cite('niceQs173', 'assumption'),
    range: [14 / 365, 56 / 365],
    derivation:
      'No published figure. NICE expects intermediate care to start within 2 days; discharge teams arrange an alternative (a bridging package, an interim care home bed) when the wait runs to weeks. Four weeks (the PHS median delay in Scotland was 29 days in September 2024) gives about a tenth of reablement referrals a package instead in the base year. An assumption; the range spans two to eight weeks.',
  },
  {
    name: 'reablement home care share',
    value: 0.1,
    units: 'dimensionless',
    doc: 'Share of reablement episodes after a hospital stay that end with a long-term home care package; a patient given a conventional package instead of reablement keeps it (the comparison Glendinning made).',
    sources: cite('naic2017', 'glendinning2010', 'glendinning2014', 'assumption'),
    range: [0.05, 0.37],
    derivation:
      'Our reading of NAIC outcome summaries (not checked against the tables): about 10% of intermediate care episodes end with a long-term package. Glendinning’s earlier CSED study found 63% of people reabled "needed no further home care", so at most 37%; the 2010 study found social care costs in the next 12 months 60% lower than after conventional home care. With more than about 15% the default area’s base-year home care starts would all come from hospital, leaving none for people at home. Not checked: the NAIC outcome tables are not reachable.',
  },
  {
    name: 'reablement care home share',
    value: 0.03,
    units: 'dimensionless',
    doc: 'Share of reablement episodes after a hospital stay that end in a care home.',
    sources: cite('nuffieldReablement2022', 'assumption'),
    range: [0.01, 0.08],
    derivation:
      'Assumption: part of what is left of the Nuffield Trust’s 82% still at home 91 days after reablement; the split between readmission, care homes and death is not published.',
  },
  {
    name: 'intermediate care readmitted share',
    value: 0.1,
    units: 'dimensionless',
    doc: 'Share of intermediate care episodes (at home or in a bed) ending with an emergency admission to hospital.',
    sources: cite('naic2017', 'assumption'),
    range: [0.05, 0.2],
    derivation:
      'Assumption: the NAIC outcome tables are not reachable; a Trondheim trial found 19.4% readmitted within 26 weeks of community-hospital care, a longer window.',
  },
  {
    name: 'reablement died share',
    value: 0.04,
    units: 'dimensionless',
    doc: 'Share of reablement episodes ending in death.',
    sources: cite('nuffieldReablement2022', 'assumption'),
    range: [0.01, 0.08],
    derivation:
      'About 82% of people aged 65+ discharged from hospital into reablement were still at home 91 days later (ASCOF 2B, 2011/12 to 2019/20, Nuffield Trust); with 37% on a package and 46% independent, the other 17% are readmitted (10%), in a care home (3%) or dead (4%).',
  },
  {
    name: 'bed based intermediate care home care share',
    value: 0.2,
    units: 'dimensionless',
    doc: 'Share of bed-based intermediate care stays that end with a long-term home care package.',
    sources: cite('naic2017', 'assumption'),
    range: [0.1, 0.4],
    derivation:
      'Assumption: the NAIC outcome tables are not reachable; bed-based users are frailer than those cared for at home, so more leave with a package.',
  },
  {
    name: 'bed based intermediate care care home share',
    value: 0.12,
    units: 'dimensionless',
    doc: 'Share of bed-based intermediate care stays that end in a care home.',
    sources: cite('naic2017', 'assumption'),
    range: [0.05, 0.25],
    derivation:
      'Assumption: the NAIC outcome tables are not reachable; bed-based users are frailer, so more move to a care home than after reablement.',
  },
  {
    name: 'bed based intermediate care died share',
    value: 0.08,
    units: 'dimensionless',
    doc: 'Share of bed-based intermediate care stays that end in death.',
    sources: cite('naic2017', 'assumption'),
    range: [0.03, 0.15],
    derivation:
      'Assumption: the NAIC outcome tables are not reachable; bed-based users are frailer, so more die than after reablement.',
  },
  {
    name: 'step up long term care relative risk',
    value: 0.53,
    units: 'dimensionless',
    doc: 'Chance of needing long-term care (a care home, or a home care package) after step-up care at home, relative to being admitted to hospital instead.',
    sources: cite('cochraneHospitalAtHome2024'),
    checked: true,
    range: [0.41, 1],
    derivation:
      'Cochrane review of admission avoidance hospital at home (Edgar, Shepperd et al. 2024), older people: living in residential care at 6 months, risk ratio 0.53 (95% CI 0.41 to 0.69), 66 against 124 per 1,000 (4 trials, 1,271 people). Applying it to home care as well is our extrapolation (the trials measured residential care); the range reaches 1, no effect on home care. Later admissions it does not reduce (risk ratio 1.14, 0.97 to 1.34): step-up replaces the admission in hand, one for one.',
  },
]

export const SOCIAL_CARE_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'home care clients at start',
    value: 2_600,
    units: 'people',
    doc: 'People receiving publicly funded long-term home care in the base year.',
    sources: cite('ascfr2024', 'assumption'),
    range: [1_300, 5_200],
    derivation:
      'England 2023-24: about 300,000 people with long-term home care from councils, scaled to 500,000 residents. Not checked: ASC-FR 2023-24 gives 858,720 long-term support clients in all settings (559,220 aged 65 and over); its home care table is not reachable. Range: half to twice the default, as places differ.',
  },
  {
    name: 'home care hours per client',
    value: 14,
    units: 'hours per week',
    doc: 'Average hours of home care a week per client.',
    sources: cite('ascfr2024', 'homecareAssociation2024', 'assumption'),
    range: [8, 20],
    derivation:
      'Not checked: the ASC-FR and Homecare Association tables of hours per client are not reachable; Scotland’s 8.1 hours a person-week (PHS) is a lower bound. Range 8 to 20.',
  },
  {
    name: 'home care package duration',
    value: 1.3,
    units: 'years',
    doc: 'Average time a long-term home care package lasts (ends by death, recovery, a care home or hospital).',
    sources: cite('ascfr2024', 'assumption'),
    range: [0.8, 2.5],
    derivation: 'Assumption: no published mean duration of a home care package; 1.3 years, range 0.8 to 2.5.',
  },
  {
    name: 'home care utilisation at start',
    value: 0.95,
    units: 'dimensionless',
    doc: 'Share of commissioned home care capacity in use in the base year; the rest is slack for new packages.',
    sources: cite('assumption'),
    range: [0.85, 0.99],
    derivation:
      'Assumption: commissioned capacity is nearly all used where people wait; 0.95, range 0.85 to 0.99.',
  },
  {
    name: 'people waiting for home care at start',
    value: 150,
    units: 'people',
    doc: 'People at home assessed as needing home care and waiting for it to start.',
    sources: cite('adass2024', 'assumption'),
    range: [75, 300],
    derivation:
      'ADASS spring 2024: about 17,000 people in England waiting for care or direct payments to begin, scaled to 500,000 residents. Not checked: ADASS spring 2024 is not reachable; ADASS counted 37,447 people assessed and waiting for a service in April 2022 (as Healthwatch reports it), 320 here. Range: half to twice the default, as places differ.',
  },
  {
    name: 'care home residents at start',
    value: 2_650,
    units: 'people',
    doc: 'Older people living in care homes in the base year (publicly and self funded).',
    sources: cite('onsSelfFunders2023', 'onsOlderCareHomes2021'),
    range: [1_300, 5_300],
    checked: true,
    derivation:
      'ONS 2022-23: 372,035 care home residents in England; Census 2021 (ONS): 82.1% of care home residents are aged 65+. 372,035 × 0.821 scaled to 500,000 residents (0.867%) is 2,650. Census 2021 itself, in the pandemic, found 2.5% of people aged 65+ in care homes (2,340 here). Before 0.6.2 the model had 2,800 from "about 3%", which the Census does not say. Range: half to twice the default, as places differ.',
  },
  {
    name: 'care home length of stay',
    value: 801 / 365,
    units: 'years',
    doc: 'Average time a resident lives in a care home.',
    sources: cite('forder2011'),
    range: [1.5, 3],
    checked: true,
    derivation:
      'Forder and Fernández (2011), 11,565 residents who died in Bupa care homes: "the average length of stay was 801 days" (2.19 years; half had died by 462 days). Before 0.6.2 the model used 28 months from the Strategy Unit’s model, whose figure could not be read.',
  },
  {
    name: 'care home occupancy at start',
    value: 0.847,
    units: 'dimensionless',
    doc: 'Share of care home places occupied in the base year.',
    sources: cite('onsSelfFunders2020'),
    range: [0.8, 0.95],
    checked: true,
    derivation:
      'ONS, 2019 to 2020 (before the pandemic): "84.7% (391,927 of 462,460) of care home beds were occupied in England". Before 0.6.2 the model assumed 0.88.',
  },
  {
    name: 'people waiting for a care home at start',
    value: 50,
    units: 'people',
    doc: 'People at home assessed as needing a care home place and waiting for one.',
    sources: cite('adass2024', 'assumption'),
    range: [25, 100],
    derivation:
      'Assumption: no national count of people waiting for a care home place; range half to twice (places differ).',
  },
  {
    name: 'publicly funded share of care home residents',
    value: 0.55,
    checked: true,
    units: 'dimensionless',
    doc: 'Share of older care home residents whose place the council (or NHS) pays for in the base year; the rest pay for themselves and are outside the council’s eligibility rules.',
    sources: cite('onsSelfFunders2023', 'ascfr2024'),
    range: [0.4, 0.9],
    derivation:
      'ONS 2022-23: 37.0% of all care home residents in England were self-funders, 48.9% in care homes providing care for older people; with younger adults (2% self-funders) taken out of the 37%, older residents are about 43% self-funders. Between the two, about 45%: 0.55 publicly funded.',
  },
]
