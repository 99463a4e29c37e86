// Builds the app once per version of its sources, so several browser test files (and the bench)
// share one `vite build`. The build goes to a temporary folder named by a hash of every file that
// goes into it, and is renamed into place only when complete, so parallel runs never see half a build.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..')

const INPUTS = [
  'index.html',
  'vite.config.ts',
  'content-security-policy.ts',
  'package-lock.json',
  'public',
  'ui',
  'workers',
  'model',
  'scenarios',
]

function collectFiles(path: string, into: string[]): void {
  if (!existsSync(path)) return
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) collectFiles(join(path, name), into)
  } else if (!path.endsWith('.spec.ts')) {
    into.push(path)
  }
}

function sourceHash(): string {
  const files: string[] = []
  for (const input of INPUTS) collectFiles(join(PROJECT_ROOT, input), files)
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(relative(PROJECT_ROOT, file))
    hash.update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Builds of older sources left by earlier runs: removed after a day, when no run still uses them. */
function removeStaleBuilds(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('carebalance-app-')) continue
    const path = join(tmpdir(), name)
    try {
      if (path !== keep && Date.now() - statSync(path).mtimeMs > DAY_MS)
        rmSync(path, { recursive: true, force: true })
    } catch {
      // Another run removed it first.
    }
  }
}

/** The folder holding a production build of the current sources, building it if needed. */
export function buildApp(): string {
  const target = join(tmpdir(), `carebalance-app-${sourceHash()}`)
  removeStaleBuilds(target)
  if (existsSync(join(target, 'index.html'))) return target
  const staging = mkdtempSync(join(tmpdir(), 'carebalance-build-'))
  const vite = join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', staging, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  )
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true })
    throw new Error(`vite build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
  try {
    renameSync(staging, target)
  } catch {
    // Another run finished the same build first: use theirs.
    rmSync(staging, { recursive: true, force: true })
  }
  return target
}
