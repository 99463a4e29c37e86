// The care model's public face: the model itself, its levers and outputs, the areas it can be set
// up for, and reading scenario files. The CLI, the worker and the app import from here only.
export { AREAS, DEFAULT_AREA_ID, findArea } from './areas'
export { baselineScenario } from './baseline-scenario'
export { BAND_LABELS, BANDS, type Band } from './dimensions'
export { baselineValue, isPhaseIn, leverInput, leverValueAt } from './lever-input'
export { LEVERS, leverRangeFor } from './levers'
export { buildCareModel } from './model'
export { OUTPUTS } from './outputs'
export { parseScenario, readScenarioFile, type ScenarioFile } from './scenario'
export { areaOf, leverNamed, type ScenarioInputOptions, scenarioInputs } from './scenario-inputs'
export { SCENARIO_FORMAT, scenarioFileText } from './scenario-text'
export type { Area, LeverGroup, LeverSpec, LeverValue, OutputSpec, PhaseIn, Scenario } from './types'
export { BASE_YEAR, CARE_MODEL_VERSION, HORIZON_YEARS } from './version'
