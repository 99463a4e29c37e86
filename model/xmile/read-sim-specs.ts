// <sim_specs> -> TimeSpec.
//
// XMILE 1.0 defines start, stop, dt (optionally `reciprocal="true"`: the value is 1/dt), the
// `method` attribute (a comma-separated list of fallbacks, names case-insensitive, default euler)
// and `time_units`. It defines no save interval: Stella writes the vendor attribute
// `isee:save_interval` on <sim_specs>, so that is what is read (under any prefix).
import type { IntegrationMethod, TimeSpec } from '../ir'
import { parseDecimal, type ReadContext } from './read-context'
import { childNamed, localName, type XmlElement } from './xml-tree'

const SUPPORTED_METHODS = new Map<string, IntegrationMethod>([
  ['euler', 'euler'],
  ['rk4', 'rk4'],
])

/** Model-level sim specs override the file's, as XMILE allows; one of them must exist. */
export function readSimSpecs(root: XmlElement, model: XmlElement, context: ReadContext): TimeSpec {
  const specs = childNamed(model, 'sim_specs') ?? childNamed(root, 'sim_specs')
  if (!specs)
    throw context.fatal('the file has no <sim_specs>: start and stop times are required', { element: root })

  const start = requiredNumber(specs, 'start', context)
  const stop = requiredNumber(specs, 'stop', context)
  const dt = readDt(specs, context)
  const time: TimeSpec = { start, stop, dt, method: readMethod(specs, context) }

  const saveInterval = Object.entries(specs.attributes).find(([name]) => localName(name) === 'save_interval')
  if (saveInterval) {
    const savePeriod = parseDecimal(saveInterval[1])
    if (savePeriod > 0 && Number.isFinite(savePeriod)) time.savePeriod = savePeriod
    else context.report(`save interval '${saveInterval[1]}' is not a positive number`, { element: specs })
  }
  const timeUnits = specs.attributes.time_units?.trim()
  if (timeUnits) time.timeUnits = timeUnits

  if (stop < start) context.report(`stop time ${stop} is before start time ${start}`, { element: specs })
  return time
}

function requiredNumber(specs: XmlElement, name: string, context: ReadContext): number {
  const element = childNamed(specs, name)
  const value = element ? parseDecimal(element.text) : Number.NaN
  if (Number.isFinite(value)) return value
  const problem = element
    ? `<${name}> '${element.text.trim()}' is not a number`
    : `<sim_specs> has no <${name}>`
  context.report(problem, { element: element ?? specs })
  return 0
}

function readDt(specs: XmlElement, context: ReadContext): number {
  const element = childNamed(specs, 'dt')
  if (!element) return 1 // XMILE's default
  const value = parseDecimal(element.text)
  const dt = element.attributes.reciprocal?.trim().toLowerCase() === 'true' ? 1 / value : value
  if (dt > 0 && Number.isFinite(dt)) return dt
  context.report(`<dt> '${element.text.trim()}' is not a positive number`, { element })
  return 1
}

function readMethod(specs: XmlElement, context: ReadContext): IntegrationMethod {
  const written = specs.attributes.method
  if (written === undefined || written.trim() === '') return 'euler'
  const choices = written.split(',').map((name) => name.trim().toLowerCase())
  const method = choices.map((name) => SUPPORTED_METHODS.get(name)).find((found) => found !== undefined)
  if (method) return method
  context.report(`integration method '${written}' is not supported (use Euler or RK4)`, { element: specs })
  return 'euler'
}
