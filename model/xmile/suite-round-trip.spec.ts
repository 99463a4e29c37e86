// Every model of the SDXorg suite copy survives read -> write -> read unchanged.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readXmile } from './read'
import { writeXmile } from './write'

const suite = fileURLToPath(new URL('../../tests/fixtures/test-models/', import.meta.url))
const modelFiles = readdirSync(suite, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(xmile|stmx)$/.test(file))
  .sort()

describe('writeXmile round trip over the test-model suite', () => {
  it('finds the suite', () => {
    expect(modelFiles.length).toBeGreaterThan(50)
  })

  it.each(modelFiles)('%s', (file) => {
    const model = readXmile(readFileSync(suite + file, 'utf8'), file)
    expect(readXmile(writeXmile(model), file)).toStrictEqual(model)
  })
})
