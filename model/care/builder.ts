// A small helper for writing the care model as IR: each sector file adds its stocks, flows,
// auxiliaries and sourced constants through it, so the sector files read as a list of equations
// rather than as object literals.
import type {
  Dimension,
  ElementEquation,
  GraphicalFunction,
  Model,
  Source,
  TimeSpec,
  UnitDefinition,
  Variable,
  VariableMeta,
} from '../ir'

/**
 * The care model counts people under several names: a patient, an admission (a person admitted),
 * a client, a resident, an occupied bed or place (a person in it), a birth or a death (a person
 * arriving or leaving), a care worker's post. The units check reads them all as one unit, so it flags real mistakes
 * (people added to money or to years) rather than words.
 */
const CARE_UNITS: UnitDefinition[] = [
  {
    name: 'people',
    aliases: [
      'patients',
      'admissions',
      'clients',
      'residents',
      'beds',
      'places',
      'births',
      'deaths',
      'posts',
    ],
  },
]

/** What every care-model variable may carry beside its equation. */
export interface Described {
  units?: string
  doc?: string
  dimensions?: string[]
  /** Per-element equations, keyed by comma-separated element names (`age85plus,multimorbid`). */
  elements?: Record<string, string>
}

/** A sourced default value: the model's constants are all made from these. */
export interface ParameterDefinition {
  name: string
  value: number
  units: string
  doc: string
  sources: Source[]
  range?: [number, number]
  /** Set for a value we computed from sourced figures; the note shows how. */
  derivation?: string
  /** The model sector the parameter belongs to (set by the builder), for the documentation. */
  sector?: string
  /** True when the value was checked against a copy of the cited source while building the model. */
  checked?: boolean
}

/** An arrayed parameter: one sourced value per element. */
export interface ArrayParameterDefinition extends Omit<ParameterDefinition, 'value' | 'range'> {
  dimensions: string[]
  /** Comma-separated element names -> value. */
  values: Record<string, number>
}

function elementEquations(elements: Record<string, string> | undefined): ElementEquation[] | undefined {
  if (!elements) return undefined
  return Object.entries(elements).map(([subscripts, equation]) => ({
    subscripts: subscripts.split(',').map((s) => s.trim()),
    equation,
  }))
}

function meta(sources: Source[] | undefined, range?: [number, number]): VariableMeta | undefined {
  if (!sources?.length && !range) return undefined
  return { ...(sources?.length ? { sources } : {}), ...(range ? { range } : {}) }
}

export class CareModelBuilder {
  private sector = 'General'
  private readonly variables: Variable[] = []
  private readonly names = new Set<string>()
  readonly parameters: ParameterDefinition[] = []
  readonly arrayParameters: ArrayParameterDefinition[] = []

  constructor(private readonly dimensions: Dimension[]) {}

  /** Names the sector that the parameters added next belong to. */
  beginSector(name: string): void {
    this.sector = name
  }

  private push(variable: Variable): void {
    const key = variable.name.toLowerCase().replace(/[\s_]+/g, ' ')
    if (this.names.has(key)) throw new Error(`care model: '${variable.name}' is defined twice`)
    this.names.add(key)
    this.variables.push(variable)
  }

  stock(
    name: string,
    initial: string,
    flows: { inflows?: string[]; outflows?: string[] },
    described: Described = {},
  ): void {
    this.push({
      kind: 'stock',
      name,
      equation: described.elements ? undefined : initial,
      elements: elementEquations(described.elements),
      inflows: flows.inflows ?? [],
      outflows: flows.outflows ?? [],
      dimensions: described.dimensions,
      units: described.units,
      doc: described.doc,
    })
  }

  flow(name: string, equation: string, described: Described = {}): void {
    this.pushComputed('flow', name, equation, described)
  }

  aux(name: string, equation: string, described: Described = {}): void {
    this.pushComputed('aux', name, equation, described)
  }

  /** A flow or an auxiliary: the two differ only in how the model reads them. */
  private pushComputed(kind: 'flow' | 'aux', name: string, equation: string, described: Described): void {
    this.push({
      kind,
      name,
      equation: described.elements ? undefined : equation,
      elements: elementEquations(described.elements),
      dimensions: described.dimensions,
      units: described.units,
      doc: described.doc,
    })
  }

  /** A graphical function called by name in equations. */
  graphical(name: string, table: GraphicalFunction, described: Described & { sources?: Source[] }): void {
    this.push({
      kind: 'gf',
      name,
      graphicalFunction: table,
      units: described.units,
      doc: described.doc,
      meta: meta(described.sources),
    })
  }

  /** A sourced scalar constant, kept in the parameter list that docs/parameters.md is made from. */
  parameter(definition: ParameterDefinition): void {
    this.parameters.push({ ...definition, sector: this.sector })
    const sources = definition.derivation
      ? [...definition.sources, { title: 'Derived for this model', note: definition.derivation }]
      : definition.sources
    this.push({
      kind: 'aux',
      name: definition.name,
      equation: String(definition.value),
      units: definition.units,
      doc: definition.doc,
      meta: meta(sources, definition.range),
    })
  }

  /** A sourced constant with one value per element of its dimensions. */
  arrayParameter(definition: ArrayParameterDefinition): void {
    this.arrayParameters.push({ ...definition, sector: this.sector })
    const sources = definition.derivation
      ? [...definition.sources, { title: 'Derived for this model', note: definition.derivation }]
      : definition.sources
    this.push({
      kind: 'aux',
      name: definition.name,
      dimensions: definition.dimensions,
      elements: Object.entries(definition.values).map(([subscripts, value]) => ({
        subscripts: subscripts.split(',').map((s) => s.trim()),
        equation: String(value),
      })),
      units: definition.units,
      doc: definition.doc,
      meta: meta(sources),
    })
  }

  build(name: string, time: TimeSpec, doc: string): Model {
    return { name, time, dimensions: this.dimensions, variables: [...this.variables], units: CARE_UNITS, doc }
  }
}
