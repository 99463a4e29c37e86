// The mathjs instance that units are parsed and combined with. It is private: model files bring
// words such as `people`, `beds` or `GBP` that become units (base-units.ts), and registering them on
// the global mathjs would change what every other user of mathjs in the app parses.
import { create, createUnitDependencies, type MathJsInstance, type Unit, unitDependencies } from 'mathjs'

/** mathjs name of the unit that dimensionless words (`Dmnl`, `unitless`, ...) stand for. */
export const DIMENSIONLESS_NAME = 'cbdimensionless'
/** mathjs has no quarter of a year; models of budgets use one. */
export const QUARTER_NAME = 'cbquarter'

let instance: MathJsInstance | undefined

/**
 * Created on first use (mathjs `create` takes a few milliseconds). `predictable` keeps dimensionless
 * results of `multiply`, `divide` and `pow` as Units: mathjs otherwise turns them into plain numbers.
 */
export function unitMath(): MathJsInstance {
  if (!instance) {
    instance = create({ unitDependencies, createUnitDependencies }, { predictable: true })
    instance.createUnit(DIMENSIONLESS_NAME, '1')
    instance.createUnit(QUARTER_NAME, '3 month')
  }
  return instance
}

let one: Unit | undefined

/**
 * A dimensionless unit of scale 1, for comparisons, logarithms and the like. Shared: the Unit
 * methods used on it return new Units and never change it.
 */
export function dimensionless(): Unit {
  one ??= unitMath().unit('1')
  return one
}

// mathjs's typings declare `Unit.pow(Unit)` and `Unit.divide(): Unit | number`; the method takes a
// number, and with `predictable` set the quotient is always a Unit.

export function raisedTo(unit: Unit, exponent: number): Unit {
  return (unit as unknown as { pow(exponent: number): Unit }).pow(exponent)
}

export function quotient(dividend: Unit, divisor: Unit): Unit {
  return dividend.divide(divisor) as Unit
}
