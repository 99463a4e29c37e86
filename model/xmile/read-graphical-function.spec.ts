import { describe, expect, it } from 'vitest'
import { ModelError } from '../errors'
import { readXmile } from './read'
import { inlineXmile } from './spec-helpers'

const gfOf = (gf: string) =>
  readXmile(inlineXmile(`<aux name="g"><eqn>Time</eqn>${gf}</aux>`)).variables[0].graphicalFunction

function problems(gf: string): string[] {
  try {
    readXmile(inlineXmile(`<aux name="g"><eqn>Time</eqn>${gf}</aux>`))
  } catch (error) {
    if (error instanceof ModelError) return error.problems.map((p) => p.message)
    throw error
  }
  throw new Error('expected a ModelError')
}

describe('readXmile: graphical functions', () => {
  it('reads x and y points inside an auxiliary, continuous by default, ignoring <yscale>', () => {
    expect(gfOf('<gf><yscale min="0" max="9"/><xpts>0, 1,2</xpts><ypts>3,4, 5</ypts></gf>')).toStrictEqual({
      kind: 'continuous',
      xs: [0, 1, 2],
      ys: [3, 4, 5],
    })
  })

  it('reads a flow with a graphical function', () => {
    const model = readXmile(
      inlineXmile('<flow name="f"><eqn>Time</eqn><gf><xpts>0,1</xpts><ypts>0,2</ypts></gf></flow>'),
    )
    expect(model.variables[0]).toMatchObject({ kind: 'flow', graphicalFunction: { xs: [0, 1], ys: [0, 2] } })
  })

  it('reads each type, and the older discrete="true"', () => {
    expect(gfOf('<gf type="extrapolate"><xpts>0,1</xpts><ypts>0,1</ypts></gf>')?.kind).toBe('extrapolate')
    expect(gfOf('<gf type="Discrete"><xpts>0,1</xpts><ypts>0,1</ypts></gf>')?.kind).toBe('discrete')
    expect(gfOf('<gf discrete="true"><xpts>0,1</xpts><ypts>0,1</ypts></gf>')?.kind).toBe('discrete')
    expect(gfOf('<gf discrete="false"><xpts>0,1</xpts><ypts>0,1</ypts></gf>')?.kind).toBe('continuous')
  })

  it('honours a separator given with sep', () => {
    expect(gfOf('<gf><xpts sep=";">0;5;10</xpts><ypts sep="|">1|2|3</ypts></gf>')).toMatchObject({
      xs: [0, 5, 10],
      ys: [1, 2, 3],
    })
  })

  it('spreads x evenly over <xscale> when only y points are given', () => {
    expect(gfOf('<gf><ypts>0,0,1,1,0</ypts><xscale min="0" max="45"/></gf>')?.xs).toEqual([
      0, 11.25, 22.5, 33.75, 45,
    ])
    expect(gfOf('<gf><xscale min="2" max="4"/><ypts>7</ypts></gf>')?.xs).toEqual([2])
  })

  it('prefers <xpts> to <xscale> when both are given', () => {
    expect(gfOf('<gf><xscale min="0" max="100"/><xpts>0,1</xpts><ypts>0,1</ypts></gf>')?.xs).toEqual([0, 1])
  })

  it('reads a standalone <gf name> as a function called by name', () => {
    const model = readXmile(
      inlineXmile('<gf name="effect"><doc>shape</doc><xscale min="0" max="1"/><ypts>1,0.5</ypts></gf>'),
    )
    expect(model.variables[0]).toStrictEqual({
      name: 'effect',
      kind: 'gf',
      doc: 'shape',
      graphicalFunction: { kind: 'continuous', xs: [0, 1], ys: [1, 0.5] },
    })
  })

  it('names what is wrong with a bad function', () => {
    expect(problems('<gf type="smooth"><xpts>0,1</xpts><ypts>0,1</ypts></gf>')).toEqual([
      "graphical function type 'smooth' is not one of continuous, extrapolate, discrete",
    ])
    expect(problems('<gf><xpts>0,1,2</xpts><ypts>0,1</ypts></gf>')).toEqual([
      'graphical function has 3 x values but 2 y values',
    ])
    expect(problems('<gf><xpts>0,2,1</xpts><ypts>0,1,2</ypts></gf>')).toEqual([
      'graphical function x values must increase: 2 is followed by 1',
    ])
    expect(problems('<gf><xpts>0,one</xpts><ypts>0,1</ypts></gf>')).toEqual([
      "<xpts> value 2 ('one') is not a number",
    ])
    expect(problems('<gf><ypts>0,1</ypts></gf>')).toEqual([
      'graphical function has neither <xpts> nor <xscale>',
    ])
    expect(problems('<gf><xpts>0,1</xpts></gf>')).toEqual(['graphical function has no <ypts>'])
    expect(problems('<gf><xpts></xpts><ypts></ypts></gf>')).toEqual(['graphical function has no points'])
  })
})
