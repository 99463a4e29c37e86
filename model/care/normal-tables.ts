// Standard normal tail and loss tables, as graphical functions: the bed-pressure sector uses them
// to turn mean occupancy and its day-to-day spread into the risk of a full hospital and the
// expected number of patients above capacity. Tabulated here once from an erf approximation.
import type { GraphicalFunction } from '../ir'

/** Abramowitz and Stegun 7.1.26: |error| < 1.5e-7, ample for a planning model. */
function erf(x: number): number {
  const sign = x < 0 ? -1 : 1
  const a = Math.abs(x)
  const t = 1 / (1 + 0.3275911 * a)
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  return sign * (1 - poly * Math.exp(-a * a))
}

const density = (z: number) => Math.exp(-(z * z) / 2) / Math.sqrt(2 * Math.PI)
/** P(Z > z). */
export const upperTail = (z: number) => 0.5 * (1 - erf(z / Math.SQRT2))
/** E[max(Z - z, 0)]: expected excess of a standard normal over z. */
export const loss = (z: number) => density(z) - z * upperTail(z)

const points = Array.from({ length: 33 }, (_, i) => -4 + i * 0.25)
const round = (value: number) => Number(value.toPrecision(6))

export const NORMAL_UPPER_TAIL: GraphicalFunction = {
  kind: 'continuous',
  xs: points,
  ys: points.map((z) => round(upperTail(z))),
}

/**
 * The loss function for z >= 0 only, held flat (about 1e-10) beyond z = 6. Equations use the exact
 * identity L(-z) = z + L(z) for negative z (see `expectedExcess`), so the expected excess over a
 * capacity is never less than the mean's own excess: occupied beds can never exceed the beds.
 */
const nonNegativePoints = Array.from({ length: 25 }, (_, i) => i * 0.25)
export const NORMAL_LOSS: GraphicalFunction = {
  kind: 'continuous',
  xs: nonNegativePoints,
  ys: nonNegativePoints.map((z) => round(loss(z))),
}

/**
 * Equation text for E[max(Z - z, 0)] of a standard normal Z, for any z (an auxiliary's name):
 * the mean's excess max(0, -z) plus the tabulated spread term, which is never negative.
 */
export function expectedExcess(z: string): string {
  return `(MAX(0, -${z}) + normal_loss(ABS(${z})))`
}

/**
 * Kingman's heavy-traffic waiting factor u/(1-u) of the offered load u, held at its 99% value
 * beyond: a queue offered more than its capacity grows without limit, which the queue stocks and
 * the services' intake limits represent; the formula has nothing more to say there.
 */
const utilisations = [
  0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99,
]
export const WAITING_TIME_FACTOR: GraphicalFunction = {
  kind: 'continuous',
  xs: utilisations,
  ys: utilisations.map((u) => round(u / (1 - u))),
}
