// Figures are rebuilt only when what they are built from changes (compared by identity), so a
// result for one scenario redraws only the charts that show it.

export class FigureMemo<T> {
  private readonly cache = new Map<string, { inputs: readonly unknown[]; value: T }>()

  get(key: string, inputs: readonly unknown[], build: () => T): T {
    const hit = this.cache.get(key)
    if (hit && hit.inputs.length === inputs.length && hit.inputs.every((v, i) => v === inputs[i]))
      return hit.value
    const value = build()
    this.cache.set(key, { inputs, value })
    return value
  }
}
