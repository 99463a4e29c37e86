// Builds small models from a compact description, for spec tests of the engine.
import { compile } from '../compile-model'
import type { Dimension, GraphicalFunction, Model, TimeSpec, Variable } from '../ir'
import { series } from '../results'
import type { RunOptions } from '../simulation'

export type SmallVariable =
  | string
  | { stock: string; inflows?: string[]; outflows?: string[]; nonNegative?: boolean; dimensions?: string[] }
  | { flow: string; nonNegative?: boolean; dimensions?: string[] }
  | { aux: string; dimensions?: string[]; elements?: Record<string, string>; gf?: GraphicalFunction }
  | { gf: GraphicalFunction }

export function smallModel(
  variables: Record<string, SmallVariable>,
  time: Partial<TimeSpec> = {},
  dimensions: Dimension[] = [],
): Model {
  return {
    name: 'test',
    time: { start: 0, stop: 10, dt: 1, method: 'euler', ...time },
    dimensions,
    variables: Object.entries(variables).map(([name, v]): Variable => {
      if (typeof v === 'string') return { kind: 'aux', name, equation: v }
      if ('stock' in v) {
        return {
          kind: 'stock',
          name,
          equation: v.stock,
          inflows: v.inflows ?? [],
          outflows: v.outflows ?? [],
          nonNegative: v.nonNegative,
          dimensions: v.dimensions,
        }
      }
      if ('flow' in v)
        return { kind: 'flow', name, equation: v.flow, nonNegative: v.nonNegative, dimensions: v.dimensions }
      if ('aux' in v) {
        const elements = v.elements
          ? Object.entries(v.elements).map(([subscripts, equation]) => ({
              subscripts: subscripts.split(','),
              equation,
            }))
          : undefined
        return {
          kind: 'aux',
          name,
          equation: v.aux || undefined,
          dimensions: v.dimensions,
          elements,
          graphicalFunction: v.gf,
        }
      }
      return { kind: 'gf', name, graphicalFunction: v.gf }
    }),
  }
}

/** Compiles and runs, returning a reader of each output's saved values as a plain array. */
export function runSmall(model: Model, options?: RunOptions): (name: string) => number[] {
  const result = compile(model).run(options)
  return (name) => Array.from(series(result, name))
}
