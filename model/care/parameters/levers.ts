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
    sources: cite('ham2010', 'policyLever'),
    range: [0, 0.4],
    derivation:
      'A policy lever: the baseline moves no money (0); scenarios set it. Ham (2010): Torbay’s occupied beds fell from 750 to 528 over ten years with a whole package, which the range allows for.',
  },
  {
    name: 'shift to intermediate care share',
    value: 0.5,
    units: 'dimensionless',
    doc: 'Share of the shifted money that goes to intermediate care; the rest goes to home care through the pooled fund.',
    sources: cite('naic2017', 'assumption'),
    range: [0, 1],
    derivation:
      'Assumption: no published split of the money shifted; Torbay put money into both intermediate care and home care. Half each, range 0 to 1.',
  },
  {
    name: 'hump fund',
    value: 0,
    units: 'GBP per year',
    doc: 'Transition money a year to run new community services before the beds they replace have closed.',
    sources: cite('nao2017', 'policyLever'),
    range: [0, 50_000_000],
    derivation: 'A policy lever: no transition fund in the baseline (0); the range is the area’s.',
  },
  {
    name: 'prevention spend',
    value: 0,
    units: 'GBP per year',
    doc: 'Extra spending a year on prevention and chronic condition management, paid by the health partner.',
    sources: cite('purdy2012', 'walesCcm', 'policyLever'),
    range: [0, 30_000_000],
    derivation: 'A policy lever: no extra prevention spending in the baseline (0); the range is the area’s.',
  },
  {
    name: 'avoided older admissions share',
    value: 0,
    units: 'dimensionless',
    doc: 'Share of emergency admissions of people aged 65+ avoided by schemes outside the model (a what-if lever).',
    sources: cite('lattimer2004', 'policyLever'),
    range: [0, 0.5],
    derivation:
      'A what-if lever: nothing avoided in the baseline (0). Lattimer (2004) avoided 3-6% of older people’s admissions a year.',
  },
  {
    name: 'social care funding change',
    value: 0,
    units: 'dimensionless',
    doc: 'Change in the social care budget relative to the baseline (-0.1 is a 10% cut).',
    sources: cite('nao2017', 'policyLever'),
    range: [-0.5, 0.5],
    derivation:
      'A policy lever: the baseline budget (0); -0.5 to 0.5 spans the cuts and rises scenarios test.',
  },
  {
    name: 'intermediate care funding change',
    value: 0,
    units: 'dimensionless',
    doc: 'Extra intermediate care funding from the health partner, as a share of the base-year intermediate care budget.',
    sources: cite('naic2017', 'policyLever'),
    range: [-0.5, 2],
    derivation:
      'A policy lever: the baseline budget (0); up to a tripling, as NAIC found provision about half of need.',
  },
]
