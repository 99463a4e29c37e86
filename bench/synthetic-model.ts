// A 1,000-variable model for the benchmark: 200 coupled goal-seeking chains, each a stock, an
// inflow, an outflow, an auxiliary and a constant. Big enough that per-variable cost dominates.
import type { Model, Variable } from '../model/ir'

export const SYNTHETIC_CHAINS = 200

export function syntheticModel(chains = SYNTHETIC_CHAINS): Model {
  const variables: Variable[] = []
  for (let i = 0; i < chains; i++) {
    const upstream = i === 0 ? '' : ` + stock_${i - 1} * 0.01`
    variables.push(
      {
        kind: 'stock',
        name: `stock ${i}`,
        equation: '50',
        inflows: [`inflow_${i}`],
        outflows: [`outflow_${i}`],
      },
      { kind: 'flow', name: `inflow ${i}`, equation: `MAX(0, pressure_${i}) * 10${upstream}` },
      { kind: 'flow', name: `outflow ${i}`, equation: `stock_${i} / 5` },
      { kind: 'aux', name: `pressure ${i}`, equation: `(target_${i} - stock_${i}) / target_${i}` },
      { kind: 'aux', name: `target ${i}`, equation: String(100 + i) },
    )
  }
  return {
    name: 'synthetic-1000',
    time: { start: 0, stop: 100, dt: 0.25, method: 'euler' },
    dimensions: [],
    variables,
  }
}
