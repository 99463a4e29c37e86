// What a scenario and an area were set to, in words a board can read: each moved lever in its
// units against its baseline ("community shift share 10% (baseline 0%)"), and each of the
// analyst's edits to the area against its sourced value. Footnotes, the assumptions appendix and
// the lever settings table all say it this way; the table adds the raw value the file holds.
import type { LeverSpec, Scenario } from '../../model/care/types'
import { formatExact } from '../format/numbers'
import { quantityOf } from '../format/quantity'
import { leverSettingText } from '../levers/lever-display'

export interface SettingsContext {
  /** The area's levers, with their units. */
  levers: readonly LeverSpec[]
  /** A lever's or parameter's baseline value in the area (after the analyst's edits). */
  baselineValue(name: string): number
  currency: string
  /** Calendar year of a model time, for levers set as time series. */
  calendarYear(modelTime: number): number
}

export interface LeverSettingRow {
  lever: string
  /** The setting in words, with units: `10%`, `£5.0m a year`, or a time series read out. */
  setting: string
  /** The value as the scenario file holds it: `0.1`, `5000000`, `[[2026, 0], [2030, 0.1]]`. */
  raw: string
}

/** The levers a scenario moves, in the area's lever order. */
export function leverSettingRows(scenario: Scenario, context: SettingsContext): LeverSettingRow[] {
  const rows: LeverSettingRow[] = []
  for (const spec of context.levers) {
    const value = scenario.levers[spec.name]
    if (value === undefined) continue
    const words = leverSettingText(
      spec,
      value,
      context.baselineValue(spec.name),
      context.currency,
      context.calendarYear,
    )
    rows.push({
      lever: spec.name,
      setting: words.slice(spec.name.length + 1),
      raw: JSON.stringify(value).replace(/,/g, ', '),
    })
  }
  // A lever the area does not list (from an older file) is still reported, raw.
  for (const [name, value] of Object.entries(scenario.levers)) {
    if (!context.levers.some((l) => l.name === name))
      rows.push({ lever: name, setting: JSON.stringify(value), raw: JSON.stringify(value) })
  }
  return rows
}

/** "Plan A: community shift share 10% (baseline 0%); hump fund £5.0m a year (baseline £0 a year)." */
export function scenarioSettingsSentence(scenario: Scenario, context: SettingsContext): string {
  const rows = leverSettingRows(scenario, context)
  if (rows.length === 0) return `${scenario.name}: no lever moved from the baseline.`
  return `${scenario.name}: ${rows.map((r) => `${r.lever} ${r.setting}`).join('; ')}.`
}

export interface AreaEdit {
  name: string
  edited: number
  sourced: number
  units?: string
  /** The analyst confirmed the value outside the parameter's plausible range. */
  confirmedOutside?: boolean
}

/**
 * "acute beds 880 → 900 beds" for each of the analyst's edits to the area (sourced value, then
 * edited), and "(outside its sourced range)" where the analyst confirmed such a value.
 */
export function areaEditsText(edits: readonly AreaEdit[], currency: string): string[] {
  return edits.map((edit) => {
    const quantity = quantityOf(edit.units, currency)
    // Exact, not rounded: an edit from 0.0098 to 0.02 must not read as one from 0.01.
    const outside = edit.confirmedOutside ? ' (outside its sourced range)' : ''
    const from = formatExact(edit.sourced, quantity)
    return `${edit.name} ${from} → ${formatExact(edit.edited, quantity, { withNoun: true })}${outside}`
  })
}
