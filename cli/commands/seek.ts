// `carebalance seek`: goal seek on one lever. Prints one JSON line {"lever", "value", "achieved"},
// or exits 1 with a message naming the lever's range when no value in it reaches the target.
import { ModelError } from '../../model/errors'
import { seekLever } from '../../workers/analysis/lever-seek'
import { CareEngine } from '../../workers/care-engine'
import { type ParsedCommand, UsageError } from '../arguments'
import { readScenarioRequest, requiredNumber, requiredText } from '../scenario-request'

type Output = (text: string) => void

export async function seekCommand(command: ParsedCommand, write: Output, warn: Output): Promise<void> {
  if (!command.target) throw new UsageError('seek needs a SCENARIO.json file')
  const { options } = command
  const lever = requiredText('lever', options.lever)
  const output = requiredText('output', options.output?.[0])
  if ((options.output?.length ?? 0) > 1) throw new UsageError('seek takes one --output')
  const at = requiredNumber('at', options.at)
  const target = requiredNumber('target', options.target)
  const engine = new CareEngine()
  const { request } = readScenarioRequest(engine, command.target, command.overrides, warn)
  let answer: ReturnType<typeof seekLever>
  try {
    answer = seekLever(engine, { ...request, lever, output, at, target })
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`--${error.message}`)
    throw error
  }
  if (answer.status === 'unreachable') throw new ModelError({ file: command.target, message: answer.message })
  write(`${JSON.stringify({ lever: answer.lever, value: answer.value, achieved: answer.achieved })}\n`)
}
