// Reading a run's outputs by name. A run arrives as one Float64Array (variable by variable) whose
// layout is fixed by the model, so names are indexed once per model and every run shares the index.
import { canonicalName } from '../../model/names'

export interface ArrayElement {
  /** The output's full name, e.g. `population[65-74]`. */
  name: string
  /** The element's label, e.g. `65-74`. */
  element: string
  index: number
}

export class OutputIndex {
  private readonly byName = new Map<string, number>()

  constructor(readonly names: readonly string[]) {
    names.forEach((name, i) => {
      this.byName.set(canonicalName(name), i)
    })
  }

  indexOf(name: string): number | undefined {
    return this.byName.get(canonicalName(name))
  }

  has(name: string): boolean {
    return this.indexOf(name) !== undefined
  }

  /** The elements of an arrayed output, e.g. `population` -> `population[0-64]`, ... in model order. */
  elements(base: string): ArrayElement[] {
    const prefix = `${canonicalName(base)}[`
    const found: ArrayElement[] = []
    this.names.forEach((name, index) => {
      if (!canonicalName(name).startsWith(prefix)) return
      const open = name.indexOf('[')
      found.push({ name, element: name.slice(open + 1, name.lastIndexOf(']')).trim(), index })
    })
    return found
  }
}

export class RunView {
  constructor(
    readonly index: OutputIndex,
    readonly times: Float64Array,
    readonly values: Float64Array,
    /** The request number this run answered, so a chart can tell which lever move it shows. */
    readonly seq: number,
  ) {}

  has(name: string): boolean {
    return this.index.has(name)
  }

  /** The saved values of one output (a view, not a copy). */
  series(name: string): Float64Array {
    const i = this.index.indexOf(name)
    if (i === undefined) throw new Error(`the model has no output named '${name}'`)
    return this.seriesAt(i)
  }

  seriesAt(index: number): Float64Array {
    const count = this.times.length
    return this.values.subarray(index * count, (index + 1) * count)
  }

  /** The value at the saved time nearest to `time`. */
  valueAt(name: string, time: number): number {
    return this.series(name)[this.nearestTimeIndex(time)]
  }

  nearestTimeIndex(time: number): number {
    const times = this.times
    let nearest = 0
    for (let i = 1; i < times.length; i++) {
      if (Math.abs(times[i] - time) < Math.abs(times[nearest] - time)) nearest = i
    }
    return nearest
  }
}
