import { compile } from '../../model/compile-model'
import { formatProblem } from '../../model/errors'
import type { ParsedCommand } from '../arguments'
import { UsageError } from '../arguments'
import { resultToCsv } from '../csv'
import { loadModel } from '../load-model'

export async function runCommand(
  command: ParsedCommand,
  write: (text: string) => void,
  /** Warnings go to stderr so that stdout stays pure CSV. */
  warn: (text: string) => void,
): Promise<void> {
  if (!command.target) throw new UsageError('run needs a MODEL file')
  const loaded = await loadModel(command.target, command.overrides)
  const compiled = compile(loaded.model)
  for (const warning of compiled.warnings) warn(`warning: ${formatProblem(warning)}\n`)
  const result = compiled.run({
    method: command.method,
    overrides: loaded.overrides,
  })
  write(resultToCsv(result))
}
