// `npm run bench`: the engine against its baselines, measured in one process. Report figures from
// this output (with this command) and nowhere else. `npm run bench -- ensemble app` runs only the
// sections named (engine, care, transfer, uncertainty, ensemble, app).
import os from 'node:os'
import { measureLeverToRedraw } from '../tests/browser/lever-latency'
import { runCareBench } from './care-bench'
import { runEngineBench } from './engine-bench'
import { printEnsembleBench } from './ensemble-bench'
import { fixed, formatTable } from './format-table'
import { formatSpread } from './rounds'
import { runTransferBench } from './transfer-bench'
import { runUncertaintyBench } from './uncertainty-bench'

const SECTIONS = ['engine', 'care', 'transfer', 'uncertainty', 'ensemble', 'app']
const asked = process.argv.slice(2)
for (const name of asked)
  if (!SECTIONS.includes(name))
    throw new Error(`no bench section '${name}'; sections: ${SECTIONS.join(', ')}`)
const wanted = (section: string) => asked.length === 0 || asked.includes(section)

async function main(): Promise<void> {
  console.log(
    `CareBalance benchmark — Node ${process.version}, ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`,
  )
  if (wanted('engine')) {
    console.log(
      '\nEngine vs a hand-written JavaScript loop and a naive engine calling mathjs evaluate each step',
    )
    console.log(
      '(µs per complete run, outputs saved every step; median and range over 9 interleaved rounds)\n',
    )
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
          'max diff',
        ],
        rows.map((row) => [
          row.model,
          row.variables,
          row.steps,
          formatSpread(row.engineMicroseconds),
          formatSpread(row.handWrittenMicroseconds),
          `${formatSpread(row.ratio, 2)}x`,
          fixed(row.naiveMicroseconds, 0),
          row.maxDifference.toExponential(1),
        ]),
      ),
    )
    for (const row of rows.filter((r) => r.model !== 'synthetic-1000')) {
      const met = row.ratio.median <= 1.2 ? 'met' : 'NOT met'
      console.log(
        `${row.model}: engine/hand-written median ${fixed(row.ratio.median, 2)}x (goal: at most 1.2x, ${met})`,
      )
    }
  }

  if (wanted('care')) {
    const care = runCareBench()
    console.log(
      `\nCare model 20-year run (${care.outputs} outputs, ${care.drawnOutputs} of them drawn by the app; ` +
        `${care.steps} steps; ms per run, median and range over 7 interleaved rounds of 30 runs)\n`,
    )
    console.log(
      formatTable(
        ['run', 'ms per run'],
        [
          ['compile (once)', fixed(care.compileMilliseconds)],
          ...Object.entries(care.runs).map(([name, times]) => [name, formatSpread(times, 2)]),
        ],
      ),
    )
    const constant = care.runs['constant levers, every output'].median
    const phased = care.runs['phased levers, every output'].median
    const verdict = (met: boolean) => (met ? 'met' : 'NOT met')
    console.log(
      `\ngoal: the 20-year run under 3 ms: median ${fixed(constant, 2)} ms, ${verdict(constant < 3)}`,
    )
    console.log(
      `goal: a phased-lever run no slower than a constant-lever run: ${fixed(phased / constant, 2)}x, ` +
        `${verdict(phased <= constant * 1.02)} (allowing 2% for the noise between rounds)`,
    )
  }

  if (wanted('transfer')) {
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
  }

  if (wanted('uncertainty')) {
    const uncertainty = await runUncertaintyBench()
    console.log(
      `\nUncertainty band: ${uncertainty.samples} runs varying ${uncertainty.parameters} parameters, ` +
        `${fixed(uncertainty.milliseconds, 0)} ms in all (engine service, Node)`,
    )
  }

  if (wanted('ensemble')) await printEnsembleBench()

  if (wanted('app')) {
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
}

await main()
