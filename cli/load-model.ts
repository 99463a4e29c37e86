// Reads what the CLI is pointed at: an XMILE model file, or a scenario file for the care model.
import { readFileSync } from 'node:fs'
import { ModelError } from '../model/errors'
import type { Model } from '../model/ir'
import type { Override } from '../model/simulation'
import { readXmile } from '../model/xmile/read'

export interface LoadedModel {
  model: Model
  /** What a run should override: the file's own (a scenario's area and levers), then `--set`. */
  overrides: Record<string, Override>
  /** What was changed to bring an older scenario file up to date, for stderr. */
  notes: string[]
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)
    throw new ModelError({ file, message: `cannot read the file: ${reason}` })
  }
}

/** Tells the user what was changed to read an older scenario file, without touching stdout. */
export function reportNotes(loaded: LoadedModel, warn: (text: string) => void): void {
  for (const note of loaded.notes) warn(`note: ${note}\n`)
}

/** Reads `file` and adds the `--set` settings, which a scenario holds to its area's lever ranges. */
export async function loadModel(file: string, settings: Record<string, Override> = {}): Promise<LoadedModel> {
  if (file.toLowerCase().endsWith('.json')) {
    // The care model is only loaded when a scenario asks for it.
    const { loadScenario } = await import('./load-scenario')
    return loadScenario(file, readText(file), settings)
  }
  return { model: readXmile(readText(file), file), overrides: { ...settings }, notes: [] }
}
