// Long-term conditions: how people are split across health states in each age band, how much more
// often people with conditions die and are admitted, from population studies.
import type { ArrayParameterDefinition } from '../builder'
import { cite } from '../sources'

/** Base-year share of each band by health state: none, one, two or more long-term conditions. */
export const HEALTH_STATE_SHARES: Record<string, number> = {
  'under65,no_ltc': 0.656,
  'under65,one_ltc': 0.2,
  'under65,multimorbid': 0.144,
  'age65to69,no_ltc': 0.22,
  'age65to69,one_ltc': 0.26,
  'age65to69,multimorbid': 0.52,
  'age70to74,no_ltc': 0.18,
  'age70to74,one_ltc': 0.24,
  'age70to74,multimorbid': 0.58,
  'age75to79,no_ltc': 0.12,
  'age75to79,one_ltc': 0.18,
  'age75to79,multimorbid': 0.7,
  'age80to84,no_ltc': 0.07,
  'age80to84,one_ltc': 0.16,
  'age80to84,multimorbid': 0.77,
  'age85to89,no_ltc': 0.075,
  'age85to89,one_ltc': 0.125,
  'age85to89,multimorbid': 0.8,
  'age90plus,no_ltc': 0.05,
  'age90plus,one_ltc': 0.11,
  'age90plus,multimorbid': 0.84,
}

export const HEALTH_ARRAY_PARAMETERS: ArrayParameterDefinition[] = [
  {
    name: 'health state share at start',
    checked: true,
    dimensions: ['band', 'state'],
    values: HEALTH_STATE_SHARES,
    units: 'dimensionless',
    doc: 'Share of each age band with no, one, or two or more long-term conditions in the base year.',
    sources: cite('barnett2012', 'kingston2018'),
    derivation:
      "Barnett 2012: multimorbidity 23.2% overall, 64.9% at 65-84 and 81.5% at 85+, and 210,500 of 405,500 multimorbid people under 65 (14.4% of under-65s). We split 65-84 into 52%, 58%, 70% and 77% by five-year band (55% at 65-74 and 73% at 75-84, so the combined band matches 64.9%) and 85+ into 80% and 84% (81.5% together at England's mid-2023 mix), rising with age as the study's Figure 1 does, and read the one-condition shares from that figure.",
  },
  {
    name: 'mortality ratio',
    checked: true,
    dimensions: ['state'],
    values: { no_ltc: 1, one_ltc: 1.2, multimorbid: 2 },
    units: 'dimensionless',
    doc: 'Death rate in each health state relative to people of the same age without a long-term condition.',
    sources: cite('nunes2016'),
    derivation:
      'Nunes 2016 (26 cohorts): hazard ratio of death 1.20 per additional condition, 1.73 for 2+ and 2.72 for 3+ conditions against people with fewer; one condition 1.2, and 2.0 for the multimorbid mix of two, three and more.',
  },
  {
    name: 'admission risk ratio',
    checked: true,
    dimensions: ['state'],
    values: { no_ltc: 1, one_ltc: 1.8, multimorbid: 4 },
    units: 'dimensionless',
    doc: 'Emergency admission rate in each health state relative to people of the same age with no condition.',
    sources: cite('payne2013'),
    derivation:
      'Payne 2013 (180,815 adults, Scotland): odds of an unplanned admission rise with each physical condition, to 5.87 for four or more against none, adjusted for age and sex; we take 1.8 for one condition and 4.0 for the multimorbid mix of two, three and four or more.',
  },
]
