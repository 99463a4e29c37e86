import { describe, expect, it } from 'vitest'
import { runSmall, smallModel } from '../testing/small-model'

// Exponential decay dx/dt = -x from x(0) = 1: the exact answer at t = 2 is e^-2.
const decay = smallModel(
  { x: { stock: '1', outflows: ['loss'] }, loss: { flow: 'x' } },
  { stop: 2, dt: 0.25 },
)

describe('integration methods', () => {
  it('Euler takes first-order steps', () => {
    expect(runSmall(decay, { method: 'euler' })('x').at(-1)).toBeCloseTo(0.75 ** 8, 12)
  })

  it('RK4 is fourth-order accurate where Euler is not', () => {
    const exact = Math.exp(-2)
    const rk4 = runSmall(decay, { method: 'rk4' })('x').at(-1)!
    const euler = runSmall(decay, { method: 'euler' })('x').at(-1)!
    expect(Math.abs(rk4 - exact)).toBeLessThan(1e-4)
    expect(Math.abs(euler - exact)).toBeGreaterThan(0.03)
  })

  it('uses the sim specs method unless told otherwise', () => {
    const viaSpecs = runSmall({ ...decay, time: { ...decay.time, method: 'rk4' } })('x').at(-1)
    expect(viaSpecs).toBe(runSmall(decay, { method: 'rk4' })('x').at(-1))
  })

  it('RK4 evaluates a time series override at the half steps', () => {
    const growth = smallModel(
      { x: { stock: '0', inflows: ['inflow'] }, inflow: { flow: 'rate' }, rate: '0' },
      { stop: 1, dt: 1 },
    )
    const rising: [number, number][] = [
      [0, 0],
      [1, 1],
    ]
    // The integral of t from 0 to 1 is 1/2; RK4 (Simpson's rule here) gets it exactly, Euler gets 0.
    expect(runSmall(growth, { method: 'rk4', overrides: { rate: rising } })('x')[1]).toBeCloseTo(0.5, 12)
    expect(runSmall(growth, { method: 'euler', overrides: { rate: rising } })('x')[1]).toBe(0)
  })

  it('warns when the save period is not a multiple of dt, and says what it saves instead', async () => {
    const { compile } = await import('../compile-model')
    const uneven = compile(smallModel({ t: 'TIME' }, { stop: 2, dt: 0.25, savePeriod: 0.6 }))
    expect(uneven.warnings.map((w) => w.message)).toEqual([
      'sim specs: save period 0.6 is not a multiple of dt 0.25; results are saved every 2 steps (0.5)',
    ])
    expect(compile(smallModel({ t: 'TIME' }, { stop: 2, dt: 0.25, savePeriod: 0.5 })).warnings).toEqual([])
  })

  it('saves every save period, not every dt', () => {
    const read = runSmall(smallModel({ t: 'TIME' }, { stop: 2, dt: 0.25, savePeriod: 0.5 }))
    expect(read('t')).toEqual([0, 0.5, 1, 1.5, 2])
  })
})
