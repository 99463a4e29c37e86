import { compile } from '../../model/compile-model'
import type { RunOptions } from '../../model/simulation'
import type { ParsedCommand } from '../arguments'
import { UsageError } from '../arguments'
import { loadModel, reportNotes } from '../load-model'
import { timeRuns } from '../time-runs'

export async function benchCommand(
  command: ParsedCommand,
  write: (text: string) => void,
  warn: (text: string) => void,
): Promise<void> {
  if (!command.target) throw new UsageError('bench needs a MODEL file')
  const loaded = await loadModel(command.target, command.overrides)
  reportNotes(loaded, warn)
  const compiled = compile(loaded.model)
  // Names are resolved to input indices once; each timed run passes only numbers and indices.
  const options: RunOptions = { method: command.method, inputs: compiled.inputsByName(loaded.overrides) }
  const microseconds = timeRuns(() => compiled.run(options), command.runs)
  const line = {
    model: command.target,
    steps: compiled.steps,
    variables: compiled.names.length,
    us_per_run: Number(microseconds.toFixed(3)),
  }
  write(`${JSON.stringify(line)}\n`)
}
