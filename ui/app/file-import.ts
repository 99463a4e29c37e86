// Bringing work in: a scenario file, a project file (a whole workspace) or a shared link. The
// engine checks the text; a bad file changes nothing and says why. What arrives is added under a
// free name (the notice says when it was renamed). Edits to an area's baseline that come with it
// are put in place when the analyst has none there; when the analyst has their own, theirs stay
// and the notice says how the two differ, with a button to use the sender's instead.
import type { AreaEdits } from '../../model/care/area-edit-range'
import { looksLikeProject } from '../../model/care/project-text'
import { formatBytes, SCENARIO_LIMITS } from '../../model/care/scenario-limits'
import type { Scenario } from '../../model/care/types'
import type { AppState } from './app-state'
import { type EditedParameter, editedParametersText, listInWords } from './change-notes'
import type { Notice } from './notice'
import { scenarioFileText } from './scenario-entry'

/** A file the analyst chose (a File), or text with a name. */
export interface ImportedFile {
  name: string
  /** Bytes, when known before reading: a file too large is refused without being read. */
  size?: number
  text(): Promise<string>
}

export async function importText(state: AppState, file: ImportedFile): Promise<boolean> {
  const limit = SCENARIO_LIMITS.projectBytes
  if (file.size !== undefined && file.size > limit) {
    return refuse(
      state,
      `Could not import ${file.name}: it is ${formatBytes(file.size)}, larger than a scenario file ` +
        `(${formatBytes(SCENARIO_LIMITS.fileBytes)}) or a project file (${formatBytes(limit)}) may be. Nothing was changed.`,
    )
  }
  const text = await file.text()
  return looksLikeProject(text)
    ? importProject(state, text, file.name)
    : importScenario(state, text, file.name)
}

async function importScenario(state: AppState, text: string, file: string): Promise<boolean> {
  const check = await state.engine.checkScenario(text, file)
  if (!check.ok)
    return refuse(
      state,
      `Could not import the scenario file. ${sentence(check.message)} Nothing was changed.`,
    )
  const given = state.adopt(check.scenario)
  const renamed =
    given === check.scenario.name
      ? ''
      : ` as “${given}” (you already have one called “${check.scenario.name}”)`
  const baseline = adoptBaseline(state, check.scenario.area, check.areaEdits)
  const updated = check.notes.length ? ` It was written by an older version: ${check.notes.join('; ')}.` : ''
  state.say({
    kind: 'info',
    text: `Imported “${check.scenario.name}” from ${file}${renamed}.${baseline.text}${updated}`,
    action: baseline.action,
  })
  return true
}

async function importProject(state: AppState, text: string, file: string): Promise<boolean> {
  const check = await state.engine.checkProject(text, file)
  if (!check.ok)
    return refuse(state, `Could not import the project file. ${sentence(check.message)} Nothing was changed.`)
  const renamed: string[] = []
  for (const scenario of check.scenarios) {
    const given = state.adopt(scenario, false)
    if (given !== scenario.name) renamed.push(`“${scenario.name}” → “${given}”`)
  }
  // A project lists every area it has edits for: any other area of its scenarios has none.
  const areas = new Set([...Object.keys(check.areaEdits), ...check.scenarios.map((s) => s.area)])
  const baselines = [...areas].map((areaId) =>
    adoptBaseline(state, areaId, check.areaEdits[areaId] ?? { edits: {}, confirmedOutsideRange: [] }),
  )
  const count = `${check.scenarios.length} scenario${check.scenarios.length === 1 ? '' : 's'}`
  const renames = renamed.length
    ? `. Renamed, as you already have scenarios so called: ${listInWords(renamed)}`
    : ''
  const actions = baselines.flatMap((b) => (b.action ? [b.action] : []))
  state.say({
    kind: 'info',
    text: `Imported ${count} from ${file}${renames}.${baselines.map((b) => b.text).join('')}`,
    action: actions.length
      ? {
          label: 'Use the sender’s baselines',
          run: () => {
            for (const action of actions) action.run()
          },
        }
      : undefined,
  })
  return true
}

/** Opens a scenario from a shared link: the saved one if it is already here, otherwise a new one. */
export async function openSharedText(state: AppState, text: string): Promise<void> {
  const check = await state.engine.checkScenario(text, 'shared link')
  if (!check.ok) {
    state.notice = { kind: 'error', text: `The shared link does not hold a valid scenario: ${check.message}` }
    return
  }
  const same = state.savedScenarios().find((s) => sameScenario(s.scenario, check.scenario))
  if (same) state.open(same.id)
  else state.adopt(check.scenario)
  const baseline = adoptBaseline(state, check.scenario.area, check.areaEdits)
  state.notice = {
    kind: 'info',
    text: `Opened “${check.scenario.name}” from a shared link.${baseline.text}`,
    action: baseline.action,
  }
}

const sameScenario = (a: Scenario, b: Scenario) => scenarioFileText(a) === scenarioFileText(b)

/** A message as a sentence: ending in one full stop. */
const sentence = (message: string) => `${message.replace(/\.$/, '')}.`

function refuse(state: AppState, text: string): false {
  state.say({ kind: 'error', text })
  return false
}

/**
 * Puts the baseline edits a file carries in place when the analyst has none in that area, and
 * otherwise says how theirs and the file's differ. `incoming` undefined: the file says nothing.
 */
function adoptBaseline(
  state: AppState,
  areaId: string,
  incoming: AreaEdits | undefined,
): { text: string; action?: Notice['action'] } {
  const area = state.catalogue?.areas.find((a) => a.id === areaId)
  if (!area) return { text: '' }
  const mine = state.editedParameters(areaId)
  const theirs = incoming ? described(state, areaId, incoming) : []
  const mineText = editedParametersText(mine)
  if (!incoming) {
    return mine.length
      ? { text: ` Your edited baseline for ${area.name} applies to it (${mineText}).` }
      : { text: '' }
  }
  const theirsText = editedParametersText(theirs)
  if (mineText === theirsText) return { text: '' }
  const use = () => state.replaceAreaEdits(areaId, incoming.edits, incoming.confirmedOutsideRange)
  if (!mine.length) {
    use()
    return { text: ` It came with edits to the baseline of ${area.name}, now in Area set-up: ${theirsText}.` }
  }
  const what = theirs.length
    ? `other edits to the baseline of ${area.name} (${theirsText})`
    : `the sourced baseline of ${area.name}`
  return {
    text: ` It was made with ${what}; yours (${mineText}) are unchanged, so its numbers here differ from the sender’s.`,
    action: {
      label: theirs.length ? 'Use the sender’s baseline' : 'Use the sourced baseline',
      run: () => {
        use()
        state.say({
          kind: 'info',
          text: `${area.name} now uses the sender’s baseline: ${theirsText || 'no edits'}.`,
        })
      },
    },
  }
}

function described(state: AppState, areaId: string, incoming: AreaEdits): EditedParameter[] {
  const area = state.catalogue?.areas.find((a) => a.id === areaId)
  return Object.keys(incoming.edits)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => ({
      name,
      sourced: area?.parameters[name] ?? state.parameter(name)?.value ?? Number.NaN,
      edited: incoming.edits[name],
      confirmedOutside: incoming.confirmedOutsideRange.includes(name),
    }))
}
