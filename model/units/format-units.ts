// A Unit back into words for a message, spelled as the model spells them (`people/Month`, not
// `cbunit0 / month`). mathjs keeps every factor it multiplied (`people/day * day` is three factors),
// so like factors are combined here and cancelled ones left out.
import type { Unit } from 'mathjs'
import { wordForUnitName } from './base-units'
import { DIMENSIONLESS_NAME } from './unit-math'

interface Factor {
  name: string
  power: number
}

function combinedFactors(unit: Unit): { factors: Factor[]; scale: number } {
  const powers = new Map<string, number>()
  // The Unit's value is its size in SI terms; what its factors do not account for is a number the
  // units themselves carry, as in `1000 people`.
  let size = 1
  // Prefixes never occur: every name handed to mathjs is a whole unit name (parse-units.ts).
  for (const part of unit.units) {
    const name = part.unit.name
    size *= part.unit.value ** part.power
    if (part.unit.name === DIMENSIONLESS_NAME) continue
    powers.set(name, (powers.get(name) ?? 0) + part.power)
  }
  const factors = [...powers]
    .filter(([, power]) => Math.abs(power) > 1e-12)
    .map(([name, power]) => ({ name, power }))
  return { factors, scale: (unit.value as number) / size }
}

function roundPower(power: number): string {
  return String(Number(power.toPrecision(6)))
}

export function formatUnits(unit: Unit, spellings: ReadonlyMap<string, string>): string {
  const { factors, scale } = combinedFactors(unit)
  const word = (factor: Factor, power: number) => {
    const name = spellings.get(factor.name) ?? wordForUnitName(factor.name)
    return power === 1 ? name : `${name}^${roundPower(power)}`
  }
  const above = factors.filter((factor) => factor.power > 0).map((factor) => word(factor, factor.power))
  const below = factors.filter((factor) => factor.power < 0).map((factor) => word(factor, -factor.power))
  const number = Math.abs(scale - 1) > 1e-9 ? String(Number(scale.toPrecision(6))) : ''
  if (!above.length && !below.length) return number || 'dimensionless'
  let text = above.join('*') || '1'
  if (number) text = above.length ? `${number} ${text}` : number
  if (below.length) text += `/${below.length > 1 ? `(${below.join('*')})` : below[0]}`
  return text
}
