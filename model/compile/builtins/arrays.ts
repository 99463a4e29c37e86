// Builtins over the elements of arrays, or over a list of numbers: SUM(x[*]), MAX(a, b, c).
// An array argument is expanded by resolve into one argument per element, so a reducer's code is
// an expression over any number of arguments: tens of thousands for a large array.
import type { Builtin, UnitRule } from './builtin'

/** JavaScript allows at most 65,535 arguments in a call; Math.min and Math.max get them in groups. */
const GROUP = 1000

/** `Math.max(...)` over any number of arguments, as nested calls of at most GROUP each. */
function grouped(method: string, args: readonly string[]): string {
  if (args.length === 1) return args[0]
  if (args.length <= GROUP) return `Math.${method}(${args.join(', ')})`
  const groups: string[] = []
  for (let i = 0; i < args.length; i += GROUP) groups.push(grouped(method, args.slice(i, i + GROUP)))
  return grouped(method, groups)
}

/** A flat `a + b + c`: V8 parses and compiles long chains of one operator without recursing. */
const sum = (args: readonly string[]) => (args.length === 1 ? args[0] : `(${args.join(' + ')})`)

const allAlike =
  (name: string): UnitRule =>
  (args, u) => {
    let result = args[0]
    for (let i = 1; i < args.length; i++) result = u.same(`${name} of {a} and {b}`, result, args[i])
    return result
  }

const reducer = (name: string, code: (args: string[]) => string): Builtin => ({
  name,
  kind: 'reducer',
  minArgs: 1,
  maxArgs: Number.POSITIVE_INFINITY,
  code,
  units: allAlike(name),
})

export const ARRAY_BUILTINS: Builtin[] = [
  reducer('MIN', (args) => grouped('min', args)),
  reducer('MAX', (args) => grouped('max', args)),
  reducer('SUM', sum),
  reducer('MEAN', (args) => `(${sum(args)} / ${args.length})`),
]
