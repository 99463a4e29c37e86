// Checking an uncertainty request before any run starts: a bad sample count, seed or output name is
// refused with a message naming the field, instead of a job that fails or misleads halfway.
import { ModelError } from '../../model/errors'
import type { CompiledModel } from '../../model/simulation'
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
 * Where each wanted output sits in a run, as the compiled model finds outputs by name (an arrayed
 * output's base name, `population`, stands for all its elements). Without a list, the model's
 * public outputs are used.
 */
export function outputPositions(
  compiled: Pick<CompiledModel, 'names' | 'outputIndices'>,
  wanted: readonly string[] | undefined,
  publicOutputs: readonly { name: string }[],
  /** Who asked, as an error names it. */
  asker = "uncertainty request: field 'outputs'",
): OutputPosition[] {
  const list = wanted ?? publicOutputs.map((output) => output.name)
  let indices: number[]
  try {
    indices = compiled.outputIndices(list)
  } catch (error) {
    if (!(error instanceof ModelError)) throw error
    const missing = error.problems.map((problem) => `'${problem.variable}'`).join(', ')
    throw new Error(`${asker}: the model has no output named ${missing}`)
  }
  return indices.map((index) => ({ name: compiled.names[index], index }))
}
