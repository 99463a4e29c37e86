// Hostile inputs (issue 9): each is either run correctly or refused with a named error saying which
// limit and how to change it; none may crash the engine or run out of memory.
import { describe, expect, it } from 'vitest'
import { compile } from './compile-model'
import type { Model, Variable } from './ir'
import { LimitError, type Limits } from './limits'
import { series } from './results'
import { smallModel } from './testing/small-model'
import { readXmile } from './xmile/read'
import { inlineXmile } from './xmile/spec-helpers'

function limitErrorOf(action: () => unknown): LimitError {
  try {
    action()
  } catch (error) {
    if (error instanceof LimitError) return error
    throw error
  }
  throw new Error('expected a LimitError')
}

/** `v0 = TIME`, `v1 = v0 + 1`, ... in the order given. */
function chainModel(count: number, order: (variables: Variable[]) => Variable[]): Model {
  const variables: Variable[] = Array.from({ length: count }, (_, i) => ({
    kind: 'aux',
    name: `v${i}`,
    equation: i === 0 ? 'TIME' : `v${i - 1} + 1`,
  }))
  return {
    name: 'chain',
    time: { start: 0, stop: 1, dt: 1, method: 'euler' },
    dimensions: [],
    variables: order(variables),
  }
}

const band = (size: number) => [{ name: 'band', elements: Array.from({ length: size }, (_, i) => `e${i}`) }]

describe('equations of any length, nested within a limit', () => {
  it('runs a 10,000-term sum, of names and products alike', () => {
    const ones = compile(smallModel({ y: Array(10_000).fill('1').join(' + ') })).run()
    expect(series(ones, 'y')[0]).toBe(10_000)
    const mixed = compile(smallModel({ a: '3', y: Array(10_000).fill('a - a * 2').join(' + ') })).run()
    expect(series(mixed, 'y')[0]).toBe(-30_000)
  }, 30_000)

  it('runs a nesting just within the limit', () => {
    const read = (equation: string) => series(compile(smallModel({ y: equation })).run(), 'y')[0]
    expect(read(`${'('.repeat(99)}1${')'.repeat(99)}`)).toBe(1)
    expect(read(`${'IF TIME > 5 THEN 1 ELSE '.repeat(99)}7`)).toBe(7)
  })

  it.each([
    ['a 20,000-deep IF', `${'IF TIME > 5 THEN 1 ELSE '.repeat(20_000)}0`, 'equationTokens'],
    ['a 5,000-deep IF', `${'IF TIME > 5 THEN 1 ELSE '.repeat(5_000)}0`, 'nesting'],
    ['20,000 nested brackets', `${'('.repeat(20_000)}1${')'.repeat(20_000)}`, 'nesting'],
    ['5,000 powers in a row', Array(5_000).fill('2').join('^'), 'nesting'],
    ['5,000 signs in a row', `${'-'.repeat(5_000)}1`, 'nesting'],
    ['5,000 alternating * and /', Array(5_000).fill('2 * 3').join(' / '), 'nesting'],
    ['5,000 chained comparisons', Array(5_000).fill('1').join(' < '), 'nesting'],
  ])('refuses %s with a named error', (_, equation, limit) => {
    const error = limitErrorOf(() => compile({ ...smallModel({ y: equation }), file: 'deep.xmile' }))
    expect(error.limit).toBe(limit)
    expect(error.problems[0]).toMatchObject({ file: 'deep.xmile', variable: 'y' })
    expect(error.message).toMatch(/more than (the limit of )?[\d,]+.*: split it into auxiliary variables/)
  })
})

describe('arrays', () => {
  it('reduces 70,000 elements with MAX, MIN and SUM', () => {
    const model = smallModel(
      { x: { aux: 'TIME * 0 + 1', dimensions: ['band'] }, y: 'MAX(x[*]) + MIN(x[*]) + SUM(x[*])' },
      { stop: 1 },
      band(70_000),
    )
    const compiled = compile(model)
    const result = compiled.run({ outputs: compiled.outputIndices(['y']) })
    expect(Array.from(result.values)).toEqual([70_002, 70_002])
  }, 30_000)

  it('refuses a 433-byte file declaring two 3,000-element dimensions, before making 9,000,000 elements', () => {
    const text = inlineXmile(
      '<aux name="x"><dimensions><dim name="a"/><dim name="b"/></dimensions><eqn>1</eqn></aux>',
      {
        top: '<dimensions><dim name="a" size="3000"/><dim name="b" size="3000"/></dimensions>',
      },
    )
    const error = limitErrorOf(() => compile(readXmile(text, 'big.xmile')))
    expect(error.limit).toBe('variableElements')
    expect(error.message).toBe(
      "big.xmile, variable 'x': it has 9,000,000 elements (3,000 x 3,000), more than the limit of 1,000,000: use smaller dimensions",
    )
  })

  it('refuses an array expansion larger than the limit on expression terms', () => {
    const model = smallModel(
      { x: { aux: '1', dimensions: ['band'] }, y: { aux: 'SUM(x[*]) * x', dimensions: ['band'] } },
      {},
      band(1_000),
    )
    const limits: Partial<Limits> = { expressionNodes: 100_000 }
    const error = limitErrorOf(() => compile(model, { limits }))
    expect(error.limit).toBe('expressionNodes')
    expect(error.problems[0].variable).toBe('y')
    expect(compile(model).names).toHaveLength(2_000)
  }, 30_000)

  it('reads and compiles 32,000 dimensions, one variable arrayed over each', () => {
    const count = 32_000
    const dims = Array.from({ length: count }, (_, i) => `<dim name="d${i}" size="1"/>`).join('')
    const variables = Array.from(
      { length: count },
      (_, i) => `<aux name="x${i}"><dimensions><dim name="d${i}"/></dimensions><eqn>${i}</eqn></aux>`,
    ).join('')
    const compiled = compile(readXmile(inlineXmile(variables, { top: `<dimensions>${dims}</dimensions>` })))
    expect(compiled.names).toHaveLength(count)
    expect(compiled.names[count - 1]).toBe(`x${count - 1}[1]`)
  }, 30_000)

  it('refuses a variable arrayed over more dimensions than the limit', () => {
    const dims = Array.from({ length: 32_000 }, (_, i) => `<dim name="d${i}" size="1"/>`).join('')
    const used = Array.from({ length: 32_000 }, (_, i) => `<dim name="d${i}"/>`).join('')
    const text = inlineXmile(`<aux name="x"><dimensions>${used}</dimensions><eqn>1</eqn></aux>`, {
      top: `<dimensions>${dims}</dimensions>`,
    })
    const error = limitErrorOf(() => compile(readXmile(text)))
    expect(error.limit).toBe('variableDimensions')
    expect(error.message).toBe(
      "variable 'x': it is arrayed over 32,000 dimensions, more than the limit of 16: use fewer dimensions",
    )
  }, 30_000)
})

describe('dependency chains', () => {
  it('sorts a 5,000-variable chain written in reverse order', () => {
    const compiled = compile(chainModel(5_000, (variables) => variables.reverse()))
    const result = compiled.run({ outputs: compiled.outputIndices(['v4999']) })
    expect(Array.from(result.values)).toEqual([4_999, 5_000])
  })

  it.each([
    ['in order', (variables: Variable[]) => variables],
    ['in reverse', (variables: Variable[]) => variables.reverse()],
    [
      'shuffled',
      (variables: Variable[]) => variables.map((v, i) => variables[(i * 7_919) % variables.length] ?? v),
    ],
  ])(
    'sorts a 200,000-variable chain written %s',
    (_, order) => {
      const compiled = compile(chainModel(200_000, order))
      const result = compiled.run({ outputs: compiled.outputIndices(['v199999', 'v0']) })
      expect(Array.from(result.values)).toEqual([199_999, 200_000, 0, 1])
    },
    60_000,
  )
})

describe('long runs', () => {
  it('refuses, before it starts, a run of 10,000,000 steps x 51 variables whose results exceed 2 GB', () => {
    const variables = Array.from({ length: 51 }, (_, i) => `<aux name="a${i}"><eqn>TIME * ${i}</eqn></aux>`)
    const text = inlineXmile(variables.join(''), {
      simSpecs: '<sim_specs><start>0</start><stop>10000000</stop><dt>1</dt></sim_specs>',
    })
    const compiled = compile(readXmile(text, 'long.xmile'))
    const error = limitErrorOf(() => compiled.run())
    expect(error.limit).toBe('resultBytes')
    expect(error.message).toMatch(
      /3\.8 GB \(51 outputs x 10,000,001 saved times\), more than the limit of 2 GB/,
    )
    const yearly = compiled.run({ savePeriod: 1_000_000 })
    expect(Array.from(series(yearly, 'a2'))).toEqual(Array.from({ length: 11 }, (_, i) => i * 2_000_000))
  })

  it('refuses more steps than the limit, saying to use a larger dt', () => {
    const error = limitErrorOf(() => compile(smallModel({ a: 'TIME' }, { stop: 1e9, dt: 1 })))
    expect(error.limit).toBe('steps')
    expect(error.message).toMatch(
      /1,000,000,000 steps of dt 1 are more than the limit of 50,000,000 steps: use a larger dt/,
    )
  })
})
