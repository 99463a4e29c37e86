// Defaults of the policy levers that no other sector owns: pooling, the shift to the community,
// its transition funding, prevention, and funding changes. "Do nothing" values.
import type { ParameterDefinition } from '../builder'
import { cite } from '../sources'

export const LEVER_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'pooled budget share',
    checked: true,
    value: 0.05,
    units: 'dimensionless',
    doc: 'Share of both partners’ budgets for these services put in a pooled fund.',
    sources: cite('nao2017'),
    range: [0, 1],
    derivation:
      'England’s Better Care Fund pooled £5.3bn in 2015-16, roughly 5% of NHS and council spending on the services this model covers.',
  },
  {
    name: 'community shift share',
    value: 0,
    units: 'dimensionless',
    doc: 'Share of acute funding moved to community services (intermediate care and home care); phase it in like any lever.',
    sources: cite('ham2010'),
    range: [0, 0.4],
  },
  {
    name: 'shift to intermediate care share',
    value: 0.5,
    units: 'dimensionless',
    doc: 'Share of the shifted money that goes to intermediate care; the rest goes to home care through the pooled fund.',
    sources: cite('naic2017', 'assumption'),
    range: [0, 1],
  },
  {
    name: 'hump fund',
    value: 0,
    units: 'GBP per year',
    doc: 'Transition money a year to run new community services before the beds they replace have closed.',
    sources: cite('nao2017'),
    range: [0, 50_000_000],
  },
  {
    name: 'prevention spend',
    value: 0,
    units: 'GBP per year',
    doc: 'Extra spending a year on prevention and chronic condition management, paid by the health partner.',
    sources: cite('purdy2012', 'walesCcm'),
    range: [0, 30_000_000],
  },
  {
    name: 'avoided older admissions share',
    value: 0,
    units: 'dimensionless',
    doc: 'Share of emergency admissions of people aged 65+ avoided by schemes outside the model (a what-if lever).',
    sources: cite('lattimer2004'),
    range: [0, 0.5],
  },
  {
    name: 'social care funding change',
    value: 0,
    units: 'dimensionless',
    doc: 'Change in the social care budget relative to the baseline (-0.1 is a 10% cut).',
    sources: cite('nao2017'),
    range: [-0.5, 0.5],
  },
  {
    name: 'intermediate care funding change',
    value: 0,
    units: 'dimensionless',
    doc: 'Extra intermediate care funding from the health partner, as a share of the base-year intermediate care budget.',
    sources: cite('naic2017'),
    range: [-0.5, 2],
  },
]
