// Command-line arguments for `carebalance`. The interface is public: other tools call it.
import { parseArgs } from 'node:util'
import type { IntegrationMethod } from '../model/ir'
import { DEFAULT_LIMITS, size } from '../model/limits'
import type { Override } from '../model/simulation'

export class UsageError extends Error {
  override name = 'UsageError'
}

export const USAGE = `Usage:
  carebalance run MODEL [--method euler|rk4] [--set NAME=VALUE ...] [--save-every PERIOD]
                        [--memory-limit SIZE]
      Run an XMILE model (.xmile, .stmx) or a scenario (.json); print CSV to stdout:
      a time column, then every variable, one row per saved time.
      VALUE is a number or a time series [[time, value], ...].
      --save-every saves results every PERIOD of model time (default: the model's save period).
      --memory-limit refuses a run whose results would take more than SIZE, e.g. 500MB or 8GB
      (default ${size(DEFAULT_LIMITS.resultBytes)}).
  carebalance bench MODEL [--runs N]
      Compile once, run N times (default 1000) after a warm-up; print one JSON line.
  carebalance export-xmile [SCENARIO.json]
      Write the care model (set up for the scenario, if given) as XMILE to stdout.
  carebalance appraise SCENARIO.json [--baseline BASELINE.json] [--discount-rate R]
                       [--years financial|calendar] [--json]
      Savings against the baseline (the area's, unless given) by partner and year, discounted at
      R a year (default 0.035, the Green Book's), NPV, transition cost and break-even years.
  carebalance ensemble SCENARIO.json --runs N [--seed S] [--workers K] [--output NAME ...]
                       [--shard I/N]
      N runs (default 1000, at most 10000) with the uncertain parameters drawn; print CSV: time,
      then NAME p10, NAME p50, NAME p90 for each output. With --shard, write shard I of N's runs
      to stdout for \`merge\`.
  carebalance merge SHARD ...
      Merge the shards of one ensemble into the CSV the whole ensemble prints.
  carebalance sensitivity SCENARIO.json --output NAME --at YEAR [--workers K]
      Each uncertain parameter at its low and high end, the rest at default; print CSV sorted by
      swing: parameter,low value,high value,outcome at low,outcome at high,swing.
  carebalance seek SCENARIO.json --lever NAME --output NAME --at YEAR --target VALUE
      The smallest value of the lever in its range at which the output at YEAR reaches VALUE;
      print one JSON line {"lever":...,"value":...,"achieved":...}.`

export interface ParsedCommand {
  command: string
  target?: string
  method?: IntegrationMethod
  /** `--set` settings by name; own properties only, so any name (even `__proto__`) is a name. */
  overrides: Record<string, Override>
  runs: number
  savePeriod?: number
  resultBytes?: number
  /** Positionals after the target (only \`merge\` takes them). */
  rest: string[]
  /** The options the decision commands read for themselves (appraise, ensemble, ...). */
  options: DecisionOptions
}

export interface DecisionOptions {
  baseline?: string
  discountRate?: string
  years?: string
  json?: boolean
  seed?: string
  workers?: string
  output?: string[]
  shard?: string
  lever?: string
  at?: string
  target?: string
}

/** Commands that take more than one file. */
const MANY_FILES = new Set(['merge'])

function parseSetting(setting: string): [string, Override] {
  const equals = setting.indexOf('=')
  if (equals <= 0) throw new UsageError(`--set needs NAME=VALUE, got '${setting}'`)
  const name = setting.slice(0, equals).trim()
  const text = setting.slice(equals + 1).trim()
  if (text.startsWith('[')) {
    let series: unknown
    try {
      series = JSON.parse(text)
    } catch {
      throw new UsageError(`--set ${name}: '${text}' is not a time series like [[2025, 0], [2030, 0.2]]`)
    }
    return [name, series as Override]
  }
  const value = Number(text)
  if (text === '' || !Number.isFinite(value)) throw new UsageError(`--set ${name}: '${text}' is not a number`)
  return [name, value]
}

const SIZE_UNITS: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }

/** `500MB`, `8GB`, `1.5 GB` -> bytes. */
function parseSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(kb|mb|gb)\s*$/i.exec(text)
  const bytes = match ? Number(match[1]) * SIZE_UNITS[match[2].toLowerCase()] : Number.NaN
  if (!(bytes > 0)) throw new UsageError(`--memory-limit must be a size such as 500MB or 8GB, got '${text}'`)
  return bytes
}

function parsePeriod(text: string): number {
  const period = Number(text)
  if (text.trim() === '' || !(period > 0) || !Number.isFinite(period))
    throw new UsageError(`--save-every must be a positive number of model time units, got '${text}'`)
  return period
}

export function parseCommandLine(argv: string[]): ParsedCommand {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        method: { type: 'string' },
        set: { type: 'string', multiple: true },
        runs: { type: 'string' },
        'save-every': { type: 'string' },
        'memory-limit': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        baseline: { type: 'string' },
        'discount-rate': { type: 'string' },
        years: { type: 'string' },
        json: { type: 'boolean' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        output: { type: 'string', multiple: true },
        shard: { type: 'string' },
        lever: { type: 'string' },
        at: { type: 'string' },
        target: { type: 'string' },
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  const [command, target, ...extra] = positionals
  if (values.help || !command) throw new UsageError('')
  if (extra.length && !MANY_FILES.has(command)) throw new UsageError(`unexpected argument '${extra[0]}'`)
  const method = values.method as string | undefined
  if (method !== undefined && method !== 'euler' && method !== 'rk4') {
    throw new UsageError(`--method must be euler or rk4, got '${method}'`)
  }
  const runs = values.runs === undefined ? 1000 : Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a whole number of at least 1`)
  // fromEntries defines each name as an own property: `__proto__` is a name like any other.
  const overrides = Object.fromEntries(((values.set as string[] | undefined) ?? []).map(parseSetting))
  const saveEvery = values['save-every'] as string | undefined
  const memoryLimit = values['memory-limit'] as string | undefined
  const options: DecisionOptions = {
    baseline: values.baseline as string | undefined,
    discountRate: values['discount-rate'] as string | undefined,
    years: values.years as string | undefined,
    json: values.json as boolean | undefined,
    seed: values.seed as string | undefined,
    workers: values.workers as string | undefined,
    output: values.output as string[] | undefined,
    shard: values.shard as string | undefined,
    lever: values.lever as string | undefined,
    at: values.at as string | undefined,
    target: values.target as string | undefined,
  }
  return {
    command,
    target,
    method,
    overrides,
    runs,
    savePeriod: saveEvery === undefined ? undefined : parsePeriod(saveEvery),
    resultBytes: memoryLimit === undefined ? undefined : parseSize(memoryLimit),
    rest: extra,
    options,
  }
}
