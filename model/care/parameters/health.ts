// Long-term conditions: how people are split across health states in each age band, how much more
// often people with conditions die and are admitted, from population studies.
import type { ArrayParameterDefinition } from '../builder'
import { cite } from '../sources'

/** Base-year share of each band by health state: none, one, two or more long-term conditions. */
export const HEALTH_STATE_SHARES: Record<string, number> = {
  'under65,no_ltc': 0.656,
  'under65,one_ltc': 0.2,
  'under65,multimorbid': 0.144,
  'age65to74,no_ltc': 0.2,
  'age65to74,one_ltc': 0.25,
  'age65to74,multimorbid': 0.55,
  'age75to84,no_ltc': 0.1,
  'age75to84,one_ltc': 0.17,
  'age75to84,multimorbid': 0.73,
  'age85plus,no_ltc': 0.065,
  'age85plus,one_ltc': 0.12,
  'age85plus,multimorbid': 0.815,
}

export const HEALTH_ARRAY_PARAMETERS: ArrayParameterDefinition[] = [
  {
    name: 'health state share at start',
    dimensions: ['band', 'state'],
    values: HEALTH_STATE_SHARES,
    units: 'dimensionless',
    doc: 'Share of each age band with no, one, or two or more long-term conditions in the base year.',
    sources: cite('barnett2012', 'kingston2018'),
    derivation:
      "Barnett 2012: multimorbidity 23.2% overall, 64.9% at 65-84 and 81.5% at 85+, and 210,500 of 405,500 multimorbid people under 65 (14.4% of under-65s). We split 65-84 into 55% (65-74) and 73% (75-84) so the combined band matches 64.9%, and read the one-condition shares from the study's Figure 1.",
  },
  {
    name: 'mortality ratio',
    dimensions: ['state'],
    values: { no_ltc: 1, one_ltc: 1.4, multimorbid: 2.2 },
    units: 'dimensionless',
    doc: 'Death rate in each health state relative to people of the same age without a long-term condition.',
    sources: cite('nunes2016'),
    derivation:
      'Nunes 2016 pooled hazard ratios of death of about 1.4-1.7 for 2+ conditions and over 2.7 for 3+; taking the multimorbid group as a mix of 2, 3 and more conditions gives about 2.2, and one condition about 1.4.',
  },
  {
    name: 'admission risk ratio',
    dimensions: ['state'],
    values: { no_ltc: 1, one_ltc: 2, multimorbid: 4.5 },
    units: 'dimensionless',
    doc: 'Emergency admission rate in each health state relative to people of the same age with no condition.',
    sources: cite('payne2013'),
    derivation:
      'Payne 2013: unplanned admission rates rise steeply with the number of physical conditions (about twofold for one condition and fourfold to sixfold for two to four or more, adjusted for age); 4.5 is the mix of the multimorbid group.',
  },
]
