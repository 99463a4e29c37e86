// Prevention and chronic condition management: spending that, after a delay of years, avoids some
// emergency admissions of people with long-term conditions, with diminishing returns.
import type { CareModelBuilder } from './builder'
import { BANDS } from './dimensions'

export function addPrevention(b: CareModelBuilder): void {
  b.aux('prevention spend in effect', 'SMTH3(prevention_spend, prevention_effect_delay, 0)', {
    units: 'GBP per year',
    doc: 'Prevention spending as it shows in health: a third-order delay of the spending itself.',
  })
  const ltcAdmissions = BANDS.map(
    (band) =>
      `people[${band}, one_ltc] * admission_rate[${band}, one_ltc] + people[${band}, multimorbid] * admission_rate[${band}, multimorbid]`,
  ).join(' + ')
  b.aux('admissions of people with conditions at start', `INIT(admission_calibration * (${ltcAdmissions}))`, {
    units: 'admissions per year',
  })
  // Small programmes avoid one admission per `prevention cost per avoided admission`; larger ones
  // approach the maximum share that prevention can reach.
  b.aux(
    'prevention admission reduction',
    'maximum_prevention_admission_reduction * (1 - EXP(-prevention_spend_in_effect / (prevention_cost_per_avoided_admission * maximum_prevention_admission_reduction * admissions_of_people_with_conditions_at_start)))',
    {
      units: 'dimensionless',
      doc: 'Share of the emergency admissions of people with long-term conditions avoided by prevention.',
    },
  )
}
