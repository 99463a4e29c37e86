import { savePeriodWarning } from '../../model/compile/time-spec'
import { compile } from '../../model/compile-model'
import { formatProblem } from '../../model/errors'
import { DEFAULT_LIMITS, LimitError, size } from '../../model/limits'
import type { ParsedCommand } from '../arguments'
import { UsageError } from '../arguments'
import { writeCsv } from '../csv'
import { loadModel, reportNotes } from '../load-model'
import type { Output } from '../main'

export async function runCommand(
  command: ParsedCommand,
  write: Output,
  /** Warnings go to stderr so that stdout stays pure CSV. */
  warn: Output,
): Promise<void> {
  if (!command.target) throw new UsageError('run needs a MODEL file')
  const loaded = await loadModel(command.target, command.overrides)
  reportNotes(loaded, warn)
  const compiled = compile(loaded.model)
  const warnings = [...compiled.warnings]
  if (command.savePeriod !== undefined) {
    const rounded = savePeriodWarning(command.savePeriod, loaded.model.time.dt)
    if (rounded)
      warnings.push({ ...rounded, message: rounded.message.replace('sim specs:', '--save-every:') })
  }
  for (const warning of warnings) warn(`warning: ${formatProblem(warning)}\n`)
  try {
    const result = compiled.run({
      method: command.method,
      inputs: compiled.inputsByName(loaded.overrides),
      savePeriod: command.savePeriod,
      resultBytes: command.resultBytes,
    })
    await writeCsv(result, write)
  } catch (error) {
    if (error instanceof LimitError && error.limit === 'resultBytes') {
      const byDefault =
        command.resultBytes === undefined ? ` (default ${size(DEFAULT_LIMITS.resultBytes)})` : ''
      throw new LimitError('resultBytes', {
        ...error.limitProblem,
        file: command.target,
        advice: `save less often with --save-every PERIOD, or raise the limit with --memory-limit SIZE${byDefault}`,
      })
    }
    throw error
  }
}
