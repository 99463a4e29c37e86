import { describe, expect, it } from 'vitest'
import { SCENARIO_LIMITS } from '../../model/care/scenario-limits'
import type { Scenario } from '../../model/care/types'
import { scenarioTextFromHash, sharedLinkProblem, shareUrl } from './share-link'

const scenario: Scenario = {
  name: 'Shift to community — Torbay style',
  description: 'Pooled budget, 10% of acute spend moved to intermediate care over 3 years (£, é, “quotes”).',
  area: 'england-500k',
  levers: {
    'pooled budget share': 0.5,
    'community shift share': [
      [1, 0],
      [4, 0.1],
    ],
  },
}

describe('share links', () => {
  it('carry the scenario in the fragment and read it back exactly, including non-ASCII text', () => {
    const url = shareUrl('http://127.0.0.1:4173/?x=1#old', JSON.stringify(scenario)) as string
    expect(url.startsWith('http://127.0.0.1:4173/?x=1#scenario=')).toBe(true)
    const text = scenarioTextFromHash(new URL(url).hash)
    expect(JSON.parse(text ?? '')).toEqual(scenario)
  })

  it('use only URL-safe characters', () => {
    const hash = new URL(shareUrl('http://localhost/', JSON.stringify(scenario)) as string).hash
    expect(hash).toMatch(/^#scenario=[A-Za-z0-9_-]+$/)
  })

  it('are not made, nor opened, beyond their stated size', () => {
    const big = JSON.stringify({ ...scenario, description: 'x'.repeat(SCENARIO_LIMITS.shareLinkChars) })
    expect(shareUrl('http://localhost/', big)).toEqual({
      problem: expect.stringMatching(
        /^This scenario is too large for a link \(133,[\d,]+ characters; a link holds up to 100,000\)\. Use Export file/,
      ),
    })
    const hash = `#scenario=${'A'.repeat(SCENARIO_LIMITS.shareLinkChars + 1)}`
    expect(sharedLinkProblem(hash)).toMatch(/^The link is too long to open \(100,011 characters/)
    expect(sharedLinkProblem('#scenario=abc')).toBeUndefined()
  })

  it('return nothing without a scenario', () => {
    expect(scenarioTextFromHash('')).toBeUndefined()
    expect(scenarioTextFromHash('#other=1')).toBeUndefined()
  })

  it('pass undecodable text on for validation to reject', () => {
    expect(scenarioTextFromHash('#scenario=%%%')).toBe('%%%')
  })
})
