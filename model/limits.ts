// How large a model and a run may be. A file that goes beyond a limit gets a named error (file,
// variable, which limit, how to change it) before the engine spends the time or memory, never a
// crash: these limits are what keeps a typo, or a hostile file, from taking the machine down.
import { ModelError, type Problem } from './errors'

export interface Limits {
  /** Brackets, IFs, powers and signs nested in one equation (mathjs parses them recursively). */
  nesting: number
  /** Tokens (names, numbers, operators) in one equation. */
  equationTokens: number
  /** Elements of one variable, the product of its dimensions' sizes. */
  variableElements: number
  /** Elements of all variables together: the outputs of a run. */
  modelElements: number
  /** Dimensions one variable is arrayed over. */
  variableDimensions: number
  /** Nodes of every resolved equation together, once arrays and reducers are expanded. */
  expressionNodes: number
  /** Integration steps in one run. */
  steps: number
  /** Bytes of one run's results (outputs x saved times x 8). */
  resultBytes: number
}

export const GIGABYTE = 1024 ** 3

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  nesting: 100,
  equationTokens: 100_000,
  variableElements: 1_000_000,
  modelElements: 1_000_000,
  variableDimensions: 16,
  expressionNodes: 5_000_000,
  steps: 50_000_000,
  resultBytes: 2 * GIGABYTE,
})

/** Where a limit was met: what is too large, and how to bring it within the limit. */
export interface LimitProblem extends Omit<Problem, 'message'> {
  /** What goes beyond the limit, with both numbers: `the results would take 4 GB, more than the limit of 2 GB`. */
  what: string
  /** How to change it: `save less often (a longer save period)`. */
  advice: string
}

/** A limit a model or run goes beyond: a ModelError that says which limit and what to do. */
export class LimitError extends ModelError {
  readonly limitProblem: LimitProblem

  constructor(
    readonly limit: keyof Limits,
    problem: LimitProblem,
  ) {
    const { what, advice, ...where } = problem
    super({ ...where, message: `${what}: ${advice}` })
    this.name = 'LimitError'
    this.limitProblem = problem
  }

  override inFile(file: string): LimitError {
    return new LimitError(this.limit, { ...this.limitProblem, file: this.limitProblem.file ?? file })
  }
}

/** 1234567 -> `1,234,567`, for messages. */
export function count(value: number): string {
  return value.toLocaleString('en-GB')
}

/** Bytes as a size a person reads: `2 GB`, `350 MB`. */
export function size(bytes: number): string {
  if (bytes >= GIGABYTE) return `${Number((bytes / GIGABYTE).toPrecision(3))} GB`
  return `${Number((bytes / 1024 ** 2).toPrecision(3))} MB`
}
