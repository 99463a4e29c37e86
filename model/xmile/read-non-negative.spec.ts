import { describe, expect, it } from 'vitest'
import type { Variable } from '../ir'
import { readXmile } from './read'
import { inlineXmile } from './spec-helpers'

const variables = `
  <stock name="plain"><eqn>1</eqn></stock>
  <stock name="yes"><eqn>1</eqn><non_negative/></stock>
  <stock name="no"><eqn>1</eqn><non_negative>false</non_negative></stock>
  <flow name="f plain"><eqn>1</eqn></flow>
  <flow name="f yes"><eqn>1</eqn><non_negative>true</non_negative></flow>
  <flow name="f no"><eqn>1</eqn><non_negative>FALSE</non_negative></flow>
  <aux name="a"><eqn>1</eqn></aux>`

function flags(top = ''): Record<string, boolean | 'none' | undefined> {
  const model = readXmile(inlineXmile(variables, { top }))
  return Object.fromEntries(
    model.variables.map((v: Variable) => [
      v.name,
      v.kind === 'stock' || v.kind === 'flow' ? v.nonNegative : 'none',
    ]),
  )
}

describe('readXmile: non-negative stocks and flows', () => {
  it('takes each variable at its word, leaving the unsaid undefined', () => {
    expect(flags()).toEqual({
      plain: undefined,
      yes: true,
      no: false,
      'f plain': undefined,
      'f yes': true,
      'f no': false,
      a: 'none',
    })
  })

  it('resolves <behavior><non_negative/></behavior> into every stock and flow that says nothing', () => {
    expect(flags('<behavior><non_negative/></behavior>')).toEqual({
      plain: true,
      yes: true,
      no: false,
      'f plain': true,
      'f yes': true,
      'f no': false,
      a: 'none',
    })
  })

  it('resolves per-kind defaults, which win over the shared one', () => {
    expect(flags('<behavior><stock><non_negative/></stock></behavior>')).toMatchObject({
      plain: true,
      'f plain': undefined,
    })
    expect(
      flags('<behavior><flow><non_negative/></flow><stock><non_negative/></stock></behavior>'),
    ).toMatchObject({
      plain: true,
      'f plain': true,
    })
    expect(
      flags('<behavior><non_negative/><flow><non_negative>false</non_negative></flow></behavior>'),
    ).toMatchObject({ plain: true, 'f plain': false })
  })

  it('lets a <behavior> inside <model> override the file-level one', () => {
    const text = inlineXmile(variables, { top: '<behavior><non_negative/></behavior>' }).replace(
      '<model>',
      '<model><behavior><stock><non_negative>false</non_negative></stock></behavior>',
    )
    const model = readXmile(text)
    expect(model.variables.find((v) => v.name === 'plain')).toMatchObject({ nonNegative: false })
    expect(model.variables.find((v) => v.name === 'f plain')).toMatchObject({ nonNegative: true })
  })

  it('refuses a flag that is neither empty, true nor false', () => {
    expect(() =>
      readXmile(inlineXmile('<stock name="s"><eqn>1</eqn><non_negative>maybe</non_negative></stock>')),
    ).toThrow("<non_negative> must be empty, 'true' or 'false', not 'maybe'")
  })
})
