// A change to saved work as the fields it sets: a scenario's name, its description, one lever; an
// area's one edited parameter. Two tabs that change different fields of the same scenario then
// both keep their change, because each write applies its own fields to what is stored at that
// moment instead of putting back a whole copy that may be stale.
import type { Scenario } from '../../model/care/types'

export interface FieldChange {
  /** `['name']`, `['levers', 'acute beds']`: where in the object. */
  path: string[]
  /** The new value; undefined removes the field (a lever back to its baseline). */
  value: unknown
}

/** One string per field, to compare paths and to keep the latest change to each field. */
export const fieldKey = (path: readonly string[]) => path.join('\u0000')

/** A scenario's levers are changed one by one rather than replaced whole. */
const SCENARIO_BY_FIELD: ReadonlySet<string> = new Set(['levers'])

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The changes that turn scenario `from` into `to`: top-level fields, and levers one by one. */
export function scenarioChanges(from: Scenario, to: Scenario): FieldChange[] {
  return objectChanges(
    from as unknown as Record<string, unknown>,
    to as unknown as Record<string, unknown>,
    SCENARIO_BY_FIELD,
  )
}

/** The changes that turn `from` into `to`: top-level fields, those named in `byField` field by field. */
export function objectChanges(
  from: Record<string, unknown>,
  to: Record<string, unknown>,
  byField: ReadonlySet<string>,
  prefix: string[] = [],
): FieldChange[] {
  const changes: FieldChange[] = []
  for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
    const before = from[key]
    const after = to[key]
    if (same(before, after)) continue
    if (prefix.length === 0 && byField.has(key) && isRecord(before) && isRecord(after)) {
      changes.push(...objectChanges(before, after, byField, [key]))
    } else {
      changes.push({ path: [...prefix, key], value: after })
    }
  }
  return changes
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A copy of `target` with the changes applied (structured clones: nothing is shared). */
export function applyChanges<T extends object>(target: T, changes: readonly FieldChange[]): T {
  const copy = structuredClone(target) as Record<string, unknown>
  for (const { path, value } of changes) {
    let parent = copy
    for (const key of path.slice(0, -1)) {
      if (!isRecord(parent[key])) parent[key] = {}
      parent = parent[key] as Record<string, unknown>
    }
    const last = path[path.length - 1]
    if (value === undefined) delete parent[last]
    else parent[last] = structuredClone(value)
  }
  return copy as T
}

/** The value at `path`, or undefined. */
export function valueAt(target: unknown, path: readonly string[]): unknown {
  let value = target
  for (const key of path) value = isRecord(value) ? value[key] : undefined
  return value
}

/** The paths of `changes` whose value differs between `a` and `b`. */
export function differing(changes: readonly FieldChange[], a: unknown, b: unknown): FieldChange[] {
  return changes.filter(({ path }) => !same(valueAt(a, path), valueAt(b, path)))
}
