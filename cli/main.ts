// `carebalance`: run, benchmark and export models from the command line. Errors go to stderr,
// naming file, variable and position, with exit code 1; results go to stdout.
import { ModelError } from '../model/errors'
import { type ParsedCommand, parseCommandLine, USAGE, UsageError } from './arguments'
import { benchCommand } from './commands/bench'
import { exportXmileCommand } from './commands/export-xmile'
import { runCommand } from './commands/run'

/**
 * Where a command writes. A writer may return a promise when the reader is slower than the run
 * (stdout to a pipe): a command that writes a lot awaits it, so output never piles up in memory.
 */
export type Output = (text: string) => void | Promise<void>

/** Each command writes its result with `write` and anything the user should know with `warn`. */
const COMMANDS: Record<string, (command: ParsedCommand, write: Output, warn: Output) => Promise<void>> = {
  run: runCommand,
  bench: benchCommand,
  'export-xmile': exportXmileCommand,
}

export async function main(argv: string[], write: Output, warn: Output): Promise<number> {
  try {
    const command = parseCommandLine(argv)
    const handler = Object.hasOwn(COMMANDS, command.command) ? COMMANDS[command.command] : undefined
    if (!handler) throw new UsageError(`unknown command '${command.command}'`)
    await handler(command, write, warn)
    return 0
  } catch (error) {
    if (error instanceof UsageError)
      warn(error.message ? `error: ${error.message}\n${USAGE}\n` : `${USAGE}\n`)
    else if (error instanceof ModelError) warn(`error: ${error.message}\n`)
    else warn(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 1
  }
}
