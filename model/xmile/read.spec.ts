import { describe, expect, it } from 'vitest'
import { ModelError } from '../errors'
import { readXmile } from './read'
import { inlineXmile } from './spec-helpers'

function problemsOf(read: () => unknown): string[] {
  try {
    read()
  } catch (error) {
    if (error instanceof ModelError) return error.problems.map((p) => p.message)
    throw error
  }
  throw new Error('expected a ModelError')
}

describe('readXmile: sim specs', () => {
  const withSpecs = (specs: string) =>
    readXmile(inlineXmile('<aux name="a"><eqn>1</eqn></aux>', { simSpecs: specs }))

  it('reads start, stop, dt, time units; the method defaults to Euler', () => {
    const model = withSpecs(
      '<sim_specs time_units="Months"><start>1</start><stop>13.5</stop><dt>0.25</dt></sim_specs>',
    )
    expect(model.time).toEqual({ start: 1, stop: 13.5, dt: 0.25, method: 'euler', timeUnits: 'Months' })
  })

  it('reads dt given as its reciprocal', () => {
    const model = withSpecs(
      '<sim_specs><start>0</start><stop>1</stop><dt reciprocal="true">4</dt></sim_specs>',
    )
    expect(model.time.dt).toBe(0.25)
  })

  it('defaults dt to 1, as XMILE does', () => {
    expect(withSpecs('<sim_specs><start>0</start><stop>1</stop></sim_specs>').time.dt).toBe(1)
  })

  it('reads the method case-insensitively, taking the first supported of a fallback list', () => {
    const method = (attribute: string) =>
      withSpecs(`<sim_specs method="${attribute}"><start>0</start><stop>1</stop></sim_specs>`).time.method
    expect(method('RK4')).toBe('rk4')
    expect(method('rk4')).toBe('rk4')
    expect(method('Euler')).toBe('euler')
    expect(method('rk45, RK4, euler')).toBe('rk4')
  })

  it('refuses a method it cannot run', () => {
    const problems = problemsOf(() =>
      withSpecs('<sim_specs method="gear"><start>0</start><stop>1</stop></sim_specs>'),
    )
    expect(problems).toEqual([expect.stringContaining("'gear' is not supported")])
  })

  it("reads Stella's isee:save_interval as the save period", () => {
    const model = withSpecs(
      '<sim_specs isee:save_interval="0.5"><start>0</start><stop>1</stop><dt>0.125</dt></sim_specs>',
    )
    expect(model.time.savePeriod).toBe(0.5)
  })

  it('prefers sim specs inside <model> to the file-level ones', () => {
    const text = inlineXmile('<aux name="a"><eqn>1</eqn></aux>').replace(
      '<model>',
      '<model><sim_specs><start>5</start><stop>6</stop></sim_specs>',
    )
    expect(readXmile(text).time).toMatchObject({ start: 5, stop: 6 })
  })

  it('names missing or unreadable times', () => {
    expect(problemsOf(() => withSpecs('<sim_specs><start>0</start></sim_specs>'))).toEqual([
      '<sim_specs> has no <stop>',
    ])
    expect(
      problemsOf(() => withSpecs('<sim_specs><start>zero</start><stop>1</stop><dt>0</dt></sim_specs>')),
    ).toEqual(["<start> 'zero' is not a number", "<dt> '0' is not a positive number"])
    expect(problemsOf(() => withSpecs('<sim_specs><start>2</start><stop>1</stop></sim_specs>'))).toEqual([
      'stop time 1 is before start time 2',
    ])
  })
})

describe('readXmile: variables', () => {
  it('reads stocks, flows and auxiliaries with units and documentation, equations trimmed', () => {
    const model = readXmile(
      inlineXmile(`
        <stock name="Patients">
          <doc>  People on the ward  </doc>
          <eqn>
            100
          </eqn>
          <inflow>admissions</inflow>
          <units>people</units>
        </stock>
        <flow name="admissions"><eqn>rate * "Patients"</eqn><units>people/day</units></flow>
        <aux name="rate"><eqn>0.1</eqn></aux>`),
      'ward.xmile',
    )
    expect(model).toStrictEqual({
      name: 'inline',
      file: 'ward.xmile',
      time: { start: 0, stop: 10, dt: 1, method: 'euler' },
      dimensions: [],
      variables: [
        {
          name: 'Patients',
          kind: 'stock',
          doc: 'People on the ward',
          equation: '100',
          inflows: ['admissions'],
          outflows: [],
          units: 'people',
        },
        { name: 'admissions', kind: 'flow', equation: 'rate * "Patients"', units: 'people/day' },
        { name: 'rate', kind: 'aux', equation: '0.1' },
      ],
    })
  })

  it('keeps any number of inflows and outflows, interleaved, in file order', () => {
    const model = readXmile(
      inlineXmile(`<stock name="s"><eqn>0</eqn>
        <outflow>o1</outflow><inflow>i1</inflow><outflow>o2</outflow><inflow>i2</inflow><inflow>i3</inflow>
      </stock>`),
    )
    expect(model.variables[0]).toMatchObject({ inflows: ['i1', 'i2', 'i3'], outflows: ['o1', 'o2'] })
  })

  it('decodes entities and character references in equations and names', () => {
    const model = readXmile(
      inlineXmile('<aux name="a &amp; b"><eqn>IF x &lt;&gt; 1 &#x41;ND y &gt;= 2 THEN 1 ELSE 0</eqn></aux>'),
    )
    expect(model.variables[0]).toMatchObject({
      name: 'a & b',
      equation: 'IF x <> 1 AND y >= 2 THEN 1 ELSE 0',
    })
  })

  it('reads variables placed directly in <model>, as Stella 10 wrote them, ignoring <display>', () => {
    const text = inlineXmile('')
      .replace('<model><variables>', '<model>')
      .replace('</variables></model>', '<aux name="a"><eqn>2</eqn><display x="1" y="2"/></aux></model>')
    expect(readXmile(text).variables).toStrictEqual([{ name: 'a', kind: 'aux', equation: '2' }])
  })

  it('ignores views, vendor extensions and stray text', () => {
    const text = inlineXmile(
      `stray text
       <isee:dependencies><var name="a"/></isee:dependencies>
       <aux name="a"><eqn>1</eqn><isee:delay_aux/></aux>`,
      { rootAttributes: ' xmlns:isee="http://iseesystems.com/XMILE"' },
    ).replace('</variables>', '</variables><views><view><stock name="ghost" x="1" y="1"/></view></views>')
    expect(readXmile(text).variables).toStrictEqual([{ name: 'a', kind: 'aux', equation: '1' }])
  })

  it('takes the model name from the header, else from the file name', () => {
    expect(readXmile(inlineXmile('')).name).toBe('inline')
    const unnamed = inlineXmile('').replace('<name>inline</name>', '<name>\n</name>')
    expect(readXmile(unnamed, 'dir/care model.stmx').name).toBe('care model')
  })

  it('reports every bad variable at once, naming each with its line', () => {
    const text = inlineXmile('<aux><eqn>1</eqn></aux>\n<aux name="a"/>\n<aux name="A"><eqn>1</eqn></aux>')
    let error: unknown
    try {
      readXmile(text, 'm.xmile')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ModelError)
    expect((error as ModelError).problems).toEqual([
      { file: 'm.xmile', line: 7, message: 'a <aux> has no name' },
      { file: 'm.xmile', line: 9, variable: 'A', message: "is defined twice (the other is 'a')" },
    ])
  })

  it('refuses modules, macros, conveyors and queues rather than half-reading them', () => {
    expect(problemsOf(() => readXmile(inlineXmile('<module name="sub"/>')))).toEqual([
      'modules are not supported',
    ])
    expect(
      problemsOf(() =>
        readXmile(inlineXmile('<stock name="s"><eqn>0</eqn><conveyor><len>2</len></conveyor></stock>')),
      ),
    ).toEqual(['conveyor stocks are not supported'])
    expect(problemsOf(() => readXmile(inlineXmile('<stock name="s"><eqn>0</eqn><queue/></stock>')))).toEqual([
      'queue stocks are not supported',
    ])
    const macro = inlineXmile('').replace('<model>', '<macro name="m"><eqn>1</eqn></macro><model>')
    expect(problemsOf(() => readXmile(macro))).toEqual(['macros are not supported'])
    const twoModels = inlineXmile('').replace('</xmile>', '<model name="sub"><variables/></model></xmile>')
    expect(problemsOf(() => readXmile(twoModels))).toEqual([
      'modules are not supported: the file has 2 <model> elements',
    ])
  })
})

describe('readXmile: model units', () => {
  it('reads the units a model defines, with their aliases, and writes them back', async () => {
    const { writeXmile } = await import('./write')
    const model = readXmile(
      inlineXmile('<aux name="a"><eqn>1</eqn><units>deg</units></aux>', {
        top: `<model_units>
          <unit name="Degrees"><eqn/><alias>deg</alias><alias>degree</alias></unit>
          <unit name="Fortnight"><eqn>14 * days</eqn></unit>
        </model_units>`,
      }),
    )
    expect(model.units).toEqual([
      { name: 'Degrees', aliases: ['deg', 'degree'] },
      { name: 'Fortnight', equation: '14 * days', aliases: [] },
    ])
    expect(readXmile(writeXmile(model))).toEqual(model)
  })
})
