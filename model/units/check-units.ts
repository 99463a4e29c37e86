// The compile-time units check: for each of the model's own variables, the units its equation gives
// against the units declared for it, and for each stock, its initial value's units and each flow's
// units times the model's time unit against the stock's. Mismatches are warnings naming the variable
// and both units as the model spells them; the model still runs.
import type { Unit } from 'mathjs'
import type { Expr } from '../compile/expr'
import type { Entry, Plan } from '../compile/plan'
import type { Problem } from '../errors'
import type { Model } from '../ir'
import { formatUnits } from './format-units'
import { type Inferred, unitInference } from './infer-units'
import { parseUnits } from './parse-units'
import { aliasMap, withAliases } from './unit-aliases'
import { quotient } from './unit-math'

interface Declared {
  unit: Unit
  /** As the model writes it, for messages. */
  text: string
}

/** What the model declares: units by variable name as written, and how it spells each unit. */
interface Declarations {
  byName: Map<string, Declared>
  timeUnit: Inferred
  spellings: Map<string, string>
}

type Warn = (variable: string | undefined, message: string) => void

function readDeclarations(model: Model, warn: Warn): Declarations {
  const declarations: Declarations = { byName: new Map(), timeUnit: undefined, spellings: new Map() }
  const aliases = aliasMap(model.units)
  const read = (text: string, variable: string | undefined): Inferred => {
    const parsed = parseUnits(withAliases(text, aliases))
    if (!parsed.ok) {
      warn(variable, `units: cannot read '${text}' (${parsed.reason}); its units are left unchecked`)
      return undefined
    }
    // The first spelling met wins, so messages use one spelling for one unit.
    for (const [name, spelling] of parsed.spellings)
      if (!declarations.spellings.has(name)) declarations.spellings.set(name, spelling)
    return parsed.unit
  }
  for (const variable of model.variables) {
    // An empty <units/> is what XMILE writers emit for a variable whose units were never set: it
    // declares nothing, and reading it as dimensionless would flag every such variable.
    if (!variable.units?.trim()) continue
    const unit = read(variable.units, variable.name)
    if (unit) declarations.byName.set(variable.name, { unit, text: variable.units })
  }
  const timeUnits = model.time.timeUnits
  if (timeUnits?.trim()) declarations.timeUnit = read(timeUnits, undefined)
  return declarations
}

export function checkUnits(model: Model, plan: Plan): Problem[] {
  try {
    return findUnitProblems(model, plan)
  } catch (error) {
    // A fault in this check must not stop a model that would otherwise run; it is still reported.
    const reason = error instanceof Error ? error.message : String(error)
    return [{ file: model.file, message: `units: the units check could not finish (${reason})` }]
  }
}

function findUnitProblems(model: Model, plan: Plan): Problem[] {
  const problems: Problem[] = []
  const seen = new Set<string>()
  const warn: Warn = (variable, message) => {
    const key = `${variable}\u0000${message}`
    if (seen.has(key)) return
    seen.add(key)
    problems.push(
      variable === undefined ? { file: model.file, message } : { file: model.file, variable, message },
    )
  }
  const declarations = readDeclarations(model, warn)
  // With nothing declared, the only known units are pure numbers, which cannot mismatch.
  if (declarations.byName.size === 0 && !declarations.timeUnit) return problems

  const spell = (unit: Unit) => `'${formatUnits(unit, declarations.spellings)}'`
  const scaleNote = (unit: Unit, expected: Unit) => (unit.equalBase(expected) ? ' (scale differs)' : '')

  // Declared units and variable of each output slot. Plan entries name their variable exactly as the
  // model writes it, the same for every element.
  const outputCount = plan.outputNames.length
  const slotUnits: Inferred[] = new Array(outputCount)
  const slotVariables: string[] = new Array(outputCount)
  for (const entry of plan.entries) {
    if (entry.role === 'delay' || entry.slot >= outputCount) continue
    slotUnits[entry.slot] = declarations.byName.get(entry.variable)?.unit
    slotVariables[entry.slot] = entry.variable
  }

  let current = ''
  const infer = unitInference({
    slotUnits: (slot) => (slot < outputCount ? slotUnits[slot] : undefined),
    timeUnit: declarations.timeUnit,
    mismatch: (what, a, b) =>
      warn(current, `units: ${what.replace('{a}', spell(a)).replace('{b}', spell(b))}${scaleNote(a, b)}`),
  })
  const compare = (what: string, inferred: Inferred, declared: Declared | undefined) => {
    if (!inferred || !declared || inferred.equals(declared.unit)) return
    const note = scaleNote(inferred, declared.unit)
    warn(current, `units: ${what} gives ${spell(inferred)} but '${declared.text}' are declared${note}`)
  }
  const checkFlows = (derivative: Expr, stockUnits: Unit) => {
    const time = declarations.timeUnit
    if (!time) return
    const needed = quotient(stockUnits, time)
    for (const { slot, inflow } of flowSlots(derivative, true, [])) {
      const flowUnits = slotUnits[slot]
      if (!flowUnits || flowUnits.multiply(time).equals(stockUnits)) continue
      warn(
        current,
        `units: ${inflow ? 'inflow' : 'outflow'} '${slotVariables[slot]}' is in ${spell(flowUnits)} but the ` +
          `stock's ${spell(stockUnits)} over time in ${spell(time)} need ${spell(needed)}` +
          scaleNote(flowUnits, needed),
      )
    }
  }

  // Only each variable's first element is checked: the elements of an array share their units, and
  // one warning per element would bury the others. Entries that stateful functions add for an element
  // come before the element's own entry, so they are checked (for mismatches inside their
  // arguments) exactly while the variable's first element has not been met.
  const checked = new Set<string>()
  for (const entry of plan.entries) {
    current = entry.variable
    if (checked.has(current)) continue
    if (entry.role === 'delay' || entry.slot >= outputCount) {
      for (const expr of synthesisedExpressions(entry)) infer(expr)
      continue
    }
    checked.add(current)
    const declared = declarations.byName.get(current)
    if (entry.role === 'aux') compare('equation', infer(entry.value), declared)
    if (entry.role === 'stock') {
      compare('initial value', infer(entry.initial), declared)
      if (declared) checkFlows(entry.derivative, declared.unit)
    }
  }
  return problems
}

/** The flows in a stock's derivative, a sum of inflow slots minus outflow slots (build-plan.ts). */
function flowSlots(expr: Expr, inflow: boolean, found: Array<{ slot: number; inflow: boolean }>) {
  if (expr.type === 'slot') found.push({ slot: expr.slot, inflow })
  else if (expr.type === 'unary' && expr.op === '-') flowSlots(expr.arg, !inflow, found)
  else if (expr.type === 'binary' && (expr.op === '+' || expr.op === '-')) {
    flowSlots(expr.left, inflow, found)
    flowSlots(expr.right, expr.op === '+' ? inflow : !inflow, found)
  } else if (expr.type === 'chain' && (expr.ops[0] === '+' || expr.ops[0] === '-')) {
    expr.terms.forEach((term, i) => {
      flowSlots(term, i === 0 || expr.ops[i - 1] === '+' ? inflow : !inflow, found)
    })
  }
  return found
}

/** The expressions of an entry a stateful function added, which hold the function's arguments. */
function synthesisedExpressions(entry: Entry): Expr[] {
  switch (entry.role) {
    case 'aux':
      return [entry.value]
    case 'stock':
      return [entry.initial, entry.derivative]
    case 'memory':
      return [entry.initial]
    case 'delay':
      return [entry.delayTime, entry.initial]
    default:
      return []
  }
}
