// Resolves every element of every variable into plan entries: constants, auxiliaries and flows,
// stocks with their derivatives, and the synthetic state of stateful functions. Problems in
// different variables are all collected, so a user fixing a file sees every error at once.
import type { MathNode } from 'mathjs'
import { type ParsedEquation, parseEquation } from '../equations/parse-equation'
import { ModelError, type Problem } from '../errors'
import type { GraphicalFunction, Model, Variable } from '../ir'
import { DEFAULT_LIMITS, LimitError, type Limits } from '../limits'
import { canonicalName } from '../names'
import { type BinaryOperator, chain, type Expr } from './expr'
import { elementCombinations, type Layout, type VariableInfo } from './layout'
import type { Plan, PlanInput } from './plan'
import { PlanBuilder } from './plan-builder'
import { EquationResolver } from './resolve'
import { resolveBareArray } from './subscripts'

interface ElementDefinition {
  equation: string | undefined
  graphicalFunction: GraphicalFunction | undefined
}

function definitionFor(variable: Variable, info: VariableInfo, indices: number[]): ElementDefinition {
  const keys = indices.map((index, d) => info.dimensions[d].elementKeys[index])
  const specific = variable.elements?.find(
    (element) =>
      element.subscripts.length === keys.length &&
      element.subscripts.every((subscript, d) => canonicalName(subscript) === keys[d]),
  )
  return {
    equation: specific?.equation ?? variable.equation,
    graphicalFunction: specific?.graphicalFunction ?? (specific ? undefined : variable.graphicalFunction),
  }
}

export function buildPlan(model: Model, layout: Layout, limits: Limits = DEFAULT_LIMITS): Plan {
  const builder = new PlanBuilder(layout.outputNames.length, limits)
  const problems: Problem[] = []
  const inputs: PlanInput[] = []
  const inputsByName = new Map<string, number[]>()
  const constantNames: string[] = []
  const graphicalFunctionNames: string[] = []
  /** Makes `name` (an element's, a scalar's or a whole array's) set the input at `index`. */
  const nameInput = (name: string, index: number, names: string[]) => {
    const key = canonicalName(name)
    let indices = inputsByName.get(key)
    if (!indices) {
      indices = []
      inputsByName.set(key, indices)
      names.push(name)
    }
    indices.push(index)
  }
  const addInput = (input: PlanInput): number => inputs.push(input) - 1
  const registerFunction = (name: string, table: number, wholeArray?: string) => {
    const index = addInput({ kind: 'graphical function', name, table })
    nameInput(name, index, graphicalFunctionNames)
    if (wholeArray !== undefined) nameInput(wholeArray, index, graphicalFunctionNames)
  }

  // Every graphical function gets its table before any equation is resolved: equations may call a
  // standalone one by name, and Stella also lets them call an auxiliary's (`LOOKUP(aux, x)`).
  const functionTables = new Map<string, number>()
  const elementTables = new Map<number, number>()
  for (const info of layout.variables.values()) {
    const variable = info.variable
    if (variable.kind === 'gf') {
      const table = builder.addTable(variable.graphicalFunction)
      functionTables.set(info.key, table)
      registerFunction(variable.name, table)
      continue
    }
    elementCombinations(info.dimensions).forEach((indices, offset) => {
      const gf = definitionFor(variable, info, indices).graphicalFunction
      if (!gf) return
      const slot = info.firstSlot + offset
      const table = builder.addTable(gf)
      elementTables.set(slot, table)
      registerFunction(layout.outputNames[slot], table, info.dimensions.length ? variable.name : undefined)
      if (!info.dimensions.length) functionTables.set(info.key, table)
    })
  }

  const resolver = new EquationResolver({
    layout,
    builder,
    limits,
    functionTable: (key) => functionTables.get(key),
  })
  const trees = new Map<string, MathNode>()
  // The elements of an arrayed variable mostly share one equation: each is parsed once per variable.
  const parsedEquations = new Map<string, ParsedEquation>()
  const parse = (variable: Variable, equation: string): ParsedEquation => {
    let parsed = parsedEquations.get(equation)
    if (!parsed) {
      parsed = parseEquation(equation, variable.name, { limits, trees })
      parsedEquations.set(equation, parsed)
    }
    return parsed
  }

  for (const info of layout.variables.values()) {
    const variable = info.variable
    if (variable.kind === 'gf') continue
    parsedEquations.clear()
    const constantInputs: number[] = []
    elementCombinations(info.dimensions).forEach((indices, offset) => {
      const slot = info.firstSlot + offset
      const label = layout.outputNames[slot]
      try {
        const definition = definitionFor(variable, info, indices)
        if (definition.equation === undefined || definition.equation.trim() === '') {
          throw new ModelError({ variable: label, message: 'has no equation' })
        }
        const value = resolver.resolve(
          parse(variable, definition.equation),
          { variable: info, indices },
          { variable: variable.name, label },
        )
        if (variable.kind === 'stock') {
          const derivative = stockDerivative(variable, info, indices, layout)
          builder.add({
            role: 'stock',
            slot,
            initial: value,
            derivative,
            nonNegative: !!variable.nonNegative,
            variable: variable.name,
            label,
          })
        } else if (
          value.type === 'number' &&
          !definition.graphicalFunction &&
          !(variable.kind === 'flow' && variable.nonNegative)
        ) {
          builder.add({ role: 'constant', slot, value: value.value, variable: variable.name, label })
          const index = addInput({ kind: 'constant', name: label, slot, value: value.value })
          nameInput(label, index, constantNames)
          constantInputs.push(index)
        } else {
          const table = elementTables.get(slot)
          builder.add({
            role: 'aux',
            slot,
            value: table === undefined ? value : { type: 'lookup', table, arg: value },
            nonNegative: variable.kind === 'flow' && !!variable.nonNegative,
            variable: variable.name,
            label,
          })
        }
      } catch (error) {
        // A limit met once will be met again by every equation after it: stop at the first.
        if (!(error instanceof ModelError) || error instanceof LimitError) throw error
        problems.push(...error.problems)
      }
    })
    // A whole array of constants can be set at once by its name.
    if (info.dimensions.length && constantInputs.length === info.count) {
      for (const index of constantInputs) nameInput(variable.name, index, constantNames)
    }
  }
  if (problems.length) throw new ModelError(problems.map((p) => ({ ...p, file: p.file ?? model.file })))
  return {
    slotCount: builder.slotCount,
    outputNames: layout.outputNames,
    entries: builder.entries,
    tables: builder.tables,
    inputs,
    inputsByName,
    constantNames,
    graphicalFunctionNames,
  }
}

/** Sum of the element's inflows minus its outflows, matching elements by dimension. */
function stockDerivative(
  stock: Variable & { kind: 'stock' },
  info: VariableInfo,
  indices: number[],
  layout: Layout,
): Expr {
  const flowSlot = (name: string, direction: 'inflow' | 'outflow'): number => {
    const flow = layout.variables.get(canonicalName(name))
    if (!flow) throw new ModelError({ variable: stock.name, message: `unknown ${direction} '${name}'` })
    // Only a flow may fill or drain a stock: anything else integrates a quantity that is no rate.
    if (flow.variable.kind !== 'flow') {
      const what = { stock: 'a stock', aux: 'an auxiliary', gf: 'a graphical function' }[flow.variable.kind]
      throw new ModelError({
        variable: stock.name,
        message: `${direction} '${name}' is ${what}, not a flow: a stock's inflows and outflows must be flows`,
      })
    }
    if (flow.dimensions.length === 0) return flow.firstSlot
    const result = resolveBareArray(flow, { variable: info, indices })
    if (!result.ok || result.isRange) {
      throw new ModelError({
        variable: stock.name,
        message: `flow '${name}' has dimensions the stock does not have`,
      })
    }
    return result.slots[0]
  }
  const terms: Expr[] = []
  const ops: BinaryOperator[] = []
  for (const name of stock.inflows) {
    if (terms.length) ops.push('+')
    terms.push({ type: 'slot', slot: flowSlot(name, 'inflow') })
  }
  for (const name of stock.outflows) {
    const outflow: Expr = { type: 'slot', slot: flowSlot(name, 'outflow') }
    if (terms.length) ops.push('-')
    terms.push(terms.length ? outflow : { type: 'unary', op: '-', arg: outflow })
  }
  return terms.length ? chain(terms, ops) : { type: 'number', value: 0 }
}
