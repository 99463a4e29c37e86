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
      Write the care model (set up for the scenario, if given) as XMILE to stdout.`

export interface ParsedCommand {
  command: string
  target?: string
  method?: IntegrationMethod
  /** `--set` settings by name; own properties only, so any name (even `__proto__`) is a name. */
  overrides: Record<string, Override>
  runs: number
  savePeriod?: number
  resultBytes?: number
}

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
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  const [command, target, ...extra] = positionals
  if (values.help || !command) throw new UsageError('')
  if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`)
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
  return {
    command,
    target,
    method,
    overrides,
    runs,
    savePeriod: saveEvery === undefined ? undefined : parsePeriod(saveEvery),
    resultBytes: memoryLimit === undefined ? undefined : parseSize(memoryLimit),
  }
}
