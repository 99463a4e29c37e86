// `carebalance`: run, benchmark and export models from the command line. Errors go to stderr,
// naming file, variable and position, with exit code 1; results go to stdout.
import { ModelError } from '../model/errors'
import { type ParsedCommand, parseCommandLine, USAGE, UsageError } from './arguments'
import { appraiseCommand } from './commands/appraise'
import { benchCommand } from './commands/bench'
import { ensembleCommand } from './commands/ensemble'
import { exportXmileCommand } from './commands/export-xmile'
import { mergeCommand } from './commands/merge'
import { runCommand } from './commands/run'
import { seekCommand } from './commands/seek'
import { sensitivityCommand } from './commands/sensitivity'

/**
 * Where a command writes. A writer may return a promise when the reader is slower than the run
 * (stdout to a pipe): a command that writes a lot awaits it, so output never piles up in memory.
 */
export type Output = (text: string) => void | Promise<void>
/** Where bytes go: an ensemble shard is written as bytes, not text. */
export type BytesOutput = (bytes: Uint8Array) => void | Promise<void>

/**
 * Each command writes its result with `write` (or `writeBytes`) and anything the user should know
 * with `warn`.
 */
const COMMANDS: Record<
  string,
  (command: ParsedCommand, write: Output, warn: Output, writeBytes: BytesOutput) => Promise<void>
> = {
  run: runCommand,
  bench: benchCommand,
  'export-xmile': exportXmileCommand,
  appraise: appraiseCommand,
  seek: seekCommand,
  ensemble: ensembleCommand,
  merge: mergeCommand,
  sensitivity: sensitivityCommand,
}

export async function main(
  argv: string[],
  write: Output,
  warn: Output,
  writeBytes: BytesOutput = () => {
    throw new Error('this output takes text only')
  },
): Promise<number> {
  try {
    const command = parseCommandLine(argv)
    const handler = Object.hasOwn(COMMANDS, command.command) ? COMMANDS[command.command] : undefined
    if (!handler) throw new UsageError(`unknown command '${command.command}'`)
    await handler(command, write, warn, writeBytes)
    return 0
  } catch (error) {
    if (error instanceof UsageError)
      warn(error.message ? `error: ${error.message}\n${USAGE}\n` : `${USAGE}\n`)
    else if (error instanceof ModelError) warn(`error: ${error.message}\n`)
    else warn(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 1
  }
}
