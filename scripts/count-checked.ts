// Counts the care model's parameters (scalars and arrays) by how their default is backed, so the
// "share checked against the source" of issue 8 point 7 is reproducible:
//   npx tsx scripts/count-checked.ts          (summary)
//   npx tsx scripts/count-checked.ts --list   (every parameter with its status)
// checked:    `checked: true` — the figure was read in the cited source's own table or text.
// assumption: not checked but labelled: cites one of the label sources ("Modelling assumption",
//             a policy lever's do-nothing default, a calibrated value, a ratio that is 1 by
//             definition, a model switch), gives a reason (derivation) and, for a scalar, a range
//             (a switch is on or off and has none).
// neither:    the rest (a cited source whose figure was not read, or a label missing its range or
//             reason).
import type { ArrayParameterDefinition, ParameterDefinition } from '../model/care/builder'
import { assembleCareModel } from '../model/care/model'
import { SOURCES } from '../model/care/sources'
import type { Source } from '../model/ir'

type Status = 'checked' | 'assumption' | 'neither'

function statusOf(p: ParameterDefinition | ArrayParameterDefinition): Status {
  if (p.checked) return 'checked'
  const labels: Source[] = [SOURCES.assumption, SOURCES.policyLever, SOURCES.calibrated, SOURCES.byDefinition]
  const isSwitch = p.sources.includes(SOURCES.modelSwitch)
  const labelled = isSwitch || p.sources.some((s) => labels.includes(s))
  const hasRange = !('value' in p) || p.range !== undefined || isSwitch
  return labelled && hasRange && p.derivation ? 'assumption' : 'neither'
}

const builder = assembleCareModel()
const rows = [
  ...builder.parameters.map((p) => ({ kind: 'scalar', name: p.name, status: statusOf(p) })),
  ...builder.arrayParameters.map((p) => ({ kind: 'array', name: p.name, status: statusOf(p) })),
]

if (process.argv.includes('--list'))
  for (const row of rows) console.log(`${row.status.padEnd(10)} ${row.kind.padEnd(6)} ${row.name}`)

const count = (kind: string | undefined, status: Status) =>
  rows.filter((r) => (!kind || r.kind === kind) && r.status === status).length
const percent = (n: number, total: number) => `${((100 * n) / total).toFixed(0)}%`
console.log('kind     total  checked  assumption  neither')
for (const kind of ['scalar', 'array', undefined]) {
  const total = rows.filter((r) => !kind || r.kind === kind).length
  const c = count(kind, 'checked')
  console.log(
    `${(kind ?? 'all').padEnd(8)} ${String(total).padStart(5)}  ${String(c).padStart(3)} ${percent(c, total).padStart(4)}  ${String(count(kind, 'assumption')).padStart(10)}  ${String(count(kind, 'neither')).padStart(7)}`,
  )
}
