import { describe, expect, it } from 'vitest'
import { ModelError } from '../errors'
import { readXmile } from './read'
import { declareDimensions, inlineXmile } from './spec-helpers'

const regions = declareDimensions({ region: ['north', 'south', 'east'] })
const grid = declareDimensions({ row: ['r1', 'r2', 'r3'], col: ['c1', 'c2'] })

function problems(text: string): string[] {
  try {
    readXmile(text)
  } catch (error) {
    if (error instanceof ModelError) return error.problems.map((p) => p.message)
    throw error
  }
  throw new Error('expected a ModelError')
}

describe('readXmile: dimensions', () => {
  it('reads named elements and numbered dimensions (size="n")', () => {
    const model = readXmile(
      inlineXmile('', {
        top: '<dimensions><dim name="region"><elem name="north"/><elem name="south"/></dim><dim name="age" size="3"/></dimensions>',
      }),
    )
    expect(model.dimensions).toStrictEqual([
      { name: 'region', elements: ['north', 'south'] },
      { name: 'age', elements: ['1', '2', '3'] },
    ])
  })

  it('reads an apply-to-all arrayed variable, naming its dimensions as declared', () => {
    const model = readXmile(
      inlineXmile('<aux name="beds"><dimensions><dim name="REGION"/></dimensions><eqn>10</eqn></aux>', {
        top: regions,
      }),
    )
    expect(model.variables[0]).toStrictEqual({
      name: 'beds',
      kind: 'aux',
      dimensions: ['region'],
      equation: '10',
    })
  })

  it('flattens nested <dimensions> wrappers and counts a repeated dimension once', () => {
    const nestedTop =
      '<dimensions><dimensions><dim name="dim1"><elem name="a"/><elem name="b"/></dim></dimensions><dim name="dim1"><elem name="a"/><elem name="b"/></dim></dimensions>'
    const model = readXmile(
      inlineXmile(
        '<aux name="v"><dimensions><dimensions><dim name="dim1"/></dimensions><dim name="dim1"/></dimensions><eqn>1, 2</eqn></aux>',
        { top: nestedTop },
      ),
    )
    expect(model.dimensions).toStrictEqual([{ name: 'dim1', elements: ['a', 'b'] }])
    expect(model.variables[0]).toMatchObject({ dimensions: ['dim1'] })
  })

  it('refuses a dimension declared twice with different elements, undeclared dimensions and bad sizes', () => {
    const twice =
      '<dimensions><dim name="d"><elem name="a"/></dim><dim name="D"><elem name="b"/></dim></dimensions>'
    expect(problems(inlineXmile('', { top: twice }))).toEqual([
      "dimension 'D' is declared twice with different elements",
    ])
    expect(
      problems(inlineXmile('<aux name="v"><dimensions><dim name="nope"/></dimensions><eqn>1</eqn></aux>')),
    ).toEqual(["dimension 'nope' is not declared in the model's <dimensions>"])
    expect(
      problems(
        inlineXmile('', { top: '<dimensions><dim name="d" size="1e9"/><dim name="e"/></dimensions>' }),
      ),
    ).toEqual([
      "dimension 'd' has size '1e9'; a size is a whole number from 1 to 100000",
      "dimension 'e' has neither <elem> elements nor a size",
    ])
  })
})

describe('readXmile: per-element equations', () => {
  it('reads <element subscript="..."> equations, one subscript per dimension', () => {
    const model = readXmile(
      inlineXmile(
        `<aux name="m"><dimensions><dim name="row"/><dim name="col"/></dimensions>
          <element subscript="r1, c1"><eqn>1</eqn></element>
          <element subscript="R2,C2"><eqn>2 * Time</eqn></element>
        </aux>`,
        { top: grid },
      ),
    )
    expect(model.variables[0]).toStrictEqual({
      name: 'm',
      kind: 'aux',
      dimensions: ['row', 'col'],
      elements: [
        { subscripts: ['r1', 'c1'], equation: '1' },
        { subscripts: ['r2', 'c2'], equation: '2 * Time' },
      ],
    })
  })

  it('reads a graphical function given for one element', () => {
    const model = readXmile(
      inlineXmile(
        `<aux name="g"><dimensions><dim name="region"/></dimensions>
          <element subscript="north"><eqn>Time</eqn><gf><xpts>0,1</xpts><ypts>5,6</ypts></gf></element>
        </aux>`,
        { top: regions },
      ),
    )
    expect(model.variables[0]).toMatchObject({
      elements: [
        {
          subscripts: ['north'],
          equation: 'Time',
          graphicalFunction: { kind: 'continuous', xs: [0, 1], ys: [5, 6] },
        },
      ],
    })
  })

  it("reads Vensim's several <eqn> children as one equation per element, in element order", () => {
    const model = readXmile(
      inlineXmile(
        `<aux name="v"><dimensions><dim name="row"/><dim name="col"/></dimensions>
          <eqn>1</eqn><eqn>2</eqn><eqn>Time</eqn><eqn>4</eqn><eqn>5</eqn><eqn>-6 </eqn></aux>`,
        { top: grid },
      ),
    )
    expect(model.variables[0].elements).toStrictEqual([
      { subscripts: ['r1', 'c1'], equation: '1' },
      { subscripts: ['r1', 'c2'], equation: '2' },
      { subscripts: ['r2', 'c1'], equation: 'Time' },
      { subscripts: ['r2', 'c2'], equation: '4' },
      { subscripts: ['r3', 'c1'], equation: '5' },
      { subscripts: ['r3', 'c2'], equation: '-6' },
    ])
  })

  it("reads Vensim's number lists as one constant per element, `;` ending table rows", () => {
    const oneD = readXmile(
      inlineXmile('<aux name="v"><dimensions><dim name="region"/></dimensions><eqn>1, 2.5, .3</eqn></aux>', {
        top: regions,
      }),
    )
    expect(oneD.variables[0].elements).toStrictEqual([
      { subscripts: ['north'], equation: '1' },
      { subscripts: ['south'], equation: '2.5' },
      { subscripts: ['east'], equation: '.3' },
    ])
    const twoD = readXmile(
      inlineXmile(
        '<aux name="t"><dimensions><dim name="row"/><dim name="col"/></dimensions><eqn>1,2;\n3,4;\n5,-6e-1;</eqn></aux>',
        {
          top: grid,
        },
      ),
    )
    expect(twoD.variables[0].elements?.map((e) => e.equation)).toEqual(['1', '2', '3', '4', '5', '-6e-1'])
  })

  it('keeps a single number, or a list that is not all numbers, as an apply-to-all equation', () => {
    const model = readXmile(
      inlineXmile(
        `<aux name="a"><dimensions><dim name="region"/></dimensions><eqn>7</eqn></aux>
         <aux name="b"><dimensions><dim name="region"/></dimensions><eqn>MAX(1, 2)</eqn></aux>`,
        { top: regions },
      ),
    )
    expect(model.variables.map((v) => [v.equation, v.elements])).toEqual([
      ['7', undefined],
      ['MAX(1, 2)', undefined],
    ])
  })

  it('refuses lists and subscripts that do not fit the dimensions', () => {
    const dims = '<dimensions><dim name="region"/></dimensions>'
    expect(problems(inlineXmile(`<aux name="a">${dims}<eqn>1, 2</eqn></aux>`, { top: regions }))).toEqual([
      'lists 2 equations or values for its 3 elements',
    ])
    expect(
      problems(inlineXmile(`<aux name="a">${dims}<eqn>1</eqn><eqn>2</eqn></aux>`, { top: regions })),
    ).toEqual(['lists 2 equations or values for its 3 elements'])
    expect(
      problems(
        inlineXmile(
          `<aux name="a">${dims}<element subscript="west"><eqn>1</eqn></element><element subscript="north, north"><eqn>1</eqn></element></aux>`,
          { top: regions },
        ),
      ),
    ).toEqual([
      "'west' is not an element of dimension 'region'",
      "subscript 'north, north' names 2 element(s), the variable has 1 dimension(s)",
    ])
    expect(problems(inlineXmile('<aux name="s"><eqn>1</eqn><eqn>2</eqn></aux>'))).toEqual([
      'has 2 <eqn> elements but is not arrayed',
    ])
  })
})
