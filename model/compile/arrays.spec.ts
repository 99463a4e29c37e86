import { describe, expect, it } from 'vitest'
import { compile } from '../compile-model'
import { runSmall, smallModel } from '../testing/small-model'

const band = { name: 'band', elements: ['young', 'middle', 'old'] }
const state = { name: 'state', elements: ['well', 'ill'] }

describe('arrays', () => {
  it('names each element of an arrayed output name[element]', () => {
    const model = compile(smallModel({ x: { aux: '1', dimensions: ['band', 'state'] } }, {}, [band, state]))
    expect(model.names).toEqual([
      'x[young, well]',
      'x[young, ill]',
      'x[middle, well]',
      'x[middle, ill]',
      'x[old, well]',
      'x[old, ill]',
    ])
  })

  it('applies one equation to every element, a dimension name meaning the same element', () => {
    const read = runSmall(
      smallModel(
        {
          rate: { aux: '', dimensions: ['band'], elements: { young: '1', middle: '2', old: '3' } },
          doubled: { aux: 'rate[band] * 2', dimensions: ['band'] },
          implicit: { aux: 'rate + doubled', dimensions: ['band'] },
        },
        {},
        [band],
      ),
    )
    expect([1, 2, 3].map((_, i) => read(`doubled[${band.elements[i]}]`)[0])).toEqual([2, 4, 6])
    expect(read('implicit[old]')[0]).toBe(9)
  })

  it('reads single elements by name, qualified name or position', () => {
    const read = runSmall(
      smallModel(
        {
          rate: { aux: '', dimensions: ['band'], elements: { young: '1', middle: '2', old: '3' } },
          a: 'rate[old] + rate[band.middle] * 10 + rate[1] * 100',
        },
        {},
        [band],
      ),
    )
    expect(read('a')[0]).toBe(123)
  })

  it('sums, averages and finds extremes over whole arrays and over one dimension', () => {
    const read = runSmall(
      smallModel(
        {
          cells: {
            aux: '',
            dimensions: ['band', 'state'],
            elements: {
              'young,well': '1',
              'young,ill': '2',
              'middle,well': '3',
              'middle,ill': '4',
              'old,well': '5',
              'old,ill': '6',
            },
          },
          total: 'SUM(cells[*, *])',
          mean: 'MEAN(cells[band, state])',
          lowest: 'MIN(cells[*, ill])',
          highest: 'MAX(cells)',
          byBand: { aux: 'SUM(cells[band, *])', dimensions: ['band'] },
        },
        {},
        [band, state],
      ),
    )
    expect([read('total')[0], read('mean')[0], read('lowest')[0], read('highest')[0]]).toEqual([
      21, 3.5, 2, 6,
    ])
    expect(['young', 'middle', 'old'].map((b) => read(`byBand[${b}]`)[0])).toEqual([3, 7, 11])
  })

  it('sums an expression over a dimension, each * standing for the same element', () => {
    const read = runSmall(
      smallModel(
        {
          people: {
            aux: '',
            dimensions: ['band', 'state'],
            elements: {
              'young,well': '10',
              'young,ill': '20',
              'middle,well': '30',
              'middle,ill': '40',
              'old,well': '50',
              'old,ill': '60',
            },
          },
          cost: { aux: '', dimensions: ['state'], elements: { well: '1', ill: '3' } },
          spendByBand: { aux: 'SUM(people[band, *] * cost[*])', dimensions: ['band'] },
          total: 'SUM(people[*, *] * cost[state] + 0)',
          largestBill: 'MAX(people[*, ill] * cost[ill])',
          nested: { aux: 'SUM(people[band, *] / MAX(people[*, *]))', dimensions: ['band'] },
        },
        {},
        [band, state],
      ),
    )
    expect(['young', 'middle', 'old'].map((b) => read(`spendByBand[${b}]`)[0])).toEqual([70, 150, 230])
    expect(read('total')[0]).toBe(450)
    expect(read('largestBill')[0]).toBe(180)
    expect(read('nested[old]')[0]).toBeCloseTo(110 / 60)
  })

  it('integrates arrayed stocks element by element', () => {
    const read = runSmall(
      smallModel(
        {
          people: { stock: '100', inflows: ['arrivals'], dimensions: ['band'] },
          arrivals: { flow: 'growth[band] * people[band]', dimensions: ['band'] },
          growth: { aux: '', dimensions: ['band'], elements: { young: '0', middle: '0.1', old: '0.2' } },
        },
        { stop: 2 },
        [band],
      ),
    )
    expect(read('people[young]')[2]).toBe(100)
    expect(read('people[middle]')[2]).toBeCloseTo(121)
    expect(read('people[old]')[2]).toBeCloseTo(144)
  })

  it('refuses a range where one value is wanted', () => {
    expect(() =>
      compile(smallModel({ x: { aux: '1', dimensions: ['band'] }, y: 'x[*] + 1' }, {}, [band])),
    ).toThrow(/several values; use it inside SUM/)
  })

  it('lets a whole arrayed constant or one element of it be overridden', () => {
    const model = compile(
      smallModel({ rate: { aux: '2', dimensions: ['band'] }, total: 'SUM(rate[*])' }, {}, [band]),
    )
    expect(model.constants).toContain('rate')
    const read = (overrides: Record<string, number>) => model.run({ overrides }).values
    const totalIndex = model.names.indexOf('total')
    const count = 11
    expect(read({ rate: 5 })[totalIndex * count]).toBe(15)
    expect(read({ 'rate[old]': 5 })[totalIndex * count]).toBe(9)
  })
})
