// Errors and warnings that name where the problem is: the file, the variable and the position in
// its equation, so an analyst can find and fix it without reading a stack trace.

export interface ProblemLocation {
  file?: string
  variable?: string
  /** 1-based column in the variable's equation text. */
  column?: number
  /** 1-based line in the file, where known (XML parse errors). */
  line?: number
}

export interface Problem extends ProblemLocation {
  message: string
}

const ESCAPES = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
])

/**
 * Control characters (and the invisible marks that reorder text) shown as escapes: a name in a
 * file may hold an ESC byte, and echoed raw it would drive the user's terminal instead of being read.
 */
export function escapeControls(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (character) => ESCAPES.get(character) ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

export function formatProblem(problem: Problem): string {
  const where: string[] = []
  if (problem.file) where.push(problem.line ? `${problem.file}:${problem.line}` : problem.file)
  if (problem.variable) where.push(`variable '${problem.variable}'`)
  if (problem.column) where.push(`column ${problem.column}`)
  return escapeControls(where.length ? `${where.join(', ')}: ${problem.message}` : problem.message)
}

/** A model that cannot be read, compiled or run. Holds every problem found, not just the first. */
export class ModelError extends Error {
  readonly problems: Problem[]

  constructor(problems: Problem | Problem[]) {
    const list = Array.isArray(problems) ? problems : [problems]
    super(list.map(formatProblem).join('\n'))
    this.name = 'ModelError'
    this.problems = list
  }

  /** The same problems, with the file filled in where it was not known when they were found. */
  inFile(file: string): ModelError {
    return new ModelError(this.problems.map((p) => ({ ...p, file: p.file ?? file })))
  }
}
