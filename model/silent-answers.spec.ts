// Inputs that used to run to a wrong answer without a word (issue 9): each is now either a named
// error or read the one documented way.
import { describe, expect, it } from 'vitest'
import { compile } from './compile-model'
import { escapeControls, formatProblem, ModelError } from './errors'
import { series } from './results'
import { runSmall, smallModel } from './testing/small-model'
import { parseUnits } from './units/parse-units'
import { readXmile } from './xmile/read'
import { inlineXmile } from './xmile/spec-helpers'

function messageOf(action: () => unknown): string {
  try {
    action()
  } catch (error) {
    if (error instanceof ModelError) return error.message
    throw error
  }
  throw new Error('expected a ModelError')
}

describe('names that are builtins', () => {
  it.each([
    ['Time', 'TIME', "the run's clock"],
    ['dt', 'DT', "the run's clock"],
    ['STOPTIME', 'STOPTIME', "the run's clock"],
    ['pi', 'PI', 'a number'],
    ['Inf', 'INF', 'a number'],
  ])('refuses a variable named %s', (name, builtin, what) => {
    expect(messageOf(() => compile(smallModel({ [name]: '5', y: `${name} * 2` })))).toBe(
      `variable '${name}': the name is the builtin ${builtin}, which equations read as ${what}: rename the variable`,
    )
  })

  it('refuses a graphical function named like a builtin function, which a call would not reach', () => {
    const table = { kind: 'continuous' as const, xs: [0, 1], ys: [0, 1] }
    expect(messageOf(() => compile(smallModel({ Step: { gf: table }, y: 'Step(0.5)' })))).toMatch(
      /^variable 'Step': a graphical function cannot be named like the builtin function STEP/,
    )
  })

  it('lets an ordinary variable share a function name, and reads e as a name like any other', () => {
    const read = runSmall(smallModel({ Delay: '3', e: '2', y: 'Delay + DELAY(TIME, 1) + e' }))
    expect(read('y').slice(0, 3)).toEqual([5, 5, 6])
  })
})

describe("a stock's inflows and outflows", () => {
  it.each([
    [
      'an auxiliary',
      { level: { stock: '0', inflows: ['rate'] }, rate: '1' },
      "inflow 'rate' is an auxiliary",
    ],
    [
      'a stock',
      { level: { stock: '0', outflows: ['other'] }, other: { stock: '1' } },
      "outflow 'other' is a stock",
    ],
  ])('must be flows, not %s', (_, variables, message) => {
    expect(messageOf(() => compile(smallModel(variables)))).toBe(
      `variable 'level': ${message}, not a flow: a stock's inflows and outflows must be flows`,
    )
  })

  it("reads a Vensim file's rates, which Vensim writes as auxiliaries, as flows", () => {
    const text = inlineXmile(
      '<stock name="level"><eqn>0</eqn><inflow>rate</inflow></stock><aux name="rate"><eqn>2</eqn></aux>',
    ).replace('<vendor>test</vendor>', '<vendor>Ventana Systems, Inc.</vendor>')
    const model = readXmile(text)
    expect(model.variables.find((v) => v.name === 'rate')?.kind).toBe('flow')
    expect(series(compile(model).run(), 'level')[10]).toBe(20)
  })
})

describe('numbers and names', () => {
  it('refuses a literal too large for a double, naming its column', () => {
    expect(messageOf(() => compile(smallModel({ y: '2 * 1e400' })))).toBe(
      "variable 'y', column 5: the number 1e400 is too large (the largest is about 1.8e308)",
    )
    expect(runSmall(smallModel({ y: '1e300 * 1e-300' }))('y')[0]).toBeCloseTo(1, 12)
  })

  it('sets a constant named __proto__ like any other name', () => {
    const variables = Object.fromEntries([
      ['__proto__', '1'],
      ['y', '__proto__ * 2'],
    ])
    const compiled = compile(smallModel(variables))
    const settings: Record<string, number> = Object.fromEntries([['__proto__', 9]])
    expect(series(compiled.run({ overrides: settings }), 'y')[0]).toBe(18)
  })

  it("reads unit words that are names of JavaScript's own properties as words", () => {
    const one = parseUnits('constructor')
    const many = parseUnits('constructors')
    if (!one.ok || !many.ok) throw new Error('units not read')
    expect(one.unit.equals(many.unit)).toBe(true)
    expect(parseUnits('toString').ok).toBe(true)
  })

  it('shows control characters in names as escapes, never raw', () => {
    const name = 'bad\u001b[31mname\u202e'
    const problem = { file: 'x\u0007.xmile', variable: name, message: `unknown variable '${name}'` }
    expect(formatProblem(problem)).toBe(
      "x\\u0007.xmile, variable 'bad\\u001b[31mname\\u202e': unknown variable 'bad\\u001b[31mname\\u202e'",
    )
    expect(escapeControls('two\nlines\ttab')).toBe('two\\nlines\\ttab')
    expect(messageOf(() => compile(smallModel({ y: `1 + "${name}"` }))).includes('\u001b')).toBe(false)
  })
})
