import { buildCareModel } from '../../model/care'
import { compile } from '../../model/compile-model'
import { withOverrides } from '../../model/with-overrides'
import { writeXmile } from '../../model/xmile/write'
import type { ParsedCommand } from '../arguments'
import { readText, reportNotes } from '../load-model'
import { loadScenario } from '../load-scenario'

/** The care model as XMILE, with a scenario's area and levers (and any --set) written in. */
export async function exportXmileCommand(
  command: ParsedCommand,
  write: (text: string) => void,
  warn: (text: string) => void,
): Promise<void> {
  const loaded = command.target
    ? loadScenario(command.target, readText(command.target), command.overrides)
    : { model: buildCareModel(), overrides: command.overrides, notes: [] }
  reportNotes(loaded, warn)
  const overrides = loaded.overrides
  // Check the overrides the way a run would, so a bad --set is a named error, not a broken file.
  const compiled = compile(loaded.model)
  compiled.run({ inputs: compiled.inputsByName(overrides), outputs: [] })
  write(writeXmile(withOverrides(loaded.model, overrides)))
}
