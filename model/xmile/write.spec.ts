import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { ModelError } from '../errors'
import type { Model } from '../ir'
import { readXmile } from './read'
import { writeXmile, XMILE_NAMESPACE } from './write'

/** Everything the IR can hold, built in code the way the care model builds its models. */
const everything: Model = {
  name: 'Pooled budget <test> & "friends"',
  doc: 'A model with\nevery feature.',
  time: { start: 2024, stop: 2034, dt: 0.25, savePeriod: 1, method: 'rk4', timeUnits: 'years' },
  dimensions: [
    { name: 'area', elements: ['Torbay', 'San Marino'] },
    { name: 'age band', elements: ['1', '2', '3'] },
  ],
  variables: [
    {
      name: 'Hospital beds',
      kind: 'stock',
      equation: '100',
      inflows: ['opening', 'transfers in'],
      outflows: ['closing'],
      nonNegative: true,
      units: 'beds',
      doc: 'Staffed acute beds.',
      meta: {
        range: [50, 150],
        sources: [
          {
            title: 'NHS bed availability',
            year: 2023,
            table: 'KH03 Q4',
            url: 'https://example.org/kh03?a=1&b=2',
          },
          { title: 'Local plan', note: ' counted\n by hand ' },
        ],
      },
    },
    { name: 'opening', kind: 'flow', equation: 'IF TIME < 2030 THEN 2 ELSE 0', nonNegative: false },
    { name: 'transfers in', kind: 'flow', equation: '1' },
    { name: 'closing', kind: 'flow', equation: '"Hospital beds" * 0.01', units: 'beds/year' },
    {
      name: 'demand',
      kind: 'aux',
      dimensions: ['area', 'age band'],
      equation: '1',
      elements: [
        { subscripts: ['Torbay', '1'], equation: '2' },
        {
          subscripts: ['San Marino', '3'],
          equation: 'TIME',
          graphicalFunction: { kind: 'discrete', xs: [2024, 2030], ys: [1, 2] },
        },
      ],
    },
    {
      name: 'occupancy effect',
      kind: 'aux',
      equation: '"Hospital beds" / 100',
      graphicalFunction: { kind: 'extrapolate', xs: [0, 0.5, 1.25], ys: [0.1, 1 / 3, -2e-7] },
    },
    {
      name: 'cost curve',
      kind: 'gf',
      graphicalFunction: { kind: 'continuous', xs: [0, 1], ys: [5, 7] },
      units: 'GBP',
    },
    { name: 'empty meta', kind: 'aux', equation: '0', meta: {} },
  ],
}

describe('writeXmile', () => {
  it('writes well-formed XMILE 1.0 in the OASIS namespace', () => {
    const text = writeXmile(everything)
    expect(XMLValidator.validate(text)).toBe(true)
    expect(text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<xmile version="1.0" xmlns="([^"]+)"/)
    expect(text).toContain(`xmlns="${XMILE_NAMESPACE}"`)
    expect(text).toContain('<sim_specs method="RK4" time_units="years" isee:save_interval="1">')
    expect(text).toContain('<dim name="age band" size="3"/>')
  })

  it('reads back to an equal model: every field, meta and per-element function included', () => {
    const copy = readXmile(writeXmile(everything))
    expect(copy).toStrictEqual(everything)
  })

  it('escapes names, equations and documentation', () => {
    const text = writeXmile(everything)
    expect(text).toContain('<name>Pooled budget &lt;test&gt; &amp; &quot;friends&quot;</name>')
    expect(text).toContain('<eqn>IF TIME &lt; 2030 THEN 2 ELSE 0</eqn>')
    expect(text).toContain('url="https://example.org/kh03?a=1&amp;b=2"')
  })

  it('keeps an explicit non_negative false, which overrides <behavior> defaults elsewhere', () => {
    expect(writeXmile(everything)).toContain('<non_negative>false</non_negative>')
  })

  it('drops characters XML cannot carry instead of writing an unreadable file', () => {
    const model: Model = {
      ...everything,
      variables: [{ name: 'a', kind: 'aux', equation: '1', doc: 'bell\u0007 here' }],
    }
    const text = writeXmile(model)
    expect(XMLValidator.validate(text)).toBe(true)
    expect(readXmile(text).variables[0].doc).toBe('bell here')
  })

  it('refuses numbers XMILE cannot hold, naming the variable', () => {
    const model: Model = {
      ...everything,
      variables: [
        { name: 'g', kind: 'gf', graphicalFunction: { kind: 'continuous', xs: [0, 1], ys: [0, Number.NaN] } },
      ],
    }
    expect(() => writeXmile(model)).toThrow(ModelError)
    expect(() => writeXmile(model)).toThrow("variable 'g': a graphical function point is NaN")
  })
})
