// docs/parameters.md is generated from the model's parameter definitions; this keeps it current.
// Regenerate with: UPDATE_DOCS=1 npx vitest run --project unit tests/care/docs.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { renderParameterDocs } from '../../model/care/parameter-docs'

const here = path.dirname(fileURLToPath(import.meta.url))
const parametersDoc = path.resolve(here, '../../docs/parameters.md')
const modelDoc = path.resolve(here, '../../docs/model.md')

describe('care model documentation', () => {
  const rendered = renderParameterDocs()
  if (process.env.UPDATE_DOCS === '1') writeFileSync(parametersDoc, rendered)

  it('docs/parameters.md lists every default as the model has it', () => {
    expect(existsSync(parametersDoc)).toBe(true)
    expect(readFileSync(parametersDoc, 'utf8')).toBe(rendered)
  })

  it('docs/model.md describes the stocks, loops and a diagram', () => {
    const text = readFileSync(modelDoc, 'utf8')
    expect(text).toContain('```mermaid')
    for (const stock of [
      'people',
      'medically active patients',
      'delayed awaiting intermediate care',
      'intermediate care clients',
      'home care clients',
      'care home residents',
      'eligibility',
      'funded bed base',
    ])
      expect(text).toContain(stock)
  })
})
