// The words the app uses for changes to saved work: which fields another tab changed, which
// baseline parameters are edited (by name, sourced value and edited value), which scenarios an
// import renamed. One place, so a notice, a footnote and a slide say it the same way.
import { formatLimit } from '../../model/care/area-edit-range'
import type { EngineStatus } from '../../workers/engine-client'
import type { FieldChange } from '../storage/field-changes'

/** A number as the area set-up shows it: up to six significant figures, with thousands commas. */
export const formatParameter = formatLimit

/** What a change did, in words: "renamed “Plan B”", "set ‘acute beds’ to 900". */
export function changeInWords({ path, value }: FieldChange): string {
  if (path[0] === 'levers' && path[1]) {
    if (value === undefined) return `returned ‘${path[1]}’ to its baseline`
    return typeof value === 'number'
      ? `set ‘${path[1]}’ to ${formatParameter(value)}`
      : `set ‘${path[1]}’ to a phased value`
  }
  if (path[0] === 'name') return `renamed “${String(value)}”`
  if (path[0] === 'description') return 'changed the description'
  return `changed the ${path.join(' ')}`
}

/** "its name", "‘acute beds’": which field, without the value. */
export function fieldLabel(path: readonly string[]): string {
  if (path[0] === 'levers' && path[1]) return `‘${path[1]}’`
  return `its ${path.join(' ')}`
}

/** "renamed “Plan B” and set ‘acute beds’ to 900". */
export function changesInWords(changes: readonly FieldChange[]): string {
  return listInWords(changes.map(changeInWords))
}

/** "its name and ‘acute beds’". */
export function fieldList(changes: readonly FieldChange[]): string {
  return listInWords(changes.map((change) => fieldLabel(change.path)))
}

export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

export interface EditedParameter {
  name: string
  sourced: number
  edited: number
  confirmedOutside: boolean
}

/** "acute beds 880 → 900, birth rate 0.0098 → 0.02 (outside its sourced range)". */
export function editedParametersText(edits: readonly EditedParameter[]): string {
  return edits
    .map(
      (e) =>
        `${e.name} ${formatParameter(e.sourced)} → ${formatParameter(e.edited)}` +
        (e.confirmedOutside ? ' (outside its sourced range)' : ''),
    )
    .join(', ')
}

/** A failed run's message; with the baseline edited, which edits and which came last. */
export function failedRunText(error: string, edited: readonly EditedParameter[], lastEdit?: string): string {
  if (!edited.length) return error
  const last = edited.find((e) => e.name === lastEdit) ?? edited[0]
  return (
    `${error.replace(/\.$/, '')}. This area’s baseline is edited (${editedParametersText(edited)}); ` +
    `the last edit was ‘${last.name}’: reset it in Area set-up if the run should not fail.`
  )
}

/** Why an edit to the baseline was not made, and what the analyst can do. */
export function refusedEditText(
  name: string,
  outcome: { problem: string; needsConfirmation: boolean },
): string {
  const next = outcome.needsConfirmation
    ? ' To use it, tick “Outside the sourced range, I know” beside it.'
    : ' The value was not changed.'
  return `‘${name}’: ${outcome.problem.replace(/; confirm it.*$/, '')}.${next}`
}

export function engineStatusText(status: EngineStatus): string {
  switch (status.state) {
    case 'restarting':
      return `The model engine ${status.reason} and is being restarted. Nothing you saved is lost, and your latest change will run again.`
    case 'restarted':
      return `The model engine ${status.reason} and was restarted; your latest change was run again. Nothing you saved was lost.`
    default:
      return `The model engine could not be started: it ${status.reason}, several times running. Your saved scenarios are kept in this browser: reload the page to try again.`
  }
}
