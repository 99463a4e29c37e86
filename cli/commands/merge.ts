// `carebalance merge SHARD ...`: the CSV of an ensemble run as shards (`ensemble --shard I/N`),
// identical to the one the whole ensemble prints in one process.
import type { ParsedCommand } from '../arguments'
import { ensembleCsv } from '../ensemble-csv'
import { mergeShards } from '../ensemble-shard'

export async function mergeCommand(
  command: ParsedCommand,
  write: (text: string) => void,
  warn: (text: string) => void,
): Promise<void> {
  const files = [command.target, ...command.rest].filter((f): f is string => f !== undefined)
  const merged = mergeShards(files)
  if (merged.incompleteRuns)
    warn(
      `warning: ${merged.incompleteRuns} of ${merged.runs} runs gave a value that is not a number; those values are left out\n`,
    )
  write(ensembleCsv(merged))
}
