// The module rule from DEVELOPERS.md, checked: model/ knows nothing of the worker, the app or the
// CLI; workers/ knows the model but not the app; ui/ reaches the engine only through the worker's
// typed API, using the model for types and pure naming rules alone.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '..')

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => join(folder, file))
}

interface ImportLine {
  file: string
  target: string
  typeOnly: boolean
}

function importsOf(file: string): ImportLine[] {
  const text = readFileSync(join(root, file), 'utf8')
  const found: ImportLine[] = []
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
    if (!match[3].startsWith('.')) continue
    const target = relative(root, resolve(join(root, file, '..'), match[3]))
    found.push({ file, target, typeOnly: Boolean(match[2]) })
  }
  return found
}

const topFolder = (path: string) => path.split('/')[0]

describe('module dependencies', () => {
  it('model/ imports nothing from workers/, ui/ or cli/', () => {
    const bad = sourceFiles('model')
      .flatMap(importsOf)
      .filter((line) => ['workers', 'ui', 'cli'].includes(topFolder(line.target)))
    expect(bad).toEqual([])
  })

  it('workers/ imports nothing from ui/ or cli/', () => {
    const bad = sourceFiles('workers')
      .flatMap(importsOf)
      .filter((line) => ['ui', 'cli'].includes(topFolder(line.target)))
    expect(bad).toEqual([])
  })

  it('ui/ uses the model only for types and names, and the worker only through its API', () => {
    // Pure rules the app must apply exactly as the engine and the CLI do: names, a lever's baseline
    // and path, the text of a scenario file.
    const allowedFromModel = new Set(['model/names', 'model/care/lever-input', 'model/care/scenario-text'])
    const allowedFromWorkers = new Set(['workers/engine-api', 'workers/engine-client'])
    const bad = sourceFiles('ui')
      .flatMap(importsOf)
      .filter((line) => {
        const folder = topFolder(line.target)
        if (folder === 'model') return !line.typeOnly && !allowedFromModel.has(line.target)
        if (folder === 'workers') return !allowedFromWorkers.has(line.target) && !line.typeOnly
        return folder === 'cli'
      })
    expect(bad).toEqual([])
  })
})
