// The module rule from DEVELOPERS.md, checked: model/ knows nothing of the worker, the app or the
// CLI; workers/ knows the model but not the app; ui/ reaches the engine only through the worker's
// typed API, using the model for types and pure naming and formatting rules alone. Inside the
// engine, the layers depend one way: equations/ <- compile/ <- units/, run/ (which know nothing of
// each other) <- the entry point model/compile-model.ts. Static and dynamic imports both count.
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

const STATIC_IMPORT = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm
const DYNAMIC_IMPORT = /\bimport\(\s*'([^']+)'\s*\)/g

function importsOf(file: string): ImportLine[] {
  const text = readFileSync(join(root, file), 'utf8')
  const found: ImportLine[] = []
  const add = (specifier: string, typeOnly: boolean) => {
    if (!specifier.startsWith('.')) return
    found.push({ file, target: relative(root, resolve(join(root, file, '..'), specifier)), typeOnly })
  }
  for (const match of text.matchAll(STATIC_IMPORT)) add(match[3], Boolean(match[2]))
  for (const match of text.matchAll(DYNAMIC_IMPORT)) add(match[1], false)
  return found
}

const topFolder = (path: string) => path.split('/')[0]
/** `model/compile/x` -> `compile`; `model/names` -> `` (model's own top-level files). */
const engineLayer = (path: string) => (path.split('/').length > 2 ? path.split('/')[1] : '')

/** Engine folders each may import from (besides model's own top-level files that import none of them). */
const ENGINE_LAYERS: Record<string, string[]> = {
  equations: [],
  compile: ['equations'],
  units: ['compile'],
  run: ['compile'],
  xmile: ['equations'],
}

describe('module dependencies', () => {
  it('finds dynamic imports as well as static ones', () => {
    const lines = importsOf('cli/load-model.ts')
    expect(lines.some((line) => line.target === 'cli/load-scenario' && !line.typeOnly)).toBe(true)
  })

  it('model/ imports nothing from workers/, ui/ or cli/', () => {
    const bad = sourceFiles('model')
      .flatMap(importsOf)
      .filter((line) => ['workers', 'ui', 'cli'].includes(topFolder(line.target)))
    expect(bad).toEqual([])
  })

  it.each(Object.entries(ENGINE_LAYERS))(
    'model/%s/ imports only from the layers below it',
    (layer, allowed) => {
      const bad = sourceFiles(`model/${layer}`)
        .flatMap(importsOf)
        .filter((line) => {
          const target = engineLayer(line.target)
          return target !== '' && target !== layer && !allowed.includes(target)
        })
      expect(bad).toEqual([])
    },
  )

  it("model/'s own files below the entry point import none of the engine's layers", () => {
    const entryPoints = new Set(['model/compile-model.ts', 'model/results.ts'])
    const bad = readdirSync(join(root, 'model'))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
      .map((file) => `model/${file}`)
      .filter((file) => !entryPoints.has(file))
      .flatMap(importsOf)
      .filter((line) => !line.typeOnly && engineLayer(line.target) !== '')
    expect(bad).toEqual([])
  })

  it('workers/ imports nothing from ui/ or cli/', () => {
    const bad = sourceFiles('workers')
      .flatMap(importsOf)
      .filter((line) => ['ui', 'cli'].includes(topFolder(line.target)))
    expect(bad).toEqual([])
  })

  it('ui/ uses the model only for types and names, and the worker only through its API', () => {
    // Pure rules the app must apply exactly as the engine and the CLI do: names, CSV cells, a lever's
    // baseline and path, the text of a scenario or project file, size limits, an area edit's range.
    const allowedFromModel = new Set([
      'model/names',
      'model/csv-cell',
      'model/care/lever-input',
      'model/care/scenario-text',
      'model/care/project-text',
      'model/care/scenario-limits',
      'model/care/area-edit-range',
      'model/care/baseline-scenario',
      // The appraisal's arithmetic and the integral of a rate: the app's figures must be the CLI's.
      'model/care/rate-totals',
      'model/care/appraisal',
      'model/care/appraisal-discount',
      'model/care/appraisal-outputs',
      'model/care/appraisal-years',
    ])
    const allowedFromWorkers = new Set([
      'workers/engine-api',
      'workers/engine-client',
      'workers/decisions-api',
      'workers/decisions-client',
    ])
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
