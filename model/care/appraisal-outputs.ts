// The model outputs an appraisal reads, named in one place: a renamed output is one edit here.
// The partners are the two who pay (the NHS and the council) and the pooled fund their money
// passes through; the pooled fund's spend is part of theirs, not extra to it.

export type PartnerKey = 'nhs' | 'council' | 'pooled_fund'

export interface Partner {
  /** The key in `npv_by_partner` and in the CLI's JSON. */
  key: PartnerKey
  label: string
  /** The model output of its spending a year. */
  output: string
}

export const PARTNERS: readonly Partner[] = [
  { key: 'nhs', label: 'NHS', output: 'health spend' },
  { key: 'council', label: 'Council', output: 'social care spend' },
  { key: 'pooled_fund', label: 'Pooled fund', output: 'pooled fund spend' },
]

export const APPRAISAL_OUTPUTS = {
  /** Both partners together (the pooled fund is inside it). */
  totalSpend: 'total spend',
  /** Community services paid for while the beds they replace are still open. */
  doubleRunning: 'double running cost',
  /** The part of double running paid from the transition ("hump") fund. */
  humpFundUsed: 'hump fund used',
  /** Money the shift moves to community services. */
  communityInvestment: 'community investment',
  /** Money spent on prevention (a lever); an increase over the baseline counts as money shifted. */
  prevention: 'prevention spending',
} as const

/** Every output `appraise` reads, for asking a run for only these. */
export const APPRAISAL_OUTPUT_NAMES: readonly string[] = [
  ...PARTNERS.map((p) => p.output),
  ...Object.values(APPRAISAL_OUTPUTS),
]
