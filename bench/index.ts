// `npm run bench`: the engine against its baselines, measured in one process. Report figures from
// this output (with this command) and nowhere else.
import os from 'node:os'
import { measureLeverToRedraw } from '../tests/browser/lever-latency'
import { runCareBench } from './care-bench'
import { runEngineBench } from './engine-bench'
import { fixed, formatTable } from './format-table'
import { runTransferBench } from './transfer-bench'
import { runUncertaintyBench } from './uncertainty-bench'

async function main(): Promise<void> {
  console.log(
    `CareBalance benchmark — Node ${process.version}, ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`,
  )
  console.log(
    '\nEngine vs a hand-written JavaScript loop and a naive engine calling mathjs evaluate each step',
  )
  console.log('(median of 5 interleaved rounds; µs per complete run, outputs saved every step)\n')
  const rows = runEngineBench()
  console.log(
    formatTable(
      [
        'model',
        'variables',
        'steps',
        'engine µs',
        'hand-written µs',
        'engine/hand',
        'naive µs',
        'naive/engine',
        'max diff',
      ],
      rows.map((row) => [
        row.model,
        row.variables,
        row.steps,
        fixed(row.engineMicroseconds),
        fixed(row.handWrittenMicroseconds),
        `${fixed(row.engineMicroseconds / row.handWrittenMicroseconds, 2)}x`,
        fixed(row.naiveMicroseconds, 0),
        `${fixed(row.naiveMicroseconds / row.engineMicroseconds, 0)}x`,
        row.maxDifference.toExponential(1),
      ]),
    ),
  )
  const worst = Math.max(...rows.map((row) => row.engineMicroseconds / row.handWrittenMicroseconds))
  console.log(`\nslowest engine/hand-written ratio: ${fixed(worst, 2)}x (goal: at most 1.5x)`)

  const care = runCareBench()
  console.log(
    `\nCare model (${care.variables} outputs, ${care.steps} steps of dt over 20 years; mean of 200 runs)\n`,
  )
  console.log(
    formatTable(
      ['run', 'ms per run'],
      [
        ['compile (once)', fixed(care.compileMilliseconds)],
        ['baseline, default area (goal: under 5 ms)', fixed(care.baselineMilliseconds, 2)],
        ['phased levers (time series)', fixed(care.phasedMilliseconds, 2)],
      ],
    ),
  )

  console.log('\nOne app run across the worker boundary (structured-clone bytes; mean of 100 runs)\n')
  const transfer = await runTransferBench()
  console.log(
    formatTable(
      ['request', 'outputs', 'bytes', 'engine ms per run'],
      transfer.map((row) => [
        row.request,
        row.outputs,
        row.bytes.toLocaleString('en-GB'),
        fixed(row.runMilliseconds, 2),
      ]),
    ),
  )

  const uncertainty = await runUncertaintyBench()
  console.log(
    `\nUncertainty band: ${uncertainty.samples} runs varying ${uncertainty.parameters} parameters, ` +
      `${fixed(uncertainty.milliseconds, 0)} ms in all (engine service, Node)`,
  )

  console.log(
    '\nApp in Chromium: lever input event to redrawn chart (100 moves each, after 5 warm-up moves)\n',
  )
  const levers = ['pooled budget share', 'community shift share']
  const latencies = []
  for (const lever of levers) latencies.push(await measureLeverToRedraw({ lever, moves: 100 }))
  console.log(
    formatTable(
      ['lever', 'median ms (goal: under 50)', '90th percentile ms', 'median to next frame ms'],
      latencies.map((latency) => [
        latency.lever,
        fixed(latency.medianMs),
        fixed(latency.p90Ms),
        fixed(latency.medianToFrameMs),
      ]),
    ),
  )
}

await main()
