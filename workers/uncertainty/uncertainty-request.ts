// Checking an uncertainty request before any run starts: a bad sample count, seed or output name is
// refused with a message naming the field, instead of a job that fails or misleads halfway.
import { canonicalName } from '../../model/names'
import {
  DEFAULT_UNCERTAINTY_SAMPLES,
  DEFAULT_UNCERTAINTY_SEED,
  MAX_UNCERTAINTY_SAMPLES,
  type UncertaintyRequest,
} from '../engine-api'

export function checkUncertaintyRequest(request: UncertaintyRequest): { samples: number; seed: number } {
  const samples = request.samples ?? DEFAULT_UNCERTAINTY_SAMPLES
  const seed = request.seed ?? DEFAULT_UNCERTAINTY_SEED
  // Percentiles need at least two runs; the ceiling keeps one request from holding the worker for minutes.
  if (!Number.isInteger(samples) || samples < 2 || samples > MAX_UNCERTAINTY_SAMPLES) {
    throw new Error(
      `uncertainty request: field 'samples': expected a whole number from 2 to ${MAX_UNCERTAINTY_SAMPLES}, got ${samples}`,
    )
  }
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new Error(
      `uncertainty request: field 'seed': expected a whole number from 0 to 2^32 - 1, got ${seed}`,
    )
  }
  return { samples, seed }
}

export interface OutputPosition {
  /** The output's name as the model spells it. */
  name: string
  /** Its position among a run's outputs. */
  index: number
}

/**
 * Where each wanted output sits in a run. A name matches as the model matches names; an arrayed
 * output's base name (`population`) stands for all its elements. Without a list, the model's
 * public outputs are used.
 */
export function outputPositions(
  names: readonly string[],
  wanted: readonly string[] | undefined,
  publicOutputs: readonly { name: string }[],
  /** Who asked, as an error names it. */
  asker = "uncertainty request: field 'outputs'",
): OutputPosition[] {
  const byName = new Map(names.map((name, index) => [canonicalName(name), index]))
  const positions: OutputPosition[] = []
  for (const output of wanted ?? publicOutputs.map((o) => o.name)) {
    const key = canonicalName(output)
    const index = byName.get(key)
    if (index !== undefined) {
      positions.push({ name: names[index], index })
      continue
    }
    const elements = names
      .map((name, i) => ({ name, index: i }))
      .filter((entry) => canonicalName(entry.name).startsWith(`${key}[`))
    if (elements.length === 0) {
      throw new Error(`${asker}: the model has no output named '${output}'`)
    }
    positions.push(...elements)
  }
  return positions
}
