// The same models written by hand as plain JavaScript loops: the speed the engine aims to match.
// Each fills the same output buffer as the engine (variables in model order, variable-major).
import { SYNTHETIC_CHAINS } from './synthetic-model'

export function teacupByHand(): Float64Array {
  const dt = 0.125
  const steps = 240
  const saved = steps + 1
  const out = new Float64Array(4 * saved)
  const room = 70
  const characteristicTime = 10
  let temperature = 180
  for (let step = 0; ; step++) {
    const heatLoss = (temperature - room) / characteristicTime
    out[step] = heatLoss
    out[saved + step] = room
    out[2 * saved + step] = temperature
    out[3 * saved + step] = characteristicTime
    if (step === steps) break
    temperature -= dt * heatLoss
  }
  return out
}

export function sirByHand(): Float64Array {
  const dt = 0.0625
  const steps = 1600
  const saved = steps + 1
  const out = new Float64Array(9 * saved)
  const population = 1000
  const contactRate = 4
  const infectivity = 0.25
  const duration = 5
  let susceptible = population - 1
  let infectious = 1
  let recovered = 0
  for (let step = 0; ; step++) {
    const infecting = (contactRate * infectivity * susceptible * infectious) / population
    const recovering = infectious / duration
    out[step] = susceptible
    out[saved + step] = infectious
    out[2 * saved + step] = recovered
    out[3 * saved + step] = infecting
    out[4 * saved + step] = recovering
    out[5 * saved + step] = population
    out[6 * saved + step] = contactRate
    out[7 * saved + step] = infectivity
    out[8 * saved + step] = duration
    if (step === steps) break
    susceptible -= dt * infecting
    infectious += dt * (infecting - recovering)
    recovered += dt * recovering
  }
  return out
}

export function syntheticByHand(chains = SYNTHETIC_CHAINS): Float64Array {
  const dt = 0.25
  const steps = 400
  const saved = steps + 1
  const out = new Float64Array(5 * chains * saved)
  const stock = new Float64Array(chains).fill(50)
  const inflow = new Float64Array(chains)
  const outflow = new Float64Array(chains)
  const pressure = new Float64Array(chains)
  const target = Float64Array.from({ length: chains }, (_, i) => 100 + i)
  for (let step = 0; ; step++) {
    for (let i = 0; i < chains; i++) {
      pressure[i] = (target[i] - stock[i]) / target[i]
      inflow[i] = Math.max(0, pressure[i]) * 10 + (i === 0 ? 0 : stock[i - 1] * 0.01)
      outflow[i] = stock[i] / 5
      const base = 5 * i * saved + step
      out[base] = stock[i]
      out[base + saved] = inflow[i]
      out[base + 2 * saved] = outflow[i]
      out[base + 3 * saved] = pressure[i]
      out[base + 4 * saved] = target[i]
    }
    if (step === steps) break
    for (let i = 0; i < chains; i++) stock[i] += dt * (inflow[i] - outflow[i])
  }
  return out
}
