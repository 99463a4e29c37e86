import { compile } from '../../model/compile/compile'
import type { ParsedCommand } from '../arguments'
import { UsageError } from '../arguments'
import { resultToCsv } from '../csv'
import { loadModel } from '../load-model'

export async function runCommand(command: ParsedCommand, write: (text: string) => void): Promise<void> {
  if (!command.target) throw new UsageError('run needs a MODEL file')
  const loaded = await loadModel(command.target)
  const result = compile(loaded.model).run({
    method: command.method,
    overrides: { ...loaded.overrides, ...command.overrides },
  })
  write(resultToCsv(result))
}
