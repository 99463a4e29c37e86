#!/usr/bin/env node
// `npm test`: typecheck, lint, then every vitest project (unit, conformance, browser).
// CI reads its verdict from the closing line `N passed, N failed`, so this script always prints
// one, counting each failed check (typecheck, lint) as one failure beside the test results.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const outputDir = 'test-output'
const reportFile = `${outputDir}/vitest-report.json`
mkdirSync(outputDir, { recursive: true })
rmSync(reportFile, { force: true })

let passed = 0
let failed = 0

function check(label, command, args) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status === 0) {
    passed++
    console.log(`== ${label}: ok`)
  } else {
    failed++
    console.log(`== ${label}: FAILED (exit ${result.status ?? result.signal})`)
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit'])
check('lint', 'npx', ['biome', 'check', '.'])

console.log('\n== tests: vitest run')
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`],
  { stdio: 'inherit' },
)
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  // A file that fails to load has no tests to count: count it as one failure.
  for (const file of report.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) failed++
  }
} else {
  failed++
}
if (vitest.status !== 0 && failed === 0) failed++

console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
