// One-at-a-time sensitivity on a worker pool: the uncertain parameters of the scenario (those an
// ensemble varies), each at its low and high end with the rest at default, the outcome read from
// each run, and the tornado's bars sorted by swing. The runs are spread over the pool's workers.
import type { SensitivityRequest, SensitivityResult } from '../decisions-api'
import type { WorkerPool } from '../pool/worker-pool'
import { tornadoBars, tornadoSettings } from './tornado'

export async function sensitivity(
  pool: WorkerPool,
  request: SensitivityRequest,
  isCancelled?: () => boolean,
): Promise<SensitivityResult> {
  const { parameters } = await pool.run({ kind: 'varied', run: request }, isCancelled)
  // The first run has no settings: the outcome with every parameter at its default.
  const settings = [{}, ...tornadoSettings(parameters)]
  const chunk = Math.max(2, Math.ceil(settings.length / (pool.size * 3)))
  const parts: Promise<{ output: string; outcomes: Float64Array }>[] = []
  for (let from = 0; from < settings.length; from += chunk) {
    parts.push(
      pool.run({ kind: 'outcomes', request, settings: settings.slice(from, from + chunk) }, isCancelled),
    )
  }
  const results = await Promise.all(parts)
  const outcomes = results.flatMap((r) => Array.from(r.outcomes))
  return {
    output: results[0].output,
    at: request.at,
    base: outcomes[0],
    bars: tornadoBars(parameters, outcomes.slice(1)),
  }
}
