// How large a scenario, a project file or a share link may be. Generous for real work (a name is a
// long title, a description a page of notes, a time series monthly over several horizons), and
// small enough that a pasted-in document cannot freeze the app on every lever move or reload. The
// reader refuses oversized text before parsing it, so the CLI and the app refuse alike; the app
// also checks a file's size before reading it at all. Pure, so the app states the same numbers.

export const SCENARIO_LIMITS = {
  /** A scenario file's text, in bytes of UTF-8. */
  fileBytes: 1_000_000,
  /** A project file (area edits and every scenario), in bytes of UTF-8. */
  projectBytes: 10_000_000,
  /** Scenarios in one project file. */
  projectScenarios: 500,
  /** A scenario's name, in characters: a long title, not a paragraph. */
  nameChars: 200,
  description: 10_000,
  /** Points in one lever's time series (monthly for 20 years is 240). */
  seriesPoints: 1_000,
  /** Entries in a scenario's list of sources, and characters in any one of their fields. */
  sources: 50,
  sourceFieldChars: 2_000,
  /** The `#scenario=` part of a share link, in characters; larger scenarios travel as files. */
  shareLinkChars: 100_000,
} as const

const formatCount = (n: number) => n.toLocaleString('en-GB')

/** "1 MB" for a byte count, as a person would say it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${formatCount(Math.round(bytes / 100_000) / 10)} MB`
  if (bytes >= 1_000) return `${formatCount(Math.round(bytes / 1_000))} kB`
  return `${formatCount(bytes)} bytes`
}

/**
 * The sentence refusing something of `size` bytes where at most `limit` are allowed, or undefined
 * when it fits. `what` names the thing, e.g. "a scenario file".
 */
export function sizeProblem(size: number, limit: number, what: string): string | undefined {
  if (size <= limit) return undefined
  return `it is ${formatBytes(size)}, larger than ${what} may be (${formatBytes(limit)})`
}

/** The same for a text, measured in bytes of UTF-8 (as it is on disk). */
export function textSizeProblem(text: string, limit: number, what: string): string | undefined {
  // Each UTF-16 unit is one to three bytes of UTF-8: a short text cannot be too large.
  if (text.length * 3 <= limit) return undefined
  return sizeProblem(new TextEncoder().encode(text).length, limit, what)
}

/** The sentence refusing a text field longer than `limit` characters, or undefined. */
export function lengthProblem(text: string, limit: number): string | undefined {
  if (text.length <= limit) return undefined
  return `${formatCount(text.length)} characters is longer than the ${formatCount(limit)} allowed`
}

/**
 * The problem with a scenario's name or description, if it is too long: the reader and the app
 * (renaming, describing) hold them to the same limits.
 */
export function textFieldProblem(
  field: 'name' | 'description',
  text: string,
): { field: string; message: string } | undefined {
  const limit = field === 'name' ? SCENARIO_LIMITS.nameChars : SCENARIO_LIMITS.description
  const message = lengthProblem(text, limit)
  return message ? { field, message } : undefined
}
