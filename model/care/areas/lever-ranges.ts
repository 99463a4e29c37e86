// Lever ranges that depend on the place. A bed base and sums of money scale with an area's size,
// so one range for every area is absurd somewhere: up to 20,000 beds for San Marino's 110, or a
// £50m transition fund that is twice San Marino's hospital budget and 1.5% of Scotland's; prices
// too (San Marino's care home fee is below the range of English fees). Each area's ranges follow
// from its own base-year figures by the rules below, rounded outwards to the lever's step so that a
// control stepping from the minimum lands on the maximum. Levers whose scale does not depend on the
// place (shares, years) keep one range (levers.ts).
import type { Source } from '../../ir'
import { LEVERS } from '../levers'
import { CARE_PAY_LEVER, UNIT_COST_PARAMETERS } from '../parameters/base-year'
import { cite } from '../sources'

export interface ScaledLeverRule {
  lever: string
  /** How the range follows from the area's figures, as docs/parameters.md shows it. */
  basis: string
  sources: Source[]
  range: (figures: Readonly<Record<string, number>>) => [number, number]
}

function leverSpec(name: string) {
  const lever = LEVERS.find((l) => l.name === name)
  if (!lever) throw new Error(`care model: no lever '${name}'`)
  return lever
}

/** The base-year acute budget: the beds at the bed-day cost, for a year. */
const acuteFunding = (figures: Readonly<Record<string, number>>) =>
  figures['acute beds at start'] * figures['bed day cost at start'] * 365

const largestShift = leverSpec('community shift share').max

/**
 * England's public health grant (£3.603bn in 2024/25 for about 57.7 million people, about £62 a
 * head) against the default area's base-year acute budget (880 beds at £562 a day: about £361 a
 * head): 17%. As a share of the area's own acute budget the rule needs no exchange rate.
 */
const PUBLIC_HEALTH_GRANT_SHARE_OF_ACUTE_BUDGET = 0.17

const SIZE_RULES: ScaledLeverRule[] = [
  {
    lever: 'acute beds',
    basis:
      'Half to one and a half times the base-year beds. Halving is more than England lost in three decades ' +
      '(43% of its general and acute beds from 1987/88); half as many again takes the default area from 1.8 to 2.6 ' +
      'beds per 1,000 residents, about Scotland’s 2.5.',
    sources: cite('kingsFundBeds', 'kh03', 'phsBeds'),
    range: (figures) => [0.5 * figures['acute beds at start'], 1.5 * figures['acute beds at start']],
  },
  {
    lever: 'hump fund',
    basis:
      `Up to the largest shift the community shift share lever allows (${largestShift * 100}% of the base-year ` +
      'acute budget, the beds at the bed-day cost), paid in full as double running.',
    sources: [],
    range: (figures) => [0, largestShift * acuteFunding(figures)],
  },
  {
    lever: 'prevention spend',
    basis:
      `Up to ${PUBLIC_HEALTH_GRANT_SHARE_OF_ACUTE_BUDGET * 100}% of the base-year acute budget: England’s public health grant (£3.603bn in 2024/25, about £62 a head) is that share of the default area’s acute budget a head, ` +
      'so a programme as large again as all the public health work councils fund, in any currency.',
    sources: cite('publicHealthGrant2024', 'onsMidYear2023'),
    range: (figures) => [0, PUBLIC_HEALTH_GRANT_SHARE_OF_ACUTE_BUDGET * acuteFunding(figures)],
  },
]

// A unit cost's (or care pay's) range was found around the English price (docs/parameters.md); an
// area with another price level gets the same range relative to its own price.
const PRICE_RULES: ScaledLeverRule[] = [...UNIT_COST_PARAMETERS, CARE_PAY_LEVER].map((cost) => {
  const { min, max } = leverSpec(cost.name)
  return {
    lever: cost.name,
    basis: `The range around the English price (${min} to ${max} against ${cost.value}), moved to the area’s own price in proportion.`,
    sources: cost.sources,
    range: (figures) => {
      const own = figures[`${cost.name} at start`]
      return [(min * own) / cost.value, (max * own) / cost.value]
    },
  }
})

export const SCALED_LEVER_RULES: ScaledLeverRule[] = [...SIZE_RULES, ...PRICE_RULES]

/** Steps between zero and a value, ignoring the last bits of floating-point error (18 * 23.26 / 23.26). */
const stepsTo = (value: number, step: number) => Math.round((value / step) * 1e9) / 1e9

/** A whole number of steps as the decimal it is meant to be (229 × 0.05 is 11.45, not 11.450000000000001). */
const stepsOf = (steps: number, step: number) => Number((steps * step).toPrecision(12))

/** An area's ranges for the levers whose scale depends on the place, from its base-year figures. */
export function scaledLeverRanges(
  figures: Readonly<Record<string, number>>,
): Record<string, [number, number]> {
  return Object.fromEntries(
    SCALED_LEVER_RULES.map((rule) => {
      const { step } = leverSpec(rule.lever)
      const [min, max] = rule.range(figures)
      return [
        rule.lever,
        [stepsOf(Math.floor(stepsTo(min, step)), step), stepsOf(Math.ceil(stepsTo(max, step)), step)],
      ]
    }),
  )
}
