// The format-neutral model description. Readers (XMILE, the care model's builder) produce it; the
// compiler consumes it; writers serialise it. It holds equations as text in XMILE syntax, so a model
// can be written back exactly as it was read, and nothing here knows about XML or code generation.

export type IntegrationMethod = 'euler' | 'rk4'

export interface TimeSpec {
  start: number
  stop: number
  dt: number
  /** Interval between saved results; a multiple of dt. Defaults to dt. */
  savePeriod?: number
  method: IntegrationMethod
  timeUnits?: string
}

export interface Dimension {
  name: string
  elements: string[]
}

/** How a graphical function treats x between and beyond its points (XMILE `type`). */
export type GraphicalFunctionKind = 'continuous' | 'extrapolate' | 'discrete'

export interface GraphicalFunction {
  kind: GraphicalFunctionKind
  /** Strictly increasing x values. */
  xs: number[]
  ys: number[]
}

/** Where a default value comes from: enough for a reader to find the number. */
export interface Source {
  title: string
  year?: number
  /** Table, figure, page or section of the source the number was read from. */
  table?: string
  url?: string
  note?: string
}

/** Facts about a variable that a user interface shows beside it. */
export interface VariableMeta {
  sources?: Source[]
  /** Plausible range of a parameter, where the literature gives one. */
  range?: [number, number]
}

/** An equation for some elements of an arrayed variable. */
export interface ElementEquation {
  /** One element name per dimension of the variable, in order. */
  subscripts: string[]
  equation: string
  graphicalFunction?: GraphicalFunction
}

interface VariableBase {
  /** The name as written by the modeller, e.g. `Teacup Temperature`. */
  name: string
  /** Names of the dimensions the variable is arrayed over; absent for scalars. */
  dimensions?: string[]
  /**
   * The equation in XMILE syntax. For an arrayed variable without `elements` it applies to every
   * element; for a stock it gives the initial value.
   */
  equation?: string
  /** Per-element equations for arrayed variables defined element by element. */
  elements?: ElementEquation[]
  /** When present, the variable's value is this function of its equation's value. */
  graphicalFunction?: GraphicalFunction
  units?: string
  doc?: string
  meta?: VariableMeta
}

export interface Stock extends VariableBase {
  kind: 'stock'
  inflows: string[]
  outflows: string[]
  nonNegative?: boolean
}

export interface Flow extends VariableBase {
  kind: 'flow'
  nonNegative?: boolean
}

export interface Auxiliary extends VariableBase {
  kind: 'aux'
}

/** A standalone graphical function (XMILE `<gf name=...>`), called by name like a function. */
export interface GraphicalFunctionVariable extends VariableBase {
  kind: 'gf'
  graphicalFunction: GraphicalFunction
}

export type Variable = Stock | Flow | Auxiliary | GraphicalFunctionVariable

/** A unit the model names, with other spellings that mean the same (XMILE `<model_units>`). */
export interface UnitDefinition {
  name: string
  /** Its definition in other units (`7 * days`), where the file gives one. */
  equation?: string
  aliases: string[]
}

export interface Model {
  name: string
  time: TimeSpec
  dimensions: Dimension[]
  variables: Variable[]
  /** Units the model defines; absent when it defines none. */
  units?: UnitDefinition[]
  doc?: string
  /** File the model was read from, for error messages. */
  file?: string
}
