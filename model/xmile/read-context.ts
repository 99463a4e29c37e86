// What the XMILE reader carries while it walks a file: the file name for messages, and the problems
// found so far. The reader keeps going after a bad variable so one ModelError lists every problem.
import { ModelError, type Problem } from '../errors'
import type { XmlElement } from './xml-tree'

export interface Where {
  element?: XmlElement
  variable?: string
}

export class ReadContext {
  readonly problems: Problem[] = []

  constructor(readonly file: string | undefined) {}

  report(message: string, where: Where = {}): void {
    this.problems.push(this.problem(message, where))
  }

  /** An error to throw at once, for problems that leave nothing sensible to read further. */
  fatal(message: string, where: Where = {}): ModelError {
    return new ModelError([...this.problems, this.problem(message, where)])
  }

  private problem(message: string, { element, variable }: Where): Problem {
    const problem: Problem = { message }
    if (this.file !== undefined) problem.file = this.file
    if (element) problem.line = element.line
    if (variable !== undefined) problem.variable = variable
    return problem
  }
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i

/** A decimal number as XMILE writes one (`.34`, `-2`, `3e-05`); NaN for anything else. */
export function parseDecimal(text: string): number {
  const trimmed = text.trim()
  return DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN
}

/** XMILE's flag elements: `<x/>` and `<x>true</x>` are true, `<x>false</x>` false, absent undefined. */
export function readFlag(
  element: XmlElement | undefined,
  context: ReadContext,
  where: Where,
): boolean | undefined {
  if (!element) return undefined
  const text = element.text.trim().toLowerCase()
  if (text === '' || text === 'true') return true
  if (text === 'false') return false
  context.report(`<${element.name}> must be empty, 'true' or 'false', not '${element.text.trim()}'`, {
    ...where,
    element,
  })
  return undefined
}
