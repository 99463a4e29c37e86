// The care model's version: shown on every chart footnote and written into exported results, so a
// board paper can say which model produced its figures. Bump it when equations or defaults change.
export const CARE_MODEL_VERSION = '0.6.2'

/** Calendar year of the model's start time: every area's figures are brought to this year. */
export const BASE_YEAR = 2024

/** Years simulated from the base year. */
export const HORIZON_YEARS = 20
