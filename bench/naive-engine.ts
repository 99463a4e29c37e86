// The baseline the engine's code generation is measured against: the same equations, parsed by
// mathjs and interpreted with `evaluate` against a scope at every step, as a first attempt would.
// Scalar models with stocks, flows, auxiliaries and MIN/MAX/ABS/EXP only.
import { type EvalFunction, type MathNode, parse, SymbolNode } from 'mathjs'
import { parseEquation } from '../model/equations/parse-equation'
import type { Model, Stock } from '../model/ir'
import { canonicalName } from '../model/names'

interface Equation {
  key: string
  code: EvalFunction
  reads: string[]
}

function compileEquation(text: string, variable: string): Equation {
  const parsed = parseEquation(text, variable)
  const reads: string[] = []
  const renamed = parsed.tree.transform((node: MathNode, _path: string, parent: MathNode | null) => {
    if (node.type !== 'SymbolNode') return node
    const symbol = (node as SymbolNode).name
    const written = parsed.names.get(symbol)?.name ?? symbol
    if (parent?.type === 'FunctionNode' && (parent as MathNode & { fn: MathNode }).fn === node) {
      return new SymbolNode(written.toLowerCase())
    }
    const key = `n_${canonicalName(written)}`
    reads.push(key)
    return new SymbolNode(key)
  })
  // Re-parsed by the full mathjs: the engine's own parser is built without mathjs's evaluator.
  return { key: `n_${canonicalName(variable)}`, code: parse(renamed.toString()).compile(), reads }
}

export class NaiveEngine {
  private readonly auxiliaries: Equation[]
  private readonly stocks: Array<{ key: string; initial: Equation; inflows: string[]; outflows: string[] }>
  private readonly outputKeys: string[]

  constructor(private readonly model: Model) {
    this.outputKeys = model.variables.map((v) => `n_${canonicalName(v.name)}`)
    this.stocks = model.variables
      .filter((v): v is Stock => v.kind === 'stock')
      .map((stock) => ({
        key: `n_${canonicalName(stock.name)}`,
        initial: compileEquation(stock.equation ?? '0', stock.name),
        inflows: stock.inflows.map((name) => `n_${canonicalName(name)}`),
        outflows: stock.outflows.map((name) => `n_${canonicalName(name)}`),
      }))
    const unordered = model.variables
      .filter((v) => v.kind !== 'stock')
      .map((v) => compileEquation(v.equation ?? '0', v.name))
    this.auxiliaries = orderByReads(unordered, new Set(this.stocks.map((s) => s.key)))
  }

  run(): Float64Array {
    const { start, stop, dt } = this.model.time
    const steps = Math.floor((stop - start) / dt + 1e-9)
    const saved = steps + 1
    const out = new Float64Array(this.outputKeys.length * saved)
    const scope = new Map<string, number>()
    // Initial stocks may read constants, so evaluate what can be evaluated before stocks exist.
    for (const aux of this.auxiliaries) {
      if (aux.reads.every((key) => scope.has(key))) scope.set(aux.key, aux.code.evaluate(scope))
    }
    for (const stock of this.stocks) scope.set(stock.key, stock.initial.code.evaluate(scope))
    for (let step = 0; ; step++) {
      for (const aux of this.auxiliaries) scope.set(aux.key, aux.code.evaluate(scope))
      this.outputKeys.forEach((key, i) => {
        out[i * saved + step] = scope.get(key)!
      })
      if (step === steps) break
      const changes = this.stocks.map((stock) => {
        const inflow = stock.inflows.reduce((sum, key) => sum + scope.get(key)!, 0)
        return inflow - stock.outflows.reduce((sum, key) => sum + scope.get(key)!, 0)
      })
      this.stocks.forEach((stock, i) => {
        scope.set(stock.key, scope.get(stock.key)! + dt * changes[i])
      })
    }
    return out
  }
}

function orderByReads(equations: Equation[], known: Set<string>): Equation[] {
  const byKey = new Map(equations.map((e) => [e.key, e]))
  const ordered: Equation[] = []
  const done = new Set(known)
  const visit = (equation: Equation) => {
    if (done.has(equation.key)) return
    done.add(equation.key)
    for (const read of equation.reads) {
      const dependency = byKey.get(read)
      if (dependency) visit(dependency)
    }
    ordered.push(equation)
  }
  equations.forEach(visit)
  return ordered
}
