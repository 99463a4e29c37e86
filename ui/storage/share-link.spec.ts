import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../model/care/types'
import { scenarioTextFromHash, shareUrl } from './share-link'

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
    const url = shareUrl('http://127.0.0.1:4173/?x=1#old', scenario)
    expect(url.startsWith('http://127.0.0.1:4173/?x=1#scenario=')).toBe(true)
    const text = scenarioTextFromHash(new URL(url).hash)
    expect(JSON.parse(text ?? '')).toEqual(scenario)
  })

  it('use only URL-safe characters', () => {
    const hash = new URL(shareUrl('http://localhost/', scenario)).hash
    expect(hash).toMatch(/^#scenario=[A-Za-z0-9_-]+$/)
  })

  it('return nothing without a scenario', () => {
    expect(scenarioTextFromHash('')).toBeUndefined()
    expect(scenarioTextFromHash('#other=1')).toBeUndefined()
  })

  it('pass undecodable text on for validation to reject', () => {
    expect(scenarioTextFromHash('#scenario=%%%')).toBe('%%%')
  })
})
