// How people and organisations respond to pressure: bed-occupancy effects on stays, readmissions,
// admissions and electives; queueing at full services; extra admissions from unmet need.
import type { ParameterDefinition } from '../builder'
import { cite } from '../sources'

export const BEHAVIOUR_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'beds per acute hospital',
    value: 750,
    units: 'beds',
    doc: 'Typical general and acute beds in one hospital: bed shortages happen hospital by hospital, not across an area.',
    sources: cite('nuffieldBeds', 'friebel2019'),
    range: [100, 1500],
    checked: true,
    derivation:
      'Nuffield Trust (KH03): "The number of overnight general and acute beds fell ... to 102,194" in Q4 2019/20; Friebel et al. (2019) studied the "136 non-specialist Trusts" of England. 102,194 / 136 = 751 beds a trust. Before 0.6.2 the model had 700 from about 101,000 beds across about 140 trusts (figures not read).',
  },
  {
    name: 'bed demand overdispersion',
    checked: true,
    value: 1,
    // A variance over a mean: it has the unit of what is counted.
    units: 'beds',
    doc: 'Day-to-day variance of occupied beds relative to their mean; 1 is the Poisson variation of random arrivals.',
    sources: cite('bagust1999'),
    range: [1, 3],
  },
  {
    name: 'seasonal occupancy swing',
    value: 0.04,
    units: 'dimensionless',
    doc: 'Amplitude of the seasonal rise and fall of occupied beds around the yearly average.',
    sources: cite('nhsEnglandWinter', 'kh03', 'assumption'),
    range: [0.02, 0.08],
    derivation:
      'Winter general and acute occupancy in the daily sitreps runs about 3-4 points above the KH03 yearly average. Not checked: no source gives the swing itself. Winter peaks of 95.2% (NHS Providers, 2017/18) and 96% (Commons Library) against a 90.4% average (Friebel 2019, 2014-16) put it at 4-6 points.',
  },
  {
    name: 'bed pressure perception time',
    value: 14 / 365,
    units: 'years',
    doc: 'Time over which staff perceive bed pressure before it changes how they admit, discharge and schedule.',
    sources: cite('assumption'),
    range: [7 / 365, 30 / 365],
    derivation:
      'Assumption: no published figure; bed managers see occupancy daily and discharge practice shifts within one to four weeks.',
  },
  {
    name: 'early discharge strength',
    checked: true,
    value: 0.49,
    units: 'dimensionless',
    doc: 'Relative shortening of medically active stays per unit rise in bed occupancy (0.49: each point of occupancy, 0.49% shorter).',
    sources: cite('friebel2019'),
    range: [0.2, 1],
    derivation:
      'Friebel 2019: a one-point rise in occupancy went with a 0.49% rise in the daily discharge rate across 136 English trusts.',
  },
  {
    name: 'readmission sensitivity to early discharge',
    checked: true,
    value: 0.2,
    units: 'dimensionless',
    doc: 'Relative rise in readmissions per relative shortening of stays under bed pressure.',
    sources: cite('friebel2019'),
    range: [0, 1],
    derivation:
      'Friebel 2019: a one-point rise in occupancy raised the 30-day readmission rate by only 0.011 points (0.08% of a 13.7% rate) while stays shortened 0.49%; 0.08/0.49 is about 0.2.',
  },
  {
    name: 'free bed admission effect',
    checked: true,
    value: 0.35,
    units: 'dimensionless',
    doc: 'Relative rise in emergency admissions per unit fall in bed occupancy below the base year (0.35: ten points more free beds, 3.5% more admissions).',
    sources: cite('roemer1961', 'fisher2000'),
    range: [0, 0.8],
    derivation:
      'Fisher 2000: "The per capita supply of hospital beds varied by more than twofold across U.S. regions. Residents of areas with more beds were up to 30 percent more likely to be hospitalized". Up to 30% more admissions across a more than twofold range of beds is an elasticity of at most about 0.3 to admissions per bed; a ten-point fall in occupancy is about 12% more beds free, so about 3.5% more admissions.',
  },
  {
    name: 'elective fill share',
    value: 0.5,
    units: 'dimensionless',
    doc: 'Share of beds freed since the base year that planned (elective) work from the waiting list takes up.',
    sources: cite('roemer1961', 'assumption'),
    range: [0, 1],
    derivation:
      'Assumption: Roemer’s law says free beds fill; how much of that is electives is not measured. Half, range 0 to 1.',
  },
  {
    name: 'elective cancellation on full days',
    value: 0.2,
    units: 'dimensionless',
    doc: 'Share of planned admissions cancelled on a day with no free bed.',
    sources: cite('kh03', 'assumption'),
    range: [0.05, 0.5],
    derivation:
      'About 1% of elective admissions are cancelled at the last minute for non-clinical reasons, at a base-year shortage risk near 5%.',
  },
  {
    name: 'escalation cost premium',
    value: 1.5,
    units: 'dimensionless',
    doc: 'Cost of an escalation (surge) bed-day relative to a core bed-day: temporary staff at agency rates.',
    sources: cite('assumption'),
    range: [1, 2.5],
    derivation:
      'Assumption: no published cost of escalation beds (agency staff, unplanned wards); 1.5 times a core bed, range 1 to 2.5.',
  },
  {
    name: 'escalation bed capacity share',
    checked: true,
    value: 0.05,
    units: 'dimensionless',
    doc: 'Extra beds a hospital can open in surge (escalation) areas on its fullest days, as a share of its core beds; patients beyond them wait for a bed in the emergency department or a corridor.',
    sources: cite('nhsProvidersWinter2018', 'kh03'),
    range: [0, 0.1],
    derivation:
      'Winter 2017/18 sitreps: about 4,700 escalation beds open a day at the peak of a hard winter, about 4.7% of the roughly 100,000 general and acute beds; we take 5%.',
  },
  {
    name: 'vacancy fill time',
    value: 14 / 365,
    units: 'years',
    doc: 'Time a service takes to fill a free place or package from its queues; also the time intermediate care takes to see a change in its referrals.',
    sources: cite('assumption'),
    range: [7 / 365, 30 / 365],
    derivation:
      'Assumption: a freed place is refilled from the queue; NAIC 2015 average waits of 3 to 8.7 days bound the short end. Two weeks, range one week to a month.',
  },
  {
    name: 'eligibility adjustment time',
    value: 1,
    units: 'years',
    doc: 'Time for councils to tighten (or relax back to base-year) eligibility when social care spending runs above (below) budget.',
    sources: cite('burchardt2015', 'assumption'),
    range: [0.5, 3],
    derivation:
      'Assumption: councils change eligibility at budget rounds; a year, range half a year to three (Burchardt 2015 not read).',
  },
  {
    name: 'unmet need admission rate',
    value: 0.3,
    units: 'admissions per person per year',
    doc: 'Extra emergency admissions a year for each older person waiting for social care.',
    sources: cite('assumption'),
    range: [0.2, 1],
    derivation:
      'Assumption: no published rate of emergency admissions among older people waiting for social care; range 0.2 to 1 a person-year.',
  },
  {
    name: 'community wait give up time',
    value: 0.5,
    units: 'years',
    doc: 'Average time before someone waiting for social care at home leaves the queue (dies, moves, pays privately or family takes over).',
    sources: cite('adass2024', 'assumption'),
    range: [0.25, 1],
    derivation:
      'Assumption: ADASS counts people waiting, not how long they wait before arranging care themselves or going without; half a year, range a quarter to a year.',
  },
]
