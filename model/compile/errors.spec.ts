import { describe, expect, it } from 'vitest'
import { compile } from '../compile-model'
import { ModelError } from '../errors'
import { runSmall, smallModel } from '../testing/small-model'

function problemsOf(action: () => unknown): ModelError['problems'] {
  try {
    action()
  } catch (error) {
    if (error instanceof ModelError) return error.problems
    throw error
  }
  throw new Error('expected a ModelError')
}

describe('named errors', () => {
  it('names the variable and column of an unknown variable', () => {
    const model = { ...smallModel({ a: '1 + bogus_name * 2' }), file: 'model.xmile' }
    const [problem] = problemsOf(() => compile(model))
    expect(problem).toMatchObject({ file: 'model.xmile', variable: 'a', column: 5 })
    expect(problem.message).toBe("unknown variable 'bogus_name'")
  })

  it('names an unknown function', () => {
    const [problem] = problemsOf(() => compile(smallModel({ a: '2 * FROBNICATE(3)' })))
    expect(problem).toMatchObject({ variable: 'a', column: 5, message: "unknown function 'FROBNICATE'" })
  })

  it('names a builtin called with the wrong number of arguments', () => {
    const [problem] = problemsOf(() => compile(smallModel({ a: 'ABS(1, 2)' })))
    expect(problem).toMatchObject({ variable: 'a', column: 1 })
    expect(problem.message).toBe('ABS takes 1 argument, got 2')
  })

  it('names every variable of an algebraic loop', () => {
    const [problem] = problemsOf(() => compile(smallModel({ a: 'b + TIME', b: 'c * 2', c: 'a', d: '1' })))
    expect(problem.message).toMatch(/^algebraic loop: /)
    for (const name of ['a', 'b', 'c']) expect(problem.message).toContain(name)
    expect(problem.message).not.toContain('d')
  })

  it('does not call a loop through a stock algebraic', () => {
    const model = smallModel({
      level: { stock: '1', inflows: ['growth'] },
      growth: { flow: 'level * rate' },
      rate: '0.1',
    })
    expect(runSmall(model)('level')[1]).toBeCloseTo(1.1)
  })

  it('reports a NaN with the variable and the time it first appears', () => {
    const model = smallModel({ a: 'SQRT(5 - TIME)', b: 'a * 2' })
    const problems = problemsOf(() => compile(model).run())
    expect(problems[0].variable).toBe('a')
    expect(problems[0].message).toMatch(/NaN .* at time 6\b/)
  })

  it('collects problems from several variables at once', () => {
    const problems = problemsOf(() => compile(smallModel({ a: 'nope', b: 'ABS()', c: '1' })))
    expect(problems.map((p) => p.variable)).toEqual(['a', 'b'])
  })

  it('points at the column of a syntax error', () => {
    const [problem] = problemsOf(() => compile(smallModel({ a: 'c + * 2', c: '1' })))
    expect(problem.variable).toBe('a')
    expect(problem.message).toMatch(/^cannot parse equation/)
    expect(problem.column).toBeGreaterThanOrEqual(3)
  })

  it('refuses two values with no operator between them', () => {
    const [problem] = problemsOf(() => compile(smallModel({ a: '2 c', c: '1' })))
    expect(problem.message).toBe('missing operator between two values')
  })

  it('refuses unknown subscripts and dimensions', () => {
    const dims = [{ name: 'band', elements: ['young', 'old'] }]
    const model = smallModel({ x: { aux: '1', dimensions: ['band'] }, y: 'x[middle]' }, {}, dims)
    expect(problemsOf(() => compile(model))[0].message).toBe("'middle' is not an element of 'band'")
    const unknownDimension = smallModel({ x: { aux: '1', dimensions: ['age'] } })
    expect(problemsOf(() => compile(unknownDimension))[0].message).toBe("unknown dimension 'age'")
  })

  it('refuses overrides of things that are not constants', () => {
    const model = compile(smallModel({ a: 'TIME', b: '2' }))
    expect(problemsOf(() => model.run({ overrides: { a: 3 } }))[0]).toMatchObject({
      variable: 'a',
      message: 'is not a constant or graphical function of this model',
    })
    expect(
      problemsOf(() =>
        model.run({
          overrides: {
            b: [
              [1, 2],
              [0, 3],
            ],
          },
        }),
      )[0].message,
    ).toMatch(/times must increase/)
  })

  it('rejects a bad time grid', () => {
    expect(problemsOf(() => compile(smallModel({ a: '1' }, { dt: 0 })))[0].message).toMatch(
      /dt must be positive/,
    )
  })
})
