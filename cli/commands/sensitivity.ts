// `carebalance sensitivity`: a tornado chart's numbers as CSV, largest swing first:
// parameter,low value,high value,outcome at low,outcome at high,swing.

import { csvText as csvField } from '../../model/csv-cell'
import { outcomeFor } from '../../workers/analysis/outcome-at'
import { sensitivity } from '../../workers/analysis/sensitivity'
import { CareEngine } from '../../workers/care-engine'
import { cores, nodePool } from '../../workers/pool/node-pool'
import { type ParsedCommand, UsageError } from '../arguments'
import { readScenarioRequest, requiredNumber, requiredText, wholeNumberOption } from '../scenario-request'

type Output = (text: string) => void

export async function sensitivityCommand(command: ParsedCommand, write: Output, warn: Output): Promise<void> {
  if (!command.target) throw new UsageError('sensitivity needs a SCENARIO.json file')
  const { options } = command
  const output = requiredText('output', options.output?.[0])
  if ((options.output?.length ?? 0) > 1) throw new UsageError('sensitivity takes one --output')
  const at = requiredNumber('at', options.at)
  const workers = wholeNumberOption('workers', options.workers, 1, 64) ?? cores()
  const engine = new CareEngine()
  const { request } = readScenarioRequest(engine, command.target, command.overrides, warn)
  try {
    outcomeFor(engine, output, at, 'output')
  } catch (error) {
    throw new UsageError(`--${(error as Error).message}`)
  }
  const pool = nodePool(workers)
  try {
    const result = await sensitivity(pool, { ...request, output, at })
    const lines = ['parameter,low value,high value,outcome at low,outcome at high,swing']
    for (const bar of result.bars) {
      lines.push(
        [csvField(bar.parameter), bar.low, bar.high, bar.outcomeAtLow, bar.outcomeAtHigh, bar.swing]
          .map(String)
          .join(','),
      )
    }
    write(`${lines.join('\n')}\n`)
  } finally {
    pool.close()
  }
}
