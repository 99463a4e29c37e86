import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compile } from '../compile-model'
import type { Model } from '../ir'
import { type SmallVariable, smallModel } from '../testing/small-model'
import { readXmile } from '../xmile/read'

/** A small model with units declared by variable name; time in years unless given. */
function modelWithUnits(
  variables: Record<string, SmallVariable>,
  units: Record<string, string>,
  timeUnits: string | undefined = 'years',
  dimensions: Model['dimensions'] = [],
): Model {
  const model = smallModel(variables, { timeUnits }, dimensions)
  return {
    ...model,
    variables: model.variables.map((variable) =>
      variable.name in units ? { ...variable, units: units[variable.name] } : variable,
    ),
  }
}

/** Warnings as `variable: message`. */
function warningsOf(model: Model): string[] {
  return compile(model).warnings.map((warning) => `${warning.variable ?? '(model)'}: ${warning.message}`)
}

describe('units check', () => {
  it('finds nothing wrong in the SIR model', () => {
    const file = new URL('../../bench/models/sir.xmile', import.meta.url)
    const model = readXmile(readFileSync(file, 'utf8'), 'sir.xmile')
    expect(compile(model).warnings).toEqual([])
  })

  it('reports an equation whose units differ from the declared ones, naming the variable', () => {
    const model = modelWithUnits(
      {
        admissions: '120',
        'bed days': 'admissions * 2',
        beds: 'admissions * length_of_stay',
        'length of stay': '5',
      },
      { admissions: 'people per year', beds: 'beds', 'length of stay': 'days' },
    )
    expect(warningsOf(model)).toEqual([
      "beds: units: equation gives 'people*days/year' but 'beds' are declared",
    ])
  })

  it('gives the warning with the file, for formatProblem', () => {
    const model = { ...modelWithUnits({ a: '1', b: 'a' }, { a: 'people', b: 'beds' }), file: 'care.xmile' }
    expect(compile(model).warnings).toEqual([
      {
        file: 'care.xmile',
        variable: 'b',
        message: "units: equation gives 'people' but 'beds' are declared",
      },
    ])
  })

  it('reports sums, differences, comparisons, MIN/MAX and IF branches of unlike units', () => {
    const model = modelWithUnits(
      {
        people: '10',
        beds: '5',
        sum: 'people + beds',
        difference: 'people - beds',
        comparison: 'IF people > beds THEN 1 ELSE 0',
        smallest: 'MIN(people, beds)',
        branches: 'IF TIME > 2 THEN people ELSE beds',
      },
      { people: 'people', beds: 'beds' },
    )
    expect(warningsOf(model)).toEqual([
      "sum: units: adds 'people' and 'beds'",
      "difference: units: subtracts 'beds' from 'people'",
      "comparison: units: compares 'people' with 'beds' (>)",
      "smallest: units: MIN of 'people' and 'beds'",
      "branches: units: IF branches give 'people' and 'beds'",
    ])
  })

  it("reports a stock's initial value and flows against the stock's units", () => {
    const model = modelWithUnits(
      {
        patients: { stock: 'beds', inflows: ['admissions'], outflows: ['discharges'] },
        admissions: { flow: '10' },
        discharges: { flow: 'patients / 5' },
        beds: '100',
      },
      { patients: 'patients', admissions: 'patients per year', discharges: 'patients', beds: 'beds' },
    )
    expect(warningsOf(model)).toEqual([
      "patients: units: initial value gives 'beds' but 'patients' are declared",
      "patients: units: outflow 'discharges' is in 'patients' but the stock's 'patients' over time in 'year' need 'patients/year'",
    ])
  })

  it('reports a flow per month into a stock of a model whose time is in years: the scale differs', () => {
    const model = modelWithUnits(
      {
        population: { stock: '1000', inflows: ['births'] },
        births: { flow: '5' },
        'monthly births': 'births',
      },
      { population: 'people', births: 'people/month', 'monthly births': 'people per year' },
      'Year',
    )
    expect(warningsOf(model)).toEqual([
      "population: units: inflow 'births' is in 'people/month' but the stock's 'people' over time in 'year' need 'people/year' (scale differs)",
      "monthly births: units: equation gives 'people/month' but 'people per year' are declared (scale differs)",
    ])
  })

  it('accepts flows in the time unit however it is spelled', () => {
    const model = modelWithUnits(
      {
        population: { stock: '1000', inflows: ['births'], outflows: ['deaths'] },
        births: { flow: '5' },
        deaths: { flow: '1' },
      },
      { population: 'People', births: 'people per year', deaths: 'Persons/Years' },
      'years',
    )
    expect(warningsOf(model)).toEqual([])
  })

  it('takes number literals to be of whatever units make the equation right', () => {
    const model = modelWithUnits(
      {
        people: '10',
        rate: '0.1',
        scaled: 'people * 1000 + 1',
        growth: 'people * rate * 2',
        fallback: 'XIDZ(people, rate, 0)',
        capped: 'MAX(0, MIN(people, 100))',
      },
      {
        people: 'people',
        rate: 'per year',
        scaled: 'people',
        growth: 'people/year',
        fallback: 'people*year',
        capped: 'people',
      },
    )
    expect(warningsOf(model)).toEqual([])
  })

  it('checks nothing where units are unknown: undeclared, blank, graphical functions', () => {
    const model = modelWithUnits(
      {
        people: '10',
        undeclared: '3',
        blank: '4',
        shaped: { aux: 'people', gf: { kind: 'continuous', xs: [0, 10], ys: [0, 1] } },
        a: 'people * undeclared',
        b: 'people + blank',
        c: 'shaped',
        d: 'SMTH1(undeclared, 2)',
      },
      { people: 'people', blank: '', shaped: 'beds', a: 'beds', b: 'people', c: 'beds', d: 'beds' },
    )
    expect(warningsOf(model)).toEqual([])
  })

  it("gives a stateful function its input's units, and a trend per time, by the builtin's own rule", () => {
    const model = modelWithUnits(
      {
        people: '10',
        wait: '2',
        smoothed: 'SMTH1(people, 2)',
        delayed: 'DELAY1(people, wait)',
        fixed: 'DELAY(people, 3)',
        last: 'PREVIOUS(people)',
        growth: 'TREND(people, wait)',
        right: 'SMTH3(people, wait) + DELAY(people, 1) + PREVIOUS(people, 0)',
      },
      {
        people: 'people',
        wait: 'years',
        smoothed: 'beds',
        delayed: 'beds',
        fixed: 'beds',
        last: 'beds',
        growth: 'people',
        right: 'people',
      },
    )
    expect(warningsOf(model)).toEqual([
      "smoothed: units: equation gives 'people' but 'beds' are declared",
      "delayed: units: equation gives 'people' but 'beds' are declared",
      "fixed: units: equation gives 'people' but 'beds' are declared",
      "last: units: equation gives 'people' but 'beds' are declared",
      "growth: units: equation gives '1/years' but 'people' are declared",
    ])
  })

  it("checks a stateful function's time and initial value against the model's time and its input", () => {
    const model = modelWithUnits(
      { people: '10', beds: '5', wait: '2', smoothed: 'SMTH1(people, wait, beds)' },
      { people: 'people', beds: 'beds', wait: 'months' },
    )
    expect(warningsOf(model)).toEqual([
      "smoothed: units: SMTH1 is given a time in 'months' but the model's time is in 'years' (scale differs)",
      "smoothed: units: SMTH1 of 'people' starts from 'beds'",
    ])
  })

  it('reports a mismatch inside the arguments of a stateful function', () => {
    const model = modelWithUnits(
      { people: '10', beds: '5', smoothed: 'SMTH1(people + beds, 2)' },
      { people: 'people', beds: 'beds' },
    )
    expect(warningsOf(model)).toEqual(["smoothed: units: adds 'people' and 'beds'"])
  })

  it('reports one mistake once: a mismatch does not go on to clash with the declared units', () => {
    const model = modelWithUnits(
      { people: '10', beds: '5', total: 'people + beds + people' },
      { people: 'people', beds: 'beds', total: 'staff' },
    )
    expect(warningsOf(model)).toEqual(["total: units: adds 'people' and 'beds'"])
  })

  it('gives TIME and DT the model time unit, and knows what STEP, PULSE and RAMP give', () => {
    const model = modelWithUnits(
      {
        start: '2',
        height: '3',
        elapsed: 'TIME - start',
        steps: 'STEP(height, start)',
        pulses: 'PULSE(height, start, 1)',
        ramps: 'RAMP(height, start)',
        late: 'STEP(height, height)',
        perStep: 'height / DT',
      },
      {
        start: 'months',
        height: 'people',
        elapsed: 'months',
        steps: 'people',
        pulses: 'people per month',
        ramps: 'people*Month',
        perStep: 'people/year',
      },
      'Months',
    )
    expect(warningsOf(model)).toEqual([
      "late: units: STEP is given a time in 'people' but the model's time is in 'months'",
      "perStep: units: equation gives 'people/months' but 'people/year' are declared (scale differs)",
    ])
  })

  it('combines units through products, quotients, powers, roots and pure-number functions', () => {
    const model = modelWithUnits(
      {
        side: '3',
        area: 'side ^ 2',
        back: 'SQRT(area)',
        inverse: 'side ^ -1',
        half: 'area ^ (1/2)',
        logged: 'LN(side / side)',
        wrong: 'EXP(side)',
        rounded: 'ROUND(side)',
      },
      {
        side: 'metres',
        area: 'metres^2',
        back: 'metres',
        inverse: '1/metre',
        half: 'metres',
        logged: 'dmnl',
        wrong: 'metres',
        rounded: 'metres',
      },
    )
    expect(warningsOf(model)).toEqual([
      "wrong: units: equation gives 'dimensionless' but 'metres' are declared",
    ])
  })

  it('warns once, naming the variable and the string, about units it cannot read', () => {
    const model = modelWithUnits(
      { people: '10', copy: 'people', dimensioned: { aux: 'people', dimensions: ['area'] } },
      { people: 'people per', copy: 'beds', dimensioned: 'beds/' },
      'years',
      [{ name: 'area', elements: ['north', 'south'] }],
    )
    expect(warningsOf(model)).toEqual([
      "people: units: cannot read 'people per' (an operator or number is out of place); its units are left unchecked",
      "dimensioned: units: cannot read 'beds/' (an operator or number is out of place); its units are left unchecked",
    ])
  })

  it('checks the first element of an arrayed variable only, so an array gives one warning', () => {
    const model = modelWithUnits(
      { people: { aux: '10', dimensions: ['area'] }, beds: { aux: 'people', dimensions: ['area'] } },
      { people: 'people', beds: 'beds' },
      'years',
      [{ name: 'area', elements: ['north', 'south', 'east'] }],
    )
    expect(warningsOf(model)).toEqual(["beds: units: equation gives 'people' but 'beds' are declared"])
  })

  it('says so when the time units cannot be read, and leaves flows unchecked', () => {
    const model = modelWithUnits(
      { stock: { stock: '1', inflows: ['flow'] }, flow: { flow: '1' } },
      { stock: 'people', flow: 'beds/year' },
      'years)',
    )
    expect(warningsOf(model)).toEqual([
      "(model): units: cannot read 'years)' (a parenthesis is not matched); its units are left unchecked",
    ])
  })
})

describe('units check: the model’s own aliases', () => {
  it('treats an alias from <model_units> as the unit it names', async () => {
    const { compile } = await import('../compile-model')
    const { smallModel } = await import('../testing/small-model')
    const model = smallModel({
      temperature: { stock: '180', outflows: ['cooling'] },
      cooling: { flow: 'temperature / 10' },
    })
    model.time.timeUnits = 'minutes'
    model.variables[0].units = 'Degrees'
    model.variables[1].units = 'deg/minute'
    expect(compile(model).warnings).not.toEqual([])
    model.units = [{ name: 'Degrees', aliases: ['deg'] }]
    expect(compile(model).warnings).toEqual([])
  })
})
