// Defaults of the care workforce and the home care market: vacancies and turnover, how they answer
// pay, how many care workers a client or resident needs, and how providers answer the fee.
import type { ParameterDefinition } from '../builder'
import { cite } from '../sources'

export const WORKFORCE_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'care vacancy rate at start',
    value: 0.07,
    units: 'dimensionless',
    doc: 'Share of care worker posts in home care and care homes vacant on an average day in the base year.',
    sources: cite('skillsForCare2025', 'skillsForCare2023'),
    range: [0.05, 0.12],
    checked: true,
    derivation:
      'Skills for Care’s own release of its 2025 Size and structure report: "Vacancy rates have also returned to pre-Covid levels at 7%" (2024/25; 111,000 vacant posts). By setting (Skills for Care figures as the Homecare Association reports them) home care 10.1%, care homes 4.1% and with nursing 4.7%, which together are near the all-sector 7%. Before 0.6.2 the model had 8% (a mix using 2023/24 home care).',
  },
  {
    name: 'care worker turnover at start',
    value: 0.285,
    units: 'per year',
    doc: 'Share of filled care worker posts whose holder leaves in a year in the base year (to another employer or out of the sector); each leaves a vacancy to fill.',
    sources: cite('skillsForCare2025', 'skillsForCare2023', 'assumption'),
    range: [0.23, 0.35],
    derivation:
      'Not checked: Skills for Care’s own figure for care workers was not reachable; 28.5% for care and support workers in 2024/25 as a recruiter reports it; Skills for Care’s own release gives 24.7% for the independent sector overall.',
  },
  {
    name: 'care worker turnover pay elasticity',
    value: 1.4,
    units: 'dimensionless',
    doc: 'Relative fall in care worker turnover for a relative rise in care pay against the alternative wage (1.4: pay 10% higher, turnover about 13% lower).',
    sources: cite('skillsForCarePay2024', 'skillsForCare2023', 'assumption'),
    range: [0.5, 2.5],
    derivation:
      'Skills for Care: turnover 31% among care workers paid £1.50 or more above the National Living Wage against 37.8% on or below it, about 15% more pay for 18% less turnover. A comparison across employers, not an experiment, so the range is wide. Not checked: the Skills for Care pay report is not reachable in the stored copies.',
  },
  {
    name: 'care worker recruitment pay elasticity',
    value: 1,
    units: 'dimensionless',
    doc: 'Relative change in how fast vacant care worker posts are filled for a relative change in care pay against the alternative wage.',
    sources: cite('assumption'),
    range: [0.5, 2],
    derivation: 'Assumption: no published elasticity of care recruitment to pay; 1, range 0.5 to 2.',
  },
  {
    name: 'care pay perception time',
    value: 0.5,
    units: 'years',
    doc: 'Time for a change in care pay to be known and trusted by the people who might take or leave care work.',
    sources: cite('assumption'),
    range: [0.25, 1],
    derivation:
      'Assumption: pay is compared at each yearly uprating; half a year, range a quarter to a year.',
  },
  {
    name: 'contact hours per home care worker',
    value: 20,
    units: 'hours per week',
    doc: 'Hours of care a home care worker delivers a week on average (part-time work and travel between visits included).',
    sources: cite('assumption'),
    range: [15, 28],
    derivation: 'Assumption: no published average of contact hours a week; 20, range 15 to 28.',
  },
  {
    name: 'care workers per care home resident',
    value: 1,
    units: 'dimensionless',
    doc: 'Care-providing posts (care workers and senior care workers, all shifts) per care home resident.',
    sources: cite('assumption'),
    range: [0.7, 1.4],
    derivation: 'Assumption: about one care worker post per resident across shifts; range 0.7 to 1.4.',
  },
  {
    name: 'provider response time',
    value: 1,
    units: 'years',
    doc: 'Time for home care providers to act on a change in the fee against their cost of care: notice on contracts, exits, new entrants.',
    sources: cite('adassBudgetSurvey2016', 'assumption'),
    range: [0.5, 2],
    derivation:
      'Assumption: ADASS (2016) saw hand-backs and closures within six months of a fee gap; a year, range half a year to two.',
  },
  {
    name: 'provider supply elasticity',
    value: 1,
    units: 'dimensionless',
    doc: 'Relative fall in the home care capacity providers keep for a relative fall in the fee against their cost of care, below its base-year level (1: a fee covering 10% less of the cost loses 10% of capacity).',
    sources: cite('adassBudgetSurvey2016', 'assumption'),
    range: [0.25, 2],
    derivation:
      'When the National Living Wage rose faster than fees in 2016, 59 councils had providers hand contracts back and 48 had providers close within six months, affecting 7,640 people (about 2% of home care users in half a year). The size of the response to a given fee gap is not measured; this is an assumption.',
  },
]
