// The care model's public vocabulary, shared by the CLI, the worker and the app: its levers, its
// outputs, the areas it can be set up for, and the scenario files users read, diff and share.
import type { GraphicalFunction, Source } from '../ir'
import type { TimeSeries } from '../simulation'

export type LeverGroup = 'budget pooling' | 'shift to community' | 'prevention' | 'capacity' | 'unit costs'

/** A model constant that a scenario may set, with what the app needs to show it as a control. */
export interface LeverSpec {
  /** The model constant's name, e.g. `pooled budget share`: the key in a scenario's `levers`. */
  name: string
  group: LeverGroup
  /** One line saying what moving it means. */
  description: string
  units: string
  min: number
  max: number
  step: number
  sources: Source[]
  /** The model's own value (before any area's), which an area's parameters may replace. */
  defaultValue: number
  /**
   * The area's base-year figure this lever starts at (`acute beds at start` for `acute beds`): its
   * baseline in an area is that figure, and the model measures the lever against it. An edit of
   * the figure moves the lever's baseline with it.
   */
  baseYearFact?: string
  /**
   * Other levers this one acts through, with a setting at which it does (`hump fund` pays for the
   * double running of a shift, so it does nothing unless `community shift share` is above 0).
   */
  actsWith?: Record<string, number>
}

/**
 * A lever phased in: the area's baseline until `start` (a calendar year), then a straight line to
 * `value` over `ramp` years (0: all at once at `start`).
 */
export interface PhaseIn {
  value: number
  start: number
  ramp: number
}

/** A lever is set to a number, a phase-in, or a time series `[[year, value], ...]` of any shape. */
export type LeverValue = number | PhaseIn | TimeSeries

/** A model output the app and reports show. */
export interface OutputSpec {
  /** The model variable's name, e.g. `bed occupancy`; arrayed outputs give the base name. */
  name: string
  description: string
  units: string
}

/** A place's baseline: values for the model's constants, each with where it comes from. */
export interface Area {
  id: string
  name: string
  description: string
  /** Calendar year of the model's start time. */
  baseYear: number
  /** Constant name -> value, applied before a scenario's levers. */
  parameters: Record<string, number>
  /** Constant name -> sources for the value above. */
  sources: Record<string, Source[]>
  /**
   * Lever name -> [min, max] for the levers whose sensible range depends on the place (beds,
   * money); levers not named keep the range in `LEVERS`. Read them with `leverRangeFor`.
   */
  leverRanges?: Record<string, [number, number]>
  /**
   * Graphical functions the area sets (name -> table), applied with its parameters: the cohort
   * table of people turning 65 (population-ageing.ts). Areas that give none use the model's own.
   */
  tables?: Record<string, GraphicalFunction>
  /**
   * ISO 4217 code of the currency the area's money is in (its prices, budgets and every money
   * output); GBP when absent. The model's units say GBP: read them as the area's currency.
   */
  currency?: string
}

/** The contents of a `scenarios/*.json` file. */
export interface Scenario {
  /** The file format's version (SCENARIO_FORMAT in scenario-text.ts); absent in version 1. */
  format?: number
  name: string
  description: string
  /** The id of the area the scenario is set in. */
  area: string
  /** Lever name -> value; levers not named keep the area's baseline. */
  levers: Record<string, LeverValue>
  /** Evidence the scenario's settings are drawn from. */
  sources?: Source[]
}
